/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.ext.nicira.NxmReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Src;
import io.tunnelmesh.openflow.api.ext.nicira.OxmPktReg;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmInPhyPort;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmIpProto;
import io.tunnelmesh.openflow.api.match.OxmIpv4Src;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmTcpDst;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.match.OxmVlanPcp;
import io.tunnelmesh.openflow.api.match.OxmVlanVid;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FlowMatchTest {
    @Test
    void fieldOrderAndExactVersusFullMaskDoNotMatter() throws RequestRefusedException {
        final FlowMatch one = FlowMatch.of(OfMatch.of(OxmInPort.of(1), OxmMetadata.of(7)));
        final FlowMatch other = FlowMatch.of(OfMatch.of(OxmMetadata.masked(7, -1L), OxmInPort.of(1)));
        assertEquals(one, other);
        assertEquals(one.hashCode(), other.hashCode());
        assertNotEquals(one, FlowMatch.of(OfMatch.of(OxmInPort.of(1), OxmMetadata.masked(7, 0xff))));
    }

    @Test
    void anAllZeroMaskConstrainsNothing() throws RequestRefusedException {
        assertEquals(FlowMatch.ALL, FlowMatch.of(OfMatch.of(OxmMetadata.masked(0, 0))));
    }

    @Test
    void theNiciraAndOpenFlowTunnelIdAreOneField() throws RequestRefusedException {
        final var refusal = assertThrows(RequestRefusedException.class, () -> FlowMatch.of(OfMatch.of(
            OxmTunnelId.of(5), io.tunnelmesh.openflow.api.ext.nicira.NxmTunId.of(5))));
        assertEquals(SwitchErrorCode.of(OfErrorCode.OFPBMC_DUP_FIELD), refusal.code());
    }

    @Test
    void aRegisterAndTheExtendedRegisterHoldingItShareBits() throws RequestRefusedException {
        final var refusal = assertThrows(RequestRefusedException.class, () -> FlowMatch.of(OfMatch.of(
            NxmReg.of(1, 5), new OxmPktReg(0, 5, null))));
        assertEquals(SwitchErrorCode.of(OfErrorCode.OFPBMC_DUP_FIELD), refusal.code());
        // xreg0 is reg0 (upper half) and reg1 (lower half), as in Open vSwitch
        final FlowMatch xreg = FlowMatch.of(OfMatch.of(new OxmPktReg(0, 0x0000_0001_0000_0002L, null)));
        assertTrue(xreg.matches(Packet.builder().reg(0, 1).reg(1, 2).build()));
        assertFalse(xreg.matches(Packet.builder().reg(0, 2).reg(1, 1).build()));
    }

    @Test
    void aFieldNotModelledIsBadField() {
        final var refusal = assertThrows(RequestRefusedException.class,
            () -> FlowMatch.of(OfMatch.of(OxmInPhyPort.of(1))));
        assertEquals(SwitchErrorCode.of(OfErrorCode.OFPBMC_BAD_FIELD), refusal.code());
    }

    @Test
    void aTransportPortNeedsEthTypeAndIpProto() throws RequestRefusedException {
        for (List<OxmField> fields : List.of(List.<OxmField>of(OxmTcpDst.of(80)),
                List.<OxmField>of(OxmEthType.of(0x0800), OxmTcpDst.of(80)),
                List.<OxmField>of(OxmEthType.of(0x0800), OxmIpProto.of(17), OxmTcpDst.of(80)),
                List.<OxmField>of(OxmEthType.of(0x0806), OxmIpProto.of(6), OxmTcpDst.of(80)))) {
            final var refusal = assertThrows(RequestRefusedException.class,
                () -> FlowMatch.of(new OfMatch(fields)), fields::toString);
            assertEquals(SwitchErrorCode.of(OfErrorCode.OFPBMC_BAD_PREREQ), refusal.code());
        }
        // any order, IPv6 too
        FlowMatch.of(OfMatch.of(OxmTcpDst.of(80), OxmIpProto.of(6), OxmEthType.of(0x86dd)));
    }

    @Test
    void vlanPriorityNeedsATag() throws RequestRefusedException {
        assertThrows(RequestRefusedException.class, () -> FlowMatch.of(OfMatch.of(OxmVlanPcp.of(3))));
        FlowMatch.of(OfMatch.of(OxmVlanVid.masked(0x1000, 0x1000), OxmVlanPcp.of(3)));
    }

    @Test
    void maskedAddressesMatchTheirPrefix() throws RequestRefusedException {
        final FlowMatch match = FlowMatch.of(OfMatch.of(OxmEthType.of(0x0800),
            OxmIpv4Src.masked(TestSwitches.ipv4("10.1.0.0"), TestSwitches.ipv4("255.255.0.0")),
            NxmTunIpv4Src.of(TestSwitches.ipv4("192.168.1.2"))));
        final Packet inside = Packet.builder().ethType(0x0800).ipv4Src(TestSwitches.ipv4("10.1.200.3"))
            .tunIpv4Src(TestSwitches.ipv4("192.168.1.2")).build();
        assertTrue(match.matches(inside));
        assertFalse(match.matches(inside.toBuilder().ipv4Src(TestSwitches.ipv4("10.2.0.1")).build()));
        assertFalse(match.matches(inside.toBuilder().tunIpv4Src(TestSwitches.ipv4("192.168.1.3")).build()));
    }

    @Property
    void aMatchWithinAnotherMatchesOnlyPacketsTheOtherMatches(@ForAll("matches") final FlowMatch narrow,
            @ForAll("matches") final FlowMatch wide, @ForAll("packets") final Packet packet) {
        if (narrow.isWithin(wide)) {
            assertTrue(!narrow.matches(packet) || wide.matches(packet));
        }
        assertTrue(narrow.isWithin(narrow));
        assertTrue(narrow.isWithin(FlowMatch.ALL));
    }

    @Property
    void matchesOverlapExactlyWhenAPacketMatchesBoth(@ForAll("matches") final FlowMatch one,
            @ForAll("matches") final FlowMatch other) {
        assertEquals(one.overlaps(other), other.overlaps(one));
        // The packet pinning what both pin matches both exactly when they overlap
        Packet common = Packet.builder().build();
        for (PacketField field : List.of(PacketField.IN_PORT, PacketField.METADATA, PacketField.REG0,
                PacketField.TUN_ID, PacketField.ETH_DST)) {
            BigInteger value = BigInteger.ZERO;
            for (FlowMatch match : List.of(one, other)) {
                final BigInteger pinned = match.pinned(field, field.mask());
                final BigInteger partial = pinnedBits(match, field);
                value = value.or(pinned != null ? pinned : partial);
            }
            common = common.with(field, value);
        }
        assertEquals(one.overlaps(other), one.matches(common) && other.matches(common));
    }

    private static BigInteger pinnedBits(final FlowMatch match, final PacketField field) {
        BigInteger value = BigInteger.ZERO;
        for (int bit = 0; bit < field.width(); bit++) {
            final BigInteger pinned = match.pinned(field, BigInteger.ONE.shiftLeft(bit));
            if (pinned != null) {
                value = value.or(pinned);
            }
        }
        return value;
    }

    @Provide
    Arbitrary<FlowMatch> matches() {
        final Arbitrary<Long> masks = Arbitraries.of(-1L, 0xffL, 0xf0L, 0x0fL, 0L);
        final Arbitrary<Long> values = Arbitraries.longs().between(0, 0x1f);
        final Arbitrary<OxmField> metadata = Combinators.combine(values, masks).as(OxmMetadata::masked);
        final Arbitrary<OxmField> reg = Combinators.combine(values, masks)
            .as((value, mask) -> NxmReg.masked(0, value.intValue(), mask.intValue()));
        final Arbitrary<OxmField> tunnel = Combinators.combine(values, masks).as(OxmTunnelId::masked);
        final Arbitrary<OxmField> ethDst = Combinators.combine(values, masks)
            .as((value, mask) -> OxmEthDst.masked(new MacAddress(value), new MacAddress(mask & 0xffff_ffff_ffffL)));
        final Arbitrary<OxmField> inPort = Arbitraries.integers().between(1, 3).map(OxmInPort::of);
        return Combinators.combine(metadata.optional(), reg.optional(), tunnel.optional(), ethDst.optional(),
            inPort.optional()).as((a, b, c, d, e) -> {
                final var fields = new ArrayList<OxmField>();
                a.ifPresent(fields::add);
                b.ifPresent(fields::add);
                c.ifPresent(fields::add);
                d.ifPresent(fields::add);
                e.ifPresent(fields::add);
                try {
                    return FlowMatch.of(new OfMatch(fields));
                } catch (RequestRefusedException ex) {
                    throw new AssertionError(ex);
                }
            });
    }

    @Provide
    Arbitrary<Packet> packets() {
        final Arbitrary<Integer> small = Arbitraries.integers().between(0, 0x1f);
        return Combinators.combine(small, small, small, small, Arbitraries.integers().between(1, 3))
            .as((metadata, reg, tunnel, mac, port) -> Packet.builder().metadata(metadata).reg(0, reg)
                .tunId(tunnel).ethDst(new MacAddress(mac)).inPort(port).build());
    }
}
