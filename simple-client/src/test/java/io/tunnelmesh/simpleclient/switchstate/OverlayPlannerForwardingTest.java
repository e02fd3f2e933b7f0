/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static io.tunnelmesh.simpleclient.switchstate.TestSwitches.ipv4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.NetworkIntent;
import io.tunnelmesh.tunnel.impl.intent.NodeIntent;
import io.tunnelmesh.tunnel.impl.intent.PortIntent;
import io.tunnelmesh.tunnel.impl.planner.NodeState;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlan;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlanner;
import io.tunnelmesh.tunnel.impl.segment.NetworkSegment;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

/**
 * The planner's flows installed in emulated switches, checked by what they do to packets (STYLE rule 11): three
 * nodes, a VXLAN network "blue" on all three and a Geneve network "red" on two that reuses blue's MAC addresses.
 */
class OverlayPlannerForwardingTest {
    private static final int VXLAN_PORT = 10;
    private static final int GENEVE_PORT = 11;
    private static final long BLUE = 5001;
    private static final long RED = 77;
    private static final MacAddress MAC_A = TestSwitches.mac(0xa);
    private static final MacAddress MAC_B = TestSwitches.mac(0xb);
    private static final MacAddress MAC_C = TestSwitches.mac(0xc);
    private static final MacAddress MAC_X = TestSwitches.mac(0x99);

    private final Map<String, SwitchState> switches = new HashMap<>();

    @BeforeEach
    void installPlan() throws RequestRefusedException {
        final var nodes = List.of(node("n1", "192.0.2.1"), node("n2", "192.0.2.2"), node("n3", "192.0.2.3"));
        // blue: a on n1 (ofport 1), b on n2 (ofport 1), c on n3 (ofport 1)
        // red: d on n1 (ofport 2) with b's MAC, e on n2 (ofport 2) with a's MAC
        final var blue = network("blue", Encapsulation.VXLAN, port("a", "n1", "tap-a", MAC_A),
            port("b", "n2", "tap-b", MAC_B), port("c", "n3", "tap-c", MAC_C));
        final var red = network("red", Encapsulation.GENEVE, port("d", "n1", "tap-d", MAC_B),
            port("e", "n2", "tap-e", MAC_A));
        final var intent = new Intent(List.of(), nodes.stream().collect(Collectors.toMap(NodeIntent::name, n -> n)),
            Map.of("blue", blue, "red", red));
        final var segments = new SegmentPlan(Map.of(), Map.of(
            "blue", new NetworkSegment("blue", BLUE, Status.Active, null),
            "red", new NetworkSegment("red", RED, Status.Active, null)));
        final var tunnels = Map.of(Encapsulation.VXLAN, VXLAN_PORT, Encapsulation.GENEVE, GENEVE_PORT);
        final var states = Map.of(
            "n1", new NodeState("n1", true, Map.of(), tunnels, Map.of("tap-a", 1, "tap-d", 2)),
            "n2", new NodeState("n2", true, Map.of(), tunnels, Map.of("tap-b", 1, "tap-e", 2)),
            "n3", new NodeState("n3", true, Map.of(), tunnels, Map.of("tap-c", 1)));
        final OverlayPlan plan = OverlayPlanner.plan(intent, segments, states);
        assertEquals(Set.of("blue", "red"), plan.networks().entrySet().stream()
            .filter(entry -> entry.getValue().status() == Status.Active).map(Map.Entry::getKey)
            .collect(Collectors.toSet()));
        for (var nodePlan : plan.nodes().values()) {
            final var ports = new ArrayList<>(TestSwitches.ports());
            ports.add(SwitchPort.flowBasedTunnel(TestSwitches.port(VXLAN_PORT, "vxlan")));
            ports.add(SwitchPort.flowBasedTunnel(TestSwitches.port(GENEVE_PORT, "geneve")));
            final var state = new SwitchState(ports, new TestSwitches.TestClock(), RequestBytes.NONE);
            // the flood groups first: a flow that forwards to a group the switch lacks is refused
            for (var group : nodePlan.groups()) {
                state.apply(group.toAdd(0));
            }
            assertEquals(nodePlan.groups().size(), state.groupCount());
            for (var flow : nodePlan.flows()) {
                state.apply(flow.toAdd());
            }
            assertEquals(nodePlan.flows().size(), state.flowCount(), "no planned flow replaced another");
            switches.put(nodePlan.node(), state);
        }
    }

