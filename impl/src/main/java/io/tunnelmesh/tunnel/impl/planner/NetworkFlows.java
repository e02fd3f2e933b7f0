/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.FLOOD_CHUNKS;
import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.GROUP_BIT;
import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.PRIORITY_FLOOD;
import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.PRIORITY_FORWARD;
import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.TABLE_CLASSIFY;
import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.TABLE_FROM_LOCAL;
import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.TABLE_FROM_TUNNEL;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Src;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Src;
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionGotoTable;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteMetadata;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The flows one network needs on one node (DESIGN.md section 6), from the node's local ports and its peers.
 */
final class NetworkFlows {
    /** A port of the network on this node that OVS gave an ofport. */
    record LocalPort(MacAddress mac, int ofport) {
    }

    /**
     * Another node carrying the network that this node tunnels to, with the MACs of the network's ports there.
     *
     * @param tunnelIp its tunnel address
     * @param macs its MACs of the network
     * @param chunk its flood chunk ({@link OverlayPipeline#floodChunk})
     */
    record Peer(InetAddress tunnelIp, List<MacAddress> macs, int chunk) {
        Peer {
            macs = List.copyOf(macs);
        }
    }

    /**
     * The flows that reach one peer from a node: its tunnel classifier and one flow per MAC, and the bucket that
     * carries a copy of a broadcast there. Equal for every node that reaches the peer through the same tunnel ofport,
     * so one instance serves them all.
     *
     * @param flows the classifier, then the MAC flows
     * @param bucket set the tunnel key and destination, output to the tunnel port
     * @param chunk the peer's flood chunk, which decides the group its bucket goes in
     */
    record PeerFlows(List<FlowSpec> flows, OfBucket bucket, int chunk) {
        PeerFlows {
            flows = List.copyOf(flows);
        }
    }

    private final long tag;
    private final long cookie;
    private final long segment;
    private final int slot;
    private final List<OfInstruction> toLocalTable;
    private final List<OfInstruction> toTunnelTable;
    private final OfMatch groupAddressed;

    /**
     * The flow builder of one network.
     *
     * @param tag the network's metadata value
     * @param segment the network's segmentation ID, the tunnel key on the wire
     * @param slot the network's flood group slot ({@link OverlayPipeline#floodSlots})
     */
    NetworkFlows(final long tag, final long segment, final int slot) {
        this.tag = tag;
        this.segment = segment;
        this.slot = slot;
        cookie = OverlayPipeline.networkCookie(tag);
        toLocalTable = List.of(new OfInstructionWriteMetadata(tag, -1L), OfInstructionGotoTable.of(TABLE_FROM_LOCAL));
        toTunnelTable = List.of(new OfInstructionWriteMetadata(tag, -1L),
            OfInstructionGotoTable.of(TABLE_FROM_TUNNEL));
        groupAddressed = OfMatch.builder().add(OxmMetadata.of(tag)).add(OxmEthDst.masked(GROUP_BIT, GROUP_BIT))
            .build();
    }

    /**
     * Adds the network's flows and flood groups to a node's, keeping a flow already there under the same key.
     *
     * @param local the network's ports on this node
     * @param tunnelOfport the ofport of the node's tunnel port of the network's encapsulation; ignored without peers
     * @param peers the nodes this node tunnels to for this network
     * @param out the node's flows by key
     * @param groups the node's groups by id
     */
    void add(final List<LocalPort> local, final int tunnelOfport, final List<Peer> peers,
            final Map<FlowSpec.Key, FlowSpec> out, final Map<Integer, GroupSpec> groups) {
        final var reached = peers.stream().map(peer -> peer(tunnelOfport, peer)).toList();
        final var byChunk = new ArrayList<List<OfBucket>>(FLOOD_CHUNKS);
        for (int chunk = 0; chunk < FLOOD_CHUNKS; chunk++) {
            byChunk.add(new ArrayList<>());
        }
        reached.forEach(peer -> byChunk.get(peer.chunk()).add(peer.bucket()));
        final var floodGroups = new ArrayList<GroupSpec>();
        for (int chunk = 0; chunk < FLOOD_CHUNKS; chunk++) {
            if (!byChunk.get(chunk).isEmpty()) {
                floodGroups.add(group(chunk, byChunk.get(chunk)));
            }
        }
        for (var block : List.of(local(local), reached.stream().flatMap(peer -> peer.flows().stream()).toList(),
                flood(local, floodGroups))) {
            block.forEach(flow -> out.putIfAbsent(flow.key(), flow));
        }
        floodGroups.forEach(group -> groups.putIfAbsent(group.groupId(), group));
    }

