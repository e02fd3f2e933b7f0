/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Src;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteMetadata;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMessage;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;

/**
 * The L2 overlay pipeline of DESIGN.md section 6 for one node (192.168.1.1) of two networks, as the planner would
 * write it: table 0 classifies (local port with its own source MAC, or tunnel with a known segment and node), table
 * 10 forwards what local ports send (local MAC, remote MAC through the tunnel, broadcast to both through an ALL
 * group), table 20 what tunnels bring (local MAC, broadcast to the local ports).
 * <pre>
 *   network A, segment 5000, metadata 1: vm1 on port 1, vm2 on port 2; vm4 on node 192.168.1.2, vm5 on 192.168.1.3
 *   network B, segment 6000, metadata 2: vm3 on port 3; vm6 on node 192.168.1.3
 *   port 10: the VXLAN port, remote end from tun_dst
 * </pre>
 */
public final class L2OverlayFlows {
    public static final int TUNNEL = TestSwitches.TUNNEL_PORT;
    public static final long SEGMENT_A = 5000;
    public static final long SEGMENT_B = 6000;
    public static final long NETWORK_A = 1;
    public static final long NETWORK_B = 2;
    public static final Inet4Address LOCAL_NODE = TestSwitches.ipv4("192.168.1.1");
    public static final Inet4Address NODE_2 = TestSwitches.ipv4("192.168.1.2");
    public static final Inet4Address NODE_3 = TestSwitches.ipv4("192.168.1.3");
    public static final MacAddress VM1 = TestSwitches.mac(1);
    public static final MacAddress VM2 = TestSwitches.mac(2);
    public static final MacAddress VM3 = TestSwitches.mac(3);
    public static final MacAddress VM4 = TestSwitches.mac(4);
    public static final MacAddress VM5 = TestSwitches.mac(5);
    public static final MacAddress VM6 = TestSwitches.mac(6);
    public static final int FLOOD_A = 1;
    public static final int FLOOD_B = 2;

    private static final MacAddress MULTICAST_BIT = new MacAddress(0x0100_0000_0000L);

    private L2OverlayFlows() {
        // Hidden on purpose
    }