    @Test
    void unicastCrossesTheTunnelWithTheNetworksSegment() {
        final var sent = switches.get("n1").evaluate(fromPort(1, MAC_A, MAC_B));
        assertEquals(List.of(VXLAN_PORT), sent.ports(), sent::toString);
        final var onWire = sent.outputs().get(0).packet();
        assertEquals(BLUE, onWire.tunId());
        assertEquals(ipv4("192.0.2.2"), onWire.tunIpv4Dst());
        final var delivered = switches.get("n2").evaluate(fromTunnel(VXLAN_PORT, BLUE, "192.0.2.1", MAC_A, MAC_B));
        assertEquals(List.of(1), delivered.ports(), delivered::toString);
    }

    @Test
    void networksWithTheSameMacsStayApart() {
        // d (red, n1) sends to a's MAC, which in red is e on n2: Geneve with red's segment, delivered to e only
        final var sent = switches.get("n1").evaluate(fromPort(2, MAC_B, MAC_A));
        assertEquals(List.of(GENEVE_PORT), sent.ports(), sent::toString);
        assertEquals(RED, sent.outputs().get(0).packet().tunId());
        final var delivered = switches.get("n2").evaluate(fromTunnel(GENEVE_PORT, RED, "192.0.2.1", MAC_B, MAC_A));
        assertEquals(List.of(2), delivered.ports(), delivered::toString);
        // blue's segment on the Geneve port is not red's: dropped
        assertTrue(switches.get("n2").evaluate(fromTunnel(GENEVE_PORT, BLUE, "192.0.2.1", MAC_B, MAC_A)).isDropped());
    }

    @Test
    void spoofedSourceMacIsDropped() {
        assertTrue(switches.get("n1").evaluate(fromPort(1, MAC_X, MAC_B)).isDropped());
    }

    @Test
    void unknownTunnelSourceIsDropped() {
        assertTrue(switches.get("n2").evaluate(fromTunnel(VXLAN_PORT, BLUE, "198.51.100.9", MAC_A, MAC_B))
            .isDropped());
        // n3 carries no red port: red traffic tunnelled to it from n1 finds no classifier
        assertTrue(switches.get("n3").evaluate(fromTunnel(GENEVE_PORT, RED, "192.0.2.1", MAC_B, MAC_A)).isDropped());
    }

    @Test
    void unknownUnicastIsDropped() {
        assertTrue(switches.get("n1").evaluate(fromPort(1, MAC_A, MAC_X)).isDropped());
    }

    @Test
    void broadcastReachesEveryPeerOnceAndLocalPortsOnly() {
        final var flooded = switches.get("n1").evaluate(fromPort(1, MAC_A, MacAddress.BROADCAST));
        // a is blue's only port on n1 (no copy back to its own port); one copy each to n2 and n3
        assertEquals(List.of(VXLAN_PORT, VXLAN_PORT), flooded.ports(), flooded::toString);
        assertEquals(Set.of(ipv4("192.0.2.2"), ipv4("192.0.2.3")), flooded.outputs().stream()
            .map(output -> output.packet().tunIpv4Dst()).collect(Collectors.toSet()));
        // arriving from a tunnel, broadcast goes to the local ports of the network and never back into a tunnel
        final var received = switches.get("n2").evaluate(fromTunnel(VXLAN_PORT, BLUE, "192.0.2.1", MAC_A,
            MacAddress.BROADCAST));
        assertEquals(List.of(1), received.ports(), received::toString);
    }

    private static Packet fromPort(final int port, final MacAddress src, final MacAddress dst) {
        return Packet.builder().inPort(port).ethSrc(src).ethDst(dst).ethType(0x0800).build();
    }

    private static Packet fromTunnel(final int port, final long segment, final String source, final MacAddress src,
            final MacAddress dst) {
        return Packet.builder().inPort(port).tunId(segment).tunIpv4Src(ipv4(source)).tunIpv4Dst(ipv4("192.0.2.99"))
            .ethSrc(src).ethDst(dst).ethType(0x0800).build();
    }

    private static NodeIntent node(final String name, final String ip) {
        return new NodeIntent(name, ip, null, NodeIntent.DEFAULT_BRIDGE, Set.of());
    }

    private static PortIntent port(final String name, final String node, final String iface, final MacAddress mac) {
        return new PortIntent(name, node, iface, mac.toString(), List.of());
    }

    private static NetworkIntent network(final String name, final Encapsulation encapsulation,
            final PortIntent... ports) {
        return new NetworkIntent(name, encapsulation, null,
            List.of(ports).stream().collect(Collectors.toMap(PortIntent::name, port -> port)));
    }
}
