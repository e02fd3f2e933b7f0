/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static io.tunnelmesh.tunnel.api.Encapsulation.GENEVE;
import static io.tunnelmesh.tunnel.api.Encapsulation.GRE;
import static io.tunnelmesh.tunnel.api.Encapsulation.STT;
import static io.tunnelmesh.tunnel.api.Encapsulation.VXLAN;
import static io.tunnelmesh.tunnel.api.Encapsulation.VXLAN_GPE;
import static io.tunnelmesh.tunnel.impl.intent.IntentViolation.Kind.DATA_EXISTS;
import static io.tunnelmesh.tunnel.impl.intent.IntentViolation.Kind.DATA_MISSING;
import static io.tunnelmesh.tunnel.impl.intent.IntentViolation.Kind.INVALID_VALUE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IntentValidatorTest {
    /** 2^64 - 2 and 2^64 - 1 as unsigned longs: the top of the STT context ID space. */
    private static final long STT_TOP_MINUS_ONE = -2L;
    private static final long STT_TOP = -1L;

    @Test
    void emptyIntentIsValid() {
        assertEquals(List.of(), IntentValidator.validate(Intent.EMPTY));
    }

    @Test
    void rangesUpToEachEncapsulationsLargestIdAreValid() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 1, 16_777_215L)
            .range(GENEVE, 1, 16_777_215L)
            .range(VXLAN_GPE, 1, 16_777_215L)
            .range(GRE, 1, 4_294_967_295L)
            .range(STT, 1, STT_TOP)
            .build();

        assertEquals(List.of(), IntentValidator.validate(intent));
    }

    @ParameterizedTest
    @EnumSource(names = { "VXLAN", "GENEVE", "VXLAN_GPE" })
    void twentyFourBitRangePastSixteenMillionIsRefused(final Encapsulation encapsulation) {
        final var intent = new IntentBuilder().range(encapsulation, 1, 16_777_216L).build();

        assertEquals(List.of(new IntentViolation(INVALID_VALUE, "segment-range " + encapsulation.yangName()
            + " 1..16777216 does not fit the 24-bit segment ID of " + encapsulation.yangName() + " (1..16777215)")),
            IntentValidator.validate(intent));
    }

    @Test
    void greRangePastThirtyTwoBitsIsRefused() {
        final var intent = new IntentBuilder().range(GRE, 4_294_967_000L, 4_294_967_296L).build();

        assertEquals(List.of(new IntentViolation(INVALID_VALUE,
            "segment-range gre 4294967000..4294967296 does not fit the 32-bit segment ID of gre (1..4294967295)")),
            IntentValidator.validate(intent));
    }

    @Test
    void sttRangeAtTheTopOfSixtyFourBitsIsComparedUnsigned() {
        // Signed, -2..-1 would sort below 1..2^63 and 2^63..2^64-3 would look empty.
        final var intent = new IntentBuilder()
            .range(STT, 1, Long.MAX_VALUE)
            .range(STT, Long.MIN_VALUE, -3L)
            .range(STT, STT_TOP_MINUS_ONE, STT_TOP)
            .build();

        assertEquals(List.of(), IntentValidator.validate(intent));
    }

    @Test
    void sttRangesOverlappingAboveTwoToTheSixtyThreeAreRefused() {
        final var intent = new IntentBuilder()
            .range(STT, Long.MIN_VALUE, STT_TOP_MINUS_ONE)
            .range(STT, STT_TOP_MINUS_ONE, STT_TOP)
            .build();

        assertEquals(List.of(new IntentViolation(INVALID_VALUE, "segment-range stt 18446744073709551614.."
            + "18446744073709551615 overlaps segment-range stt 9223372036854775808..18446744073709551614")),
            IntentValidator.validate(intent));
    }

    @ParameterizedTest
    @EnumSource(Encapsulation.class)
    void rangeStartingAtZeroIsRefused(final Encapsulation encapsulation) {
        final var intent = new IntentBuilder().range(encapsulation, 0, 10).build();

        final var violations = IntentValidator.validate(intent);

        assertEquals(1, violations.size(), violations::toString);
        assertEquals(INVALID_VALUE, violations.getFirst().kind());
        assertEquals("segment-range " + encapsulation.yangName() + " 0..10 does not fit the "
            + encapsulation.segmentBits() + "-bit segment ID of " + encapsulation.yangName() + " (1.."
            + Long.toUnsignedString(encapsulation.maxSegmentId()) + ")", violations.getFirst().message());
    }

    @Test
    void rangeWithMaxBelowMinIsRefused() {
        final var intent = new IntentBuilder().range(GENEVE, 20, 10).build();

        assertEquals(List.of(new IntentViolation(INVALID_VALUE,
            "segment-range geneve 20..10 is empty: max is below min")), IntentValidator.validate(intent));
    }

    @Test
    void singleIdRangeIsValid() {
        final var intent = new IntentBuilder().range(VXLAN, 7, 7).build();

        assertEquals(List.of(), IntentValidator.validate(intent));
    }

    @Test
    void overlappingRangesOfOneEncapsulationAreRefused() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 50, 150)
            .range(VXLAN, 1, 100)
            .build();

        assertEquals(List.of(new IntentViolation(INVALID_VALUE,
            "segment-range vxlan 50..150 overlaps segment-range vxlan 1..100")), IntentValidator.validate(intent));
    }

    @Test
    void rangesSharingOneBoundaryIdOverlap() {
        final var intent = new IntentBuilder()
            .range(GRE, 1, 100)
            .range(GRE, 100, 200)
            .build();

        assertEquals(List.of(new IntentViolation(INVALID_VALUE,
            "segment-range gre 100..200 overlaps segment-range gre 1..100")), IntentValidator.validate(intent));
    }

    @Test
    void adjacentRangesDoNotOverlap() {
        final var intent = new IntentBuilder()
            .range(GRE, 101, 200)
            .range(GRE, 1, 100)
            .build();

        assertEquals(List.of(), IntentValidator.validate(intent));
    }

    @Test
    void rangeNestedInsideAWiderOneOverlapsIt() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 1, 1000)
            .range(VXLAN, 10, 20)
            .build();

        assertEquals(List.of(new IntentViolation(INVALID_VALUE,
            "segment-range vxlan 10..20 overlaps segment-range vxlan 1..1000")), IntentValidator.validate(intent));
    }

    @Test
    void overlapBetweenFirstAndThirdRangeIsFound() {
        // The second range touches neither: comparing each range with its neighbour only would miss this
        final var intent = new IntentBuilder()
            .range(GENEVE, 1, 10)
            .range(GENEVE, 20, 30)
            .range(GENEVE, 5, 15)
            .build();

        assertEquals(List.of(new IntentViolation(INVALID_VALUE,
            "segment-range geneve 5..15 overlaps segment-range geneve 1..10")), IntentValidator.validate(intent));
    }

    @Test
    void rangeOverlappingAWideRangeBehindANestedOneIsFound() {
        // Sorted by min: 1..100, 10..20, 50..60. The last overlaps only the first, past the nested range.
        final var intent = new IntentBuilder()
            .range(VXLAN_GPE, 50, 60)
            .range(VXLAN_GPE, 10, 20)
            .range(VXLAN_GPE, 1, 100)
            .build();

        assertEquals(List.of(
            new IntentViolation(INVALID_VALUE,
                "segment-range vxlan-gpe 10..20 overlaps segment-range vxlan-gpe 1..100"),
            new IntentViolation(INVALID_VALUE,
                "segment-range vxlan-gpe 50..60 overlaps segment-range vxlan-gpe 1..100")),
            IntentValidator.validate(intent));
    }

    @Test
    void equalRangesOfDifferentEncapsulationsDoNotOverlap() {
        final var builder = new IntentBuilder();
        for (var encapsulation : Encapsulation.values()) {
            builder.range(encapsulation, 1, 100);
        }

        assertEquals(List.of(), IntentValidator.validate(builder.build()));
    }

    @Test
    void rangeRefusedForItsWidthIsNotAlsoReportedAsOverlapping() {
        final var intent = new IntentBuilder()
            .range(VXLAN, 0, 100)
            .range(VXLAN, 50, 60)
            .build();

        assertEquals(List.of(new IntentViolation(INVALID_VALUE,
            "segment-range vxlan 0..100 does not fit the 24-bit segment ID of vxlan (1..16777215)")),
            IntentValidator.validate(intent));
    }

    @Test
    void duplicateIpv4TunnelIpIsRefused() {
        final var intent = new IntentBuilder()
            .node("compute-2", "192.0.2.1")
            .node("compute-1", "192.0.2.1")
            .build();

        assertEquals(List.of(new IntentViolation(DATA_EXISTS,
            "node compute-2: tunnel-ip 192.0.2.1 is already the tunnel-ip of node compute-1")),
            IntentValidator.validate(intent));
    }

    @Test
    void ipv6TunnelIpsSpelledDifferentlyAreTheSameAddress() {
        final var intent = new IntentBuilder()
            .node("a", "2001:db8::1")
            .node("b", "2001:DB8:0:0:0:0:0:1")
            .build();

        assertEquals(List.of(new IntentViolation(DATA_EXISTS,
            "node b: tunnel-ip 2001:DB8:0:0:0:0:0:1 is already the tunnel-ip of node a")),
            IntentValidator.validate(intent));
    }

    @Test
    void ipv6TunnelIpsInDifferentZonesAreDifferentAddresses() {
        final var intent = new IntentBuilder()
            .node("a", "fe80::1%eth0")
            .node("b", "fe80::1%eth1")
            .node("c", "FE80:0::1%eth0")
            .build();

        assertEquals(List.of(new IntentViolation(DATA_EXISTS,
            "node c: tunnel-ip FE80:0::1%eth0 is already the tunnel-ip of node a")),
            IntentValidator.validate(intent));
    }

    @Test
    void distinctTunnelIpsAreAccepted() {
        final var intent = new IntentBuilder()
            .node("a", "192.0.2.1")
            .node("b", "192.0.2.10")
            .node("c", "2001:db8::1")
            .node("d", "2001:db8::10")
            .build();

        assertEquals(List.of(), IntentValidator.validate(intent));
    }

    @Test
    void largestSegmentationIdOfEachEncapsulationIsAccepted() {
        final var intent = new IntentBuilder()
            .network("vxlan", VXLAN, 16_777_215L)
            .network("geneve", GENEVE, 16_777_215L)
            .network("gpe", VXLAN_GPE, 16_777_215L)
            .network("gre", GRE, 4_294_967_295L)
            .network("stt", STT, STT_TOP)
            .build();

        assertEquals(List.of(), IntentValidator.validate(intent));
    }

    @ParameterizedTest
    @EnumSource(names = { "VXLAN", "GENEVE", "VXLAN_GPE" })
    void twentyFourBitSegmentationIdPastSixteenMillionIsRefused(final Encapsulation encapsulation) {
        final var intent = new IntentBuilder().network("tenant", encapsulation, 16_777_216L).build();

        assertEquals(List.of(new IntentViolation(INVALID_VALUE, "network tenant: segmentation-id 16777216 does not "
            + "fit the 24-bit segment ID of " + encapsulation.yangName() + " (1..16777215)")),
            IntentValidator.validate(intent));
    }

    @Test
    void greSegmentationIdPastThirtyTwoBitsIsRefused() {
        final var intent = new IntentBuilder().network("tenant", GRE, 4_294_967_296L).build();

        assertEquals(List.of(new IntentViolation(INVALID_VALUE, "network tenant: segmentation-id 4294967296 does not "
            + "fit the 32-bit segment ID of gre (1..4294967295)")), IntentValidator.validate(intent));
    }

    @ParameterizedTest
    @EnumSource(Encapsulation.class)
    void segmentationIdZeroIsRefused(final Encapsulation encapsulation) {
        final var intent = new IntentBuilder().network("tenant", encapsulation, 0L).build();

        final var violations = IntentValidator.validate(intent);

        assertEquals(1, violations.size(), violations::toString);
        assertEquals(INVALID_VALUE, violations.getFirst().kind());
        assertEquals("network tenant: segmentation-id 0 does not fit the " + encapsulation.segmentBits()
            + "-bit segment ID of " + encapsulation.yangName() + " (1.."
            + Long.toUnsignedString(encapsulation.maxSegmentId()) + ")", violations.getFirst().message());
    }

    @Test
    void duplicateSegmentationIdOfOneEncapsulationIsRefused() {
        final var intent = new IntentBuilder()
            .network("blue", VXLAN, 100L)
            .network("red", VXLAN, 100L)
            .network("green", VXLAN, 101L)
            .build();

        assertEquals(List.of(new IntentViolation(DATA_EXISTS,
            "network red: segmentation-id 100 is already used by vxlan network blue")),
            IntentValidator.validate(intent));
    }

    @Test
    void duplicateSttSegmentationIdIsPrintedUnsigned() {
        final var intent = new IntentBuilder()
            .network("a", STT, STT_TOP)
            .network("b", STT, STT_TOP)
            .build();

        assertEquals(List.of(new IntentViolation(DATA_EXISTS,
            "network b: segmentation-id 18446744073709551615 is already used by stt network a")),
            IntentValidator.validate(intent));
    }

    @Test
    void sameSegmentationIdOnDifferentEncapsulationsIsAccepted() {
        final var builder = new IntentBuilder();
        for (var encapsulation : Encapsulation.values()) {
            builder.network("net-" + encapsulation.yangName(), encapsulation, 100L);
        }

        assertEquals(List.of(), IntentValidator.validate(builder.build()));
    }

    @Test
    void networksWithoutSegmentationIdNeverClash() {
        final var intent = new IntentBuilder()
            .network("a", VXLAN)
            .network("b", VXLAN)
            .build();

        assertEquals(List.of(), IntentValidator.validate(intent));
    }

    @Test
    void portOnUnknownNodeIsDataMissing() {
        final var intent = new IntentBuilder()
            .node("compute-1", "192.0.2.1")
            .network("tenant", VXLAN, 100L)
            .port("tenant", "vm-1", "compute-9", "tap1", "02:00:00:00:00:01")
            .build();

        assertEquals(List.of(new IntentViolation(DATA_MISSING, "port vm-1 of network tenant: node compute-9 is not "
            + "configured; create /tunnelmesh:tunnelmesh/node=compute-9 first")), IntentValidator.validate(intent));
    }

    @Test
    void duplicateMacInOneNetworkIsRefusedWhateverItsCase() {
        final var intent = new IntentBuilder()
            .node("compute-1", "192.0.2.1")
            .node("compute-2", "192.0.2.2")
            .network("tenant", VXLAN, 100L)
            .port("tenant", "vm-1", "compute-1", "tap1", "02:00:00:00:00:AA")
            .port("tenant", "vm-2", "compute-2", "tap2", "02:00:00:00:00:aa")
            .build();

        assertEquals(List.of(new IntentViolation(DATA_EXISTS, "port vm-2 of network tenant: mac-address "
            + "02:00:00:00:00:aa is already used by port vm-1 of the same network")), IntentValidator.validate(intent));
    }

    @Test
    void sameMacInDifferentNetworksIsAccepted() {
        final var intent = new IntentBuilder()
            .node("compute-1", "192.0.2.1")
            .network("blue", VXLAN, 100L)
            .network("red", VXLAN, 200L)
            .port("blue", "vm-1", "compute-1", "tap1", "02:00:00:00:00:01")
            .port("red", "vm-1", "compute-1", "tap2", "02:00:00:00:00:01")
            .build();

        assertEquals(List.of(), IntentValidator.validate(intent));
    }

    @Test
    void sameInterfaceOnOneNodeAcrossNetworksIsRefused() {
        final var intent = new IntentBuilder()
            .node("compute-1", "192.0.2.1")
            .network("blue", VXLAN, 100L)
            .network("red", GENEVE, 100L)
            .port("blue", "vm-1", "compute-1", "tap1", "02:00:00:00:00:01")
            .port("red", "vm-2", "compute-1", "tap1", "02:00:00:00:00:02")
            .build();

        assertEquals(List.of(new IntentViolation(DATA_EXISTS, "port vm-2 of network red: interface tap1 on node "
            + "compute-1 is already attached as port vm-1 of network blue")), IntentValidator.validate(intent));
    }

    @Test
    void sameInterfaceTwiceInOneNetworkIsRefused() {
        final var intent = new IntentBuilder()
            .node("compute-1", "192.0.2.1")
            .network("blue", VXLAN, 100L)
            .port("blue", "vm-1", "compute-1", "tap1", "02:00:00:00:00:01")
            .port("blue", "vm-2", "compute-1", "tap1", "02:00:00:00:00:02")
            .build();

        assertEquals(List.of(new IntentViolation(DATA_EXISTS, "port vm-2 of network blue: interface tap1 on node "
            + "compute-1 is already attached as port vm-1 of network blue")), IntentValidator.validate(intent));
    }

    @Test
    void sameInterfaceNameOnDifferentNodesIsAccepted() {
        final var intent = new IntentBuilder()
            .node("compute-1", "192.0.2.1")
            .node("compute-2", "192.0.2.2")
            .network("blue", VXLAN, 100L)
            .network("red", VXLAN, 200L)
            .port("blue", "vm-1", "compute-1", "tap1", "02:00:00:00:00:01")
            .port("red", "vm-2", "compute-2", "tap1", "02:00:00:00:00:02")
            .build();

        assertEquals(List.of(), IntentValidator.validate(intent));
    }

    @Test
    void violationsAreListedRangesThenNodesThenNetworksThenPorts() {
        final var intent = new IntentBuilder()
            .range(GRE, 10, 1)
            .node("b", "192.0.2.1")
            .node("a", "192.0.2.1")
            .network("z", VXLAN, 5L)
            .network("y", VXLAN, 5L)
            .port("y", "p", "nowhere", "tap1", "02:00:00:00:00:01")
            .build();

        assertEquals(List.of(
            new IntentViolation(INVALID_VALUE, "segment-range gre 10..1 is empty: max is below min"),
            new IntentViolation(DATA_EXISTS, "node b: tunnel-ip 192.0.2.1 is already the tunnel-ip of node a"),
            new IntentViolation(DATA_EXISTS, "network z: segmentation-id 5 is already used by vxlan network y"),
            new IntentViolation(DATA_MISSING, "port p of network y: node nowhere is not configured; create "
                + "/tunnelmesh:tunnelmesh/node=nowhere first")),
            IntentValidator.validate(intent));
    }

    @Test
    void largeValidIntentHasNoViolations() {
        final var builder = new IntentBuilder();
        for (var encapsulation : Encapsulation.values()) {
            // two disjoint ranges per encapsulation, the second ending at the encapsulation's largest ID
            builder.range(encapsulation, 1, 10_000)
                .range(encapsulation, encapsulation.maxSegmentId() - 10_000, encapsulation.maxSegmentId());
        }
        final int nodeCount = 200;
        for (int i = 0; i < nodeCount; i++) {
            builder.node("node-" + i, i % 2 == 0 ? "10.0." + i / 256 + "." + i % 256 : "2001:db8::" + i);
        }
        final var encapsulations = Encapsulation.values();
        for (int n = 0; n < 500; n++) {
            final var network = "net-" + n;
            final var encapsulation = encapsulations[n % encapsulations.length];
            // half the networks name their segment, unique per encapsulation; the others leave it to allocation
            builder.network(network, encapsulation, n % 2 == 0 ? Long.valueOf(20_000 + n) : null);
            for (int p = 0; p < 4; p++) {
                final int portIndex = n * 4 + p;
                builder.port(network, "port-" + p, "node-" + portIndex % nodeCount, "tap" + portIndex,
                    String.format(Locale.ROOT, "02:00:00:00:%02x:%02x", p, n % 256));
            }
        }

        assertEquals(List.of(), IntentValidator.validate(builder.build()));
    }
}
