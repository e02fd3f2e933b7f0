/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static io.tunnelmesh.tunnel.impl.intent.TunnelmeshNodes.entry;
import static io.tunnelmesh.tunnel.impl.intent.TunnelmeshNodes.leaf;
import static io.tunnelmesh.tunnel.impl.intent.TunnelmeshNodes.leafList;
import static io.tunnelmesh.tunnel.impl.intent.TunnelmeshNodes.list;
import static io.tunnelmesh.tunnel.impl.intent.TunnelmeshNodes.qname;
import static io.tunnelmesh.tunnel.impl.intent.TunnelmeshNodes.segmentRange;
import static io.tunnelmesh.tunnel.impl.intent.TunnelmeshNodes.tunnelmesh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.EncapsulationType;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Geneve;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Gre;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Stt;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Vxlan;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.VxlanGpe;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;

class IntentReaderTest {
    private static final QName FOREIGN_VXLAN = QName.create("urn:example:other-overlay", "vxlan");

    static Stream<Arguments> identities() {
        return Stream.of(
            Arguments.of(Vxlan.QNAME, Encapsulation.VXLAN),
            Arguments.of(Geneve.QNAME, Encapsulation.GENEVE),
            Arguments.of(Gre.QNAME, Encapsulation.GRE),
            Arguments.of(Stt.QNAME, Encapsulation.STT),
            Arguments.of(VxlanGpe.QNAME, Encapsulation.VXLAN_GPE));
    }

    @Test
    void pathIsTheTunnelmeshContainer() {
        assertEquals(YangInstanceIdentifier.of(qname("tunnelmesh")), IntentReader.PATH);
    }

    @Test
    void absentTreeIsTheEmptyIntent() {
        assertSame(Intent.EMPTY, IntentReader.read(null));
    }

    @Test
    void containerWithoutListsIsTheEmptyIntent() {
        assertEquals(Intent.EMPTY, IntentReader.read(tunnelmesh()));
    }

    @Test
    void readsACompleteTree() {
        final var root = tunnelmesh(
            list("segment-range", segmentRange(Gre.QNAME, Uint64.valueOf(1000), Uint64.valueOf(1999))),
            list("node",
                entry("node", "compute-1", leaf("tunnel-ip", "192.0.2.1"),
                    leaf("ovsdb-address", "tcp:198.51.100.2:6640"), leaf("bridge", "br-ovl"),
                    leafList("transport-zone", "rack-1", "rack-2")),
                entry("node", "compute-2", leaf("tunnel-ip", "2001:db8::2"))),
            list("network",
                entry("network", "blue", leaf("encapsulation", Gre.QNAME), leaf("segmentation-id", Uint64.valueOf(42)),
                    list("port",
                        entry("port", "vm-1", leaf("node", "compute-1"), leaf("interface", "tap1"),
                            leaf("mac-address", "02:00:00:00:00:01"), leafList("ip-address", "10.0.0.1")))),
                entry("network", "red")));

        final var expected = new Intent(
            List.of(new SegmentRange(Encapsulation.GRE, 1000, 1999)),
            Map.of(
                "compute-1", new NodeIntent("compute-1", "192.0.2.1", "tcp:198.51.100.2:6640", "br-ovl",
                    Set.of("rack-1", "rack-2")),
                "compute-2", new NodeIntent("compute-2", "2001:db8::2", null, "br-int", Set.of())),
            Map.of(
                "blue", new NetworkIntent("blue", Encapsulation.GRE, 42L, Map.of("vm-1",
                    new PortIntent("vm-1", "compute-1", "tap1", "02:00:00:00:00:01", List.of("10.0.0.1")))),
                "red", new NetworkIntent("red", Encapsulation.VXLAN, null, Map.of())));
        assertEquals(expected, IntentReader.read(root));
    }

    @Test
    void nodeWithoutBridgeUsesBrInt() {
        final var intent = IntentReader.read(tunnelmesh(list("node",
            entry("node", "compute-1", leaf("tunnel-ip", "192.0.2.1")))));

        final var node = intent.nodes().get("compute-1");
        assertEquals("br-int", node.bridge());
        assertNull(node.ovsdbAddress());
        assertEquals(Set.of(), node.transportZones());
    }

    @Test
    void networkWithoutEncapsulationIsVxlanWithoutSegmentationId() {
        final var intent = IntentReader.read(tunnelmesh(list("network", entry("network", "blue"))));

        assertEquals(new NetworkIntent("blue", Encapsulation.VXLAN, null, Map.of()), intent.networks().get("blue"));
    }

    @Test
    void readsEverySegmentRangeAndPortAddress() {
        final var intent = IntentReader.read(tunnelmesh(
            list("segment-range",
                segmentRange(Vxlan.QNAME, Uint64.valueOf(1), Uint64.valueOf(99)),
                segmentRange(Vxlan.QNAME, Uint64.valueOf(200), Uint64.valueOf(299)),
                segmentRange(Geneve.QNAME, Uint64.valueOf(1), Uint64.valueOf(99))),
            list("network", entry("network", "blue", list("port",
                entry("port", "vm-1", leaf("node", "n"), leaf("interface", "tap1"),
                    leaf("mac-address", "02:00:00:00:00:01"), leafList("ip-address", "10.0.0.1", "2001:db8::1")))))));

        // unordered YANG lists: the reader keeps the datastore's order, which these tests do not fix
        assertEquals(3, intent.segmentRanges().size());
        assertEquals(Set.of(new SegmentRange(Encapsulation.VXLAN, 1, 99),
            new SegmentRange(Encapsulation.VXLAN, 200, 299), new SegmentRange(Encapsulation.GENEVE, 1, 99)),
            Set.copyOf(intent.segmentRanges()));
        final var addresses = intent.networks().get("blue").ports().get("vm-1").ipAddresses();
        assertEquals(2, addresses.size());
        assertEquals(Set.of("10.0.0.1", "2001:db8::1"), Set.copyOf(addresses));
    }