    /**
     * The groups, then the flows, with transaction ids 1, 2, ...
     *
     * @return the messages
     */
    public static List<OfMessage> messages() {
        final var messages = new ArrayList<OfMessage>();
        messages.add(OfGroupMod.add(FLOOD_A, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(1)),
            OfBucket.of(OfActionOutput.to(2)), OfBucket.of(tunnelTo(SEGMENT_A, NODE_2)),
            OfBucket.of(tunnelTo(SEGMENT_A, NODE_3))));
        messages.add(OfGroupMod.add(FLOOD_B, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(3)),
            OfBucket.of(tunnelTo(SEGMENT_B, NODE_3))));
        // table 0: classify
        messages.add(classifyLocal(1, VM1, NETWORK_A));
        messages.add(classifyLocal(2, VM2, NETWORK_A));
        messages.add(classifyLocal(3, VM3, NETWORK_B));
        messages.add(classifyTunnel(SEGMENT_A, NODE_2, NETWORK_A));
        messages.add(classifyTunnel(SEGMENT_A, NODE_3, NETWORK_A));
        messages.add(classifyTunnel(SEGMENT_B, NODE_3, NETWORK_B));
        messages.add(OfFlowMod.builder().table(0).priority(0).build());
        // table 10: from a local port
        messages.add(forward(10, NETWORK_A, VM1, OfActionOutput.to(1)));
        messages.add(forward(10, NETWORK_A, VM2, OfActionOutput.to(2)));
        messages.add(forward(10, NETWORK_B, VM3, OfActionOutput.to(3)));
        messages.add(forward(10, NETWORK_A, VM4, tunnelTo(SEGMENT_A, NODE_2)));
        messages.add(forward(10, NETWORK_A, VM5, tunnelTo(SEGMENT_A, NODE_3)));
        messages.add(forward(10, NETWORK_B, VM6, tunnelTo(SEGMENT_B, NODE_3)));
        messages.add(broadcast(10, NETWORK_A, OfActionGroup.of(FLOOD_A)));
        messages.add(broadcast(10, NETWORK_B, OfActionGroup.of(FLOOD_B)));
        messages.add(OfFlowMod.builder().table(10).priority(0).build());
        // table 20: from a tunnel
        messages.add(forward(20, NETWORK_A, VM1, OfActionOutput.to(1)));
        messages.add(forward(20, NETWORK_A, VM2, OfActionOutput.to(2)));
        messages.add(forward(20, NETWORK_B, VM3, OfActionOutput.to(3)));
        messages.add(broadcast(20, NETWORK_A, OfActionOutput.to(1), OfActionOutput.to(2)));
        messages.add(broadcast(20, NETWORK_B, OfActionOutput.to(3)));
        messages.add(OfFlowMod.builder().table(20).priority(0).build());
        final var numbered = new ArrayList<OfMessage>();
        for (OfMessage message : messages) {
            numbered.add(message instanceof OfGroupMod group ? group.withXid(numbered.size() + 1)
                : withXid((OfFlowMod) message, numbered.size() + 1));
        }
        return numbered;
    }

    /**
     * Packets through the pipeline: between local ports of one network and of two, to remote MACs, broadcast and
     * multicast, from an unknown source MAC, non-IP, and from the tunnel (known and unknown nodes, both segments).
     *
     * @return the packets
     */
    public static List<Packet> packets() {
        final Inet4Address unknownNode = TestSwitches.ipv4("192.168.1.9");
        return List.of(
            local(1, VM1, VM2), local(2, VM2, VM1), local(1, VM1, VM4), local(2, VM2, VM5), local(3, VM3, VM6),
            local(1, VM1, MacAddress.BROADCAST), local(3, VM3, MacAddress.BROADCAST), local(2, VM2,
                MacAddress.of("33:33:00:00:00:01")),
            local(1, VM1, VM3), local(1, VM2, VM4), local(4, VM1, VM2).toBuilder().ethType(0x86dd).build(),
            tunnelled(SEGMENT_A, NODE_2, VM4, VM1), tunnelled(SEGMENT_B, NODE_3, VM6, VM3),
            tunnelled(SEGMENT_A, NODE_3, VM5, MacAddress.BROADCAST), tunnelled(SEGMENT_B, NODE_2, VM4, VM3),
            tunnelled(SEGMENT_A, unknownNode, VM4, VM1), tunnelled(SEGMENT_A, NODE_2, VM4, VM5));
    }

    /**
     * An IPv4 packet from a local port.
     *
     * @param port the ingress port
     * @param src the source MAC
     * @param dst the destination MAC
     * @return the packet
     */
    public static Packet local(final int port, final MacAddress src, final MacAddress dst) {
        return Packet.builder().inPort(port).ethSrc(src).ethDst(dst).ethType(0x0800).build();
    }

    /**
     * An IPv4 packet the tunnel port brings from a node to this one.
     *
     * @param segment the VNI
     * @param from the node
     * @param src the source MAC
     * @param dst the destination MAC
     * @return the packet
     */
    public static Packet tunnelled(final long segment, final Inet4Address from, final MacAddress src,
            final MacAddress dst) {
        return local(TUNNEL, src, dst).toBuilder().tunId(segment).tunIpv4Src(from).tunIpv4Dst(LOCAL_NODE).build();
    }

    /**
     * A switch with ports 1 to 5, LOCAL and the tunnel port holding the pipeline.
     */
    static SwitchState install(final SwitchState state) {
        for (OfMessage message : messages()) {
            final List<OfMessage> answer = state.handle(message);
            if (!answer.isEmpty()) {
                throw new AssertionError(message + " answered " + answer);
            }
        }
        return state;
    }

    private static OfFlowMod withXid(final OfFlowMod mod, final int xid) {
        return new OfFlowMod(xid, mod.cookie(), mod.cookieMask(), mod.tableId(), mod.command(), mod.idleTimeout(),
            mod.hardTimeout(), mod.priority(), mod.bufferId(), mod.outPort(), mod.outGroup(), mod.flags(),
            mod.match(), mod.instructions());
    }

    private static OfAction[] tunnelTo(final long segment, final Inet4Address node) {
        return new OfAction[] {OfActionSetField.of(OxmTunnelId.of(segment)),
            OfActionSetField.of(NxmTunIpv4Dst.of(node)), OfActionOutput.to(TUNNEL)};
    }

    private static OfFlowMod classifyLocal(final int port, final MacAddress mac, final long network) {
        return OfFlowMod.builder().table(0).priority(100).match(OfMatch.of(OxmInPort.of(port), OxmEthSrc.of(mac)))
            .instruction(OfInstructionWriteMetadata.of(network, -1L)).gotoTable(10).build();
    }

    private static OfFlowMod classifyTunnel(final long segment, final Inet4Address node, final long network) {
        return OfFlowMod.builder().table(0).priority(100).match(OfMatch.of(OxmInPort.of(TUNNEL),
                OxmTunnelId.of(segment), NxmTunIpv4Src.of(node)))
            .instruction(OfInstructionWriteMetadata.of(network, -1L)).gotoTable(20).build();
    }

    private static OfFlowMod forward(final int table, final long network, final MacAddress mac,
            final OfAction... actions) {
        return OfFlowMod.builder().table(table).priority(100)
            .match(OfMatch.of(OxmMetadata.of(network), OxmEthDst.of(mac))).applyActions(actions).build();
    }

    private static OfFlowMod broadcast(final int table, final long network, final OfAction... actions) {
        final List<OxmField> fields = List.of(OxmMetadata.of(network), OxmEthDst.masked(MULTICAST_BIT,
            MULTICAST_BIT));
        return OfFlowMod.builder().table(table).priority(50).match(new OfMatch(fields)).applyActions(actions).build();
    }
}
