/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.LOCAL_NODE;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.NODE_2;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.NODE_3;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.SEGMENT_A;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.SEGMENT_B;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.TUNNEL;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM1;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM2;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM3;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM4;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM5;
import static io.tunnelmesh.simpleclient.switchstate.L2OverlayFlows.VM6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.MacAddress;
import java.net.Inet4Address;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forwarding behaviour of the L2 overlay pipeline (DESIGN.md section 6), asserted as "a packet from A to B leaves
 * through ...", not as flows.
 */
class L2OverlayPipelineTest {
    private final SwitchState node = L2OverlayFlows.install(new SwitchState(TestSwitches.withTunnel(),
        new TestSwitches.TestClock(), RequestBytes.NONE));

    private static Packet local(final int port, final MacAddress src, final MacAddress dst) {
        return Packet.builder().inPort(port).ethSrc(src).ethDst(dst).ethType(0x0800).build();
    }

    private static Packet tunnelled(final long segment, final Inet4Address from, final MacAddress src,
            final MacAddress dst) {
        return local(TUNNEL, src, dst).toBuilder().tunId(segment).tunIpv4Src(from).tunIpv4Dst(LOCAL_NODE).build();
    }

    /** "port" for local ports, "tunnel:segment@node" for the tunnel. */
    private static List<String> where(final PipelineResult result) {
        return result.outputs().stream().map(output -> output.port() == TUNNEL
            ? "tunnel:" + output.packet().tunId() + "@" + output.packet().tunIpv4Dst().getHostAddress()
            : String.valueOf(output.port())).sorted().toList();
    }

    @Test
    void aLocalMacIsReachedThroughItsPort() {
        assertEquals(List.of("2"), where(node.evaluate(local(1, VM1, VM2))));
        assertEquals(List.of("1"), where(node.evaluate(local(2, VM2, VM1))));
    }

    @Test
    void aRemoteMacIsReachedThroughTheTunnelToItsNodeWithTheNetworksSegment() {
        assertEquals(List.of("tunnel:5000@192.168.1.2"), where(node.evaluate(local(1, VM1, VM4))));
        assertEquals(List.of("tunnel:5000@192.168.1.3"), where(node.evaluate(local(2, VM2, VM5))));
        assertEquals(List.of("tunnel:6000@192.168.1.3"), where(node.evaluate(local(3, VM3, VM6))));
        // the tunnelled copy keeps the inner headers
        final Packet out = node.evaluate(local(1, VM1, VM4)).outputs().get(0).packet();
        assertEquals(VM4, out.ethDst());
        assertEquals(VM1, out.ethSrc());
    }

    @Test
    void broadcastReachesTheOtherLocalPortsAndEveryNodeOfTheNetworkOnly() {
        assertEquals(List.of("2", "tunnel:5000@192.168.1.2", "tunnel:5000@192.168.1.3"),
            where(node.evaluate(local(1, VM1, MacAddress.BROADCAST))));
        // port 3 is the sender: the group skips it, as OpenFlow skips output to the ingress port
        assertEquals(List.of("tunnel:6000@192.168.1.3"),
            where(node.evaluate(local(3, VM3, MacAddress.BROADCAST))));
    }

    @Test
    void networksAreIsolated() {
        assertTrue(node.evaluate(local(1, VM1, VM3)).isDropped());
        assertTrue(node.evaluate(local(1, VM1, VM6)).isDropped());
        assertTrue(node.evaluate(tunnelled(SEGMENT_B, NODE_3, VM6, VM1)).isDropped());
    }

    @Test
    void aLocalPortCannotSpoofAnotherMac() {
        assertTrue(node.evaluate(local(1, VM2, VM4)).isDropped());
        assertTrue(node.evaluate(local(4, VM1, VM2)).isDropped());
    }

    @Test
    void tunnelTrafficIsDeliveredLocallyOnlyFromKnownNodesOfTheNetwork() {
        assertEquals(List.of("1"), where(node.evaluate(tunnelled(SEGMENT_A, NODE_2, VM4, VM1))));
        assertEquals(List.of("3"), where(node.evaluate(tunnelled(SEGMENT_B, NODE_3, VM6, VM3))));
        assertEquals(List.of("1", "2"), where(node.evaluate(tunnelled(SEGMENT_A, NODE_3, VM5,
            MacAddress.BROADCAST))));
        // node 2 does not host network B; an unknown node is nobody
        assertTrue(node.evaluate(tunnelled(SEGMENT_B, NODE_2, VM4, VM3)).isDropped());
        assertTrue(node.evaluate(tunnelled(SEGMENT_A, TestSwitches.ipv4("192.168.1.9"), VM4, VM1)).isDropped());
        // tunnel traffic is never sent back into the tunnel
        assertTrue(node.evaluate(tunnelled(SEGMENT_A, NODE_2, VM4, VM5)).isDropped());
    }
}