    @ParameterizedTest
    @MethodSource("identities")
    void readsEachEncapsulationIdentity(final QName identity, final Encapsulation encapsulation) {
        assertEquals(encapsulation, IntentReader.encapsulation(identity));

        final var intent = IntentReader.read(tunnelmesh(list("network",
            entry("network", "blue", leaf("encapsulation", identity)))));
        assertEquals(encapsulation, intent.networks().get("blue").encapsulation());
    }

    @Test
    void uint64AboveLongMaxValueIsReadAsUnsignedBits() {
        final var top = Uint64.MAX_VALUE;
        final var belowTop = Uint64.valueOf("18446744073709551614");
        final var twoToTheSixtyThree = Uint64.valueOf("9223372036854775808");
        final var intent = IntentReader.read(tunnelmesh(
            list("segment-range", segmentRange(Stt.QNAME, belowTop, top)),
            list("network", entry("network", "legacy", leaf("encapsulation", Stt.QNAME),
                leaf("segmentation-id", twoToTheSixtyThree)))));

        final var range = intent.segmentRanges().getFirst();
        assertEquals(-2L, range.min());
        assertEquals(-1L, range.max());
        assertEquals("18446744073709551615", Long.toUnsignedString(range.max()));
        final Long segmentationId = intent.networks().get("legacy").segmentationId();
        assertEquals(Long.MIN_VALUE, segmentationId);
        // and back again, as the allocator writes it
        assertEquals(belowTop, Uint64.fromLongBits(range.min()));
        assertEquals(top, Uint64.fromLongBits(range.max()));
        assertEquals(twoToTheSixtyThree, Uint64.fromLongBits(segmentationId));
    }

    @Test
    void foreignIdentityIsRefused() {
        final var ex = assertThrows(IllegalArgumentException.class, () -> IntentReader.encapsulation(FOREIGN_VXLAN));
        assertEquals("Identity " + FOREIGN_VXLAN + " is not a tunnelmesh encapsulation", ex.getMessage());
    }

    @Test
    void foreignIdentityInANetworkIsRefused() {
        final var root = tunnelmesh(list("network", entry("network", "blue", leaf("encapsulation", FOREIGN_VXLAN))));

        final var ex = assertThrows(IllegalArgumentException.class, () -> IntentReader.read(root));
        assertEquals("Identity " + FOREIGN_VXLAN + " is not a tunnelmesh encapsulation", ex.getMessage());
    }

    @Test
    void baseIdentityIsNotAnEncapsulation() {
        final var ex = assertThrows(IllegalArgumentException.class,
            () -> IntentReader.encapsulation(EncapsulationType.QNAME));
        assertEquals("Unknown encapsulation identity " + EncapsulationType.QNAME, ex.getMessage());
    }

    @Test
    void identityThatIsNotAQNameIsRefused() {
        final var ex = assertThrows(IllegalArgumentException.class, () -> IntentReader.encapsulation("vxlan"));
        assertEquals("Expected QName, found vxlan", ex.getMessage());
    }

    @Test
    void missingMandatoryLeafIsRefusedByName() {
        final var root = tunnelmesh(list("node", entry("node", "compute-1", leaf("bridge", "br-int"))));

        final var ex = assertThrows(IllegalArgumentException.class, () -> IntentReader.read(root));
        // the message names the leaf and the list entry it is missing from
        final var message = ex.getMessage();
        assertTrue(message.startsWith("Mandatory tunnel-ip missing in "), message);
        assertTrue(message.contains("compute-1"), message);
    }

    @Test
    void portWithoutMacAddressIsRefused() {
        final var root = tunnelmesh(list("network", entry("network", "blue", list("port",
            entry("port", "vm-1", leaf("node", "compute-1"), leaf("interface", "tap1"))))));

        final var ex = assertThrows(IllegalArgumentException.class, () -> IntentReader.read(root));
        final var message = ex.getMessage();
        assertTrue(message.startsWith("Mandatory mac-address missing in "), message);
        assertTrue(message.contains("vm-1"), message);
    }

    @Test
    void segmentationIdOfTheWrongTypeIsRefused() {
        final var root = tunnelmesh(list("network", entry("network", "blue", leaf("segmentation-id", 42L))));

        final var ex = assertThrows(IllegalArgumentException.class, () -> IntentReader.read(root));
        assertEquals("Expected Uint64, found 42", ex.getMessage());
    }

    @Test
    void rootThatIsNotAContainerIsRefused() {
        final var ex = assertThrows(IllegalArgumentException.class,
            () -> IntentReader.read(leaf("bridge", "br-int")));
        assertTrue(ex.getMessage().startsWith("Expected DataContainerNode, found "), ex.getMessage());
    }
}
