/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.GROUP_BIT;
import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.PRIORITY_FLOOD;
import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.PRIORITY_FORWARD;
import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.TABLE_CLASSIFY;
import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.TABLE_FROM_LOCAL;
import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.TABLE_FROM_TUNNEL;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.action.OfAction;
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

    /** Another node carrying the network that this node tunnels to, with the MACs of the network's ports there. */
    record Peer(InetAddress tunnelIp, List<MacAddress> macs) {
        Peer {
            macs = List.copyOf(macs);
        }
    }

    private final long tag;
    private final long cookie;
    private final long segment;
    private final Map<FlowSpec.Key, FlowSpec> out;

    /**
     * Flows of one network, added to a node's flows.
     *
     * @param tag the network's metadata value
     * @param segment the network's segmentation ID, the tunnel key on the wire
     * @param out the node's flows by key; a key already there keeps its flow
     */
    NetworkFlows(final long tag, final long segment, final Map<FlowSpec.Key, FlowSpec> out) {
        this.tag = tag;
        this.segment = segment;
        this.out = out;
        cookie = OverlayPipeline.networkCookie(tag);
    }

    /**
     * Adds the network's flows.
     *
     * @param local the network's ports on this node
     * @param tunnelOfport the ofport of the node's tunnel port of the network's encapsulation; ignored without peers
     * @param peers the nodes this node tunnels to for this network
     */
    void add(final List<LocalPort> local, final int tunnelOfport, final List<Peer> peers) {
        final var floodLocal = new ArrayList<OfAction>();
        for (var port : local) {
            put(TABLE_CLASSIFY, PRIORITY_FORWARD, OfMatch.builder().inPort(port.ofport()).ethSrc(port.mac()).build(),
                List.of(new OfInstructionWriteMetadata(tag, -1L), OfInstructionGotoTable.of(TABLE_FROM_LOCAL)));
            final var output = List.<OfInstruction>of(OfInstructionApplyActions.of(OfActionOutput.to(port.ofport())));
            put(TABLE_FROM_LOCAL, PRIORITY_FORWARD, toMac(port.mac()), output);
            put(TABLE_FROM_TUNNEL, PRIORITY_FORWARD, toMac(port.mac()), output);
            floodLocal.add(OfActionOutput.to(port.ofport()));
        }
        final var flood = new ArrayList<OfAction>(floodLocal);
        for (var peer : peers) {
            put(TABLE_CLASSIFY, PRIORITY_FORWARD, OfMatch.builder().inPort(tunnelOfport).tunnelId(segment)
                    .add(tunnelSource(peer.tunnelIp())).build(),
                List.of(new OfInstructionWriteMetadata(tag, -1L), OfInstructionGotoTable.of(TABLE_FROM_TUNNEL)));
            final var toPeer = List.<OfAction>of(new OfActionSetField(OxmTunnelId.of(segment)),
                new OfActionSetField(tunnelDestination(peer.tunnelIp())), OfActionOutput.to(tunnelOfport));
            for (var mac : peer.macs()) {
                put(TABLE_FROM_LOCAL, PRIORITY_FORWARD, toMac(mac), List.of(new OfInstructionApplyActions(toPeer)));
            }
            flood.addAll(toPeer);
        }
        final var groupAddressed = OfMatch.builder().add(OxmMetadata.of(tag))
            .add(OxmEthDst.masked(GROUP_BIT, GROUP_BIT)).build();
        if (!flood.isEmpty()) {
            put(TABLE_FROM_LOCAL, PRIORITY_FLOOD, groupAddressed, List.of(new OfInstructionApplyActions(flood)));
        }
        if (!floodLocal.isEmpty()) {
            put(TABLE_FROM_TUNNEL, PRIORITY_FLOOD, groupAddressed, List.of(new OfInstructionApplyActions(floodLocal)));
        }
    }

    private OfMatch toMac(final MacAddress mac) {
        // exact metadata, no all-ones mask: the switch reports an all-ones mask as none, and the reconciler compares
        return OfMatch.builder().add(OxmMetadata.of(tag)).ethDst(mac).build();
    }

    private void put(final int table, final int priority, final OfMatch match, final List<OfInstruction> instructions) {
        final var flow = new FlowSpec(table, priority, cookie, match, instructions);
        out.putIfAbsent(flow.key(), flow);
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