    /**
     * The flows of the network's ports on a node: per port, its classifier and its delivery from either table.
     *
     * @param local the ports
     * @return the flows
     */
    List<FlowSpec> local(final List<LocalPort> local) {
        final var flows = new ArrayList<FlowSpec>(3 * local.size());
        for (var port : local) {
            flows.add(flow(TABLE_CLASSIFY, PRIORITY_FORWARD, OfMatch.builder().inPort(port.ofport())
                .ethSrc(port.mac()).build(), toLocalTable));
            final var output = List.<OfInstruction>of(OfInstructionApplyActions.of(OfActionOutput.to(port.ofport())));
            final var toMac = toMac(port.mac());
            flows.add(flow(TABLE_FROM_LOCAL, PRIORITY_FORWARD, toMac, output));
            flows.add(flow(TABLE_FROM_TUNNEL, PRIORITY_FORWARD, toMac, output));
        }
        return List.copyOf(flows);
    }

    /**
     * The flows that reach a peer.
     *
     * @param tunnelOfport the ofport of the tunnel port
     * @param peer the peer
     * @return its classifier and MAC flows
     */
    PeerFlows peer(final int tunnelOfport, final Peer peer) {
        final var flows = new ArrayList<FlowSpec>(1 + peer.macs().size());
        flows.add(flow(TABLE_CLASSIFY, PRIORITY_FORWARD, OfMatch.builder().inPort(tunnelOfport).tunnelId(segment)
            .add(tunnelSource(peer.tunnelIp())).build(), toTunnelTable));
        final var toPeer = List.<OfAction>of(new OfActionSetField(OxmTunnelId.of(segment)),
            new OfActionSetField(tunnelDestination(peer.tunnelIp())), OfActionOutput.to(tunnelOfport));
        final var apply = List.<OfInstruction>of(new OfInstructionApplyActions(toPeer));
        for (var mac : peer.macs()) {
            flows.add(flow(TABLE_FROM_LOCAL, PRIORITY_FORWARD, toMac(mac), apply));
        }
        return new PeerFlows(flows, new OfBucket(0, OfBucket.WATCH_NONE, OfBucket.WATCH_NONE, toPeer), peer.chunk());
    }

    /**
     * The flood group of one chunk: an {@code OFPGT_ALL} group (OpenFlow 1.3.5 section 5.6.1) that sends a copy of
     * the packet to each of the chunk's peers, in order.
     *
     * @param chunk the chunk
     * @param buckets the buckets of the chunk's peers that the node reaches, not empty
     * @return the group
     */
    GroupSpec group(final int chunk, final List<OfBucket> buckets) {
        return new GroupSpec(OverlayPipeline.floodGroupId(slot, chunk), OfGroupType.ALL, buckets);
    }

    /**
     * The broadcast and multicast flows: from a local port to every other local port and to each of the node's flood
     * groups, one per chunk of its peers (a copy per peer), from a tunnel to every local port. The flood flow of a
     * node stays the same while the peers come and go within chunks that stay non-empty: a join changes one group
     * on each other node, not a flow that lists every peer (which past ~2,000 peers would not fit in one message).
     *
     * @param local the ports on this node
     * @param groups the node's flood groups of this network, in chunk order
     * @return the flows, none when there is nowhere to send a copy
     */
    List<FlowSpec> flood(final List<LocalPort> local, final List<GroupSpec> groups) {
        final var floodLocal = new ArrayList<OfAction>(local.size());
        local.forEach(port -> floodLocal.add(OfActionOutput.to(port.ofport())));
        final var flood = new ArrayList<OfAction>(floodLocal.size() + groups.size());
        flood.addAll(floodLocal);
        groups.forEach(group -> flood.add(OfActionGroup.of(group.groupId())));
        final var flows = new ArrayList<FlowSpec>(2);
        if (!flood.isEmpty()) {
            flows.add(flow(TABLE_FROM_LOCAL, PRIORITY_FLOOD, groupAddressed,
                List.of(new OfInstructionApplyActions(flood))));
        }
        if (!floodLocal.isEmpty()) {
            flows.add(flow(TABLE_FROM_TUNNEL, PRIORITY_FLOOD, groupAddressed,
                List.of(new OfInstructionApplyActions(floodLocal))));
        }
        return List.copyOf(flows);
    }

    private OfMatch toMac(final MacAddress mac) {
        // exact metadata, no all-ones mask: the switch reports an all-ones mask as none, and the reconciler compares
        return OfMatch.builder().add(OxmMetadata.of(tag)).ethDst(mac).build();
    }

    private FlowSpec flow(final int table, final int priority, final OfMatch match,
            final List<OfInstruction> instructions) {
        return new FlowSpec(table, priority, cookie, match, instructions);
    }

    private static OxmField tunnelSource(final InetAddress address) {
        return switch (address) {
            case Inet4Address v4 -> NxmTunIpv4Src.of(v4);
            case Inet6Address v6 -> NxmTunIpv6Src.of(v6);
            default -> throw new IllegalArgumentException("not an IP address: " + address);
        };
    }

    private static OxmField tunnelDestination(final InetAddress address) {
        return switch (address) {
            case Inet4Address v4 -> NxmTunIpv4Dst.of(v4);
            case Inet6Address v6 -> NxmTunIpv6Dst.of(v6);
            default -> throw new IllegalArgumentException("not an IP address: " + address);
        };
    }
}
