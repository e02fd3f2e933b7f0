/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import com.google.common.net.InetAddresses;
import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.NetworkIntent;
import io.tunnelmesh.tunnel.impl.intent.NodeIntent;
import io.tunnelmesh.tunnel.impl.intent.PortIntent;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlan.PortRef;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

/**
 * Computes what every node must hold, as values, from the intent, the segment plan and the nodes' discovered state.
 * Pure: the same inputs give equal plans, flows in the same order, so that a controller restarted with nothing
 * changed plans exactly what the switches already hold.
 *
 * <p>A node carries a network when it is connected, holds at least one of the network's ports, and can carry the
 * network's encapsulation. A node that cannot is never half-programmed: it gets none of the network's flows, and the
 * network's status names it with the reason. Two carrying nodes tunnel to each other when they share a transport zone
 * (no zone is the default zone) and an address family.
 */
public final class OverlayPlanner {
    private static final String DEFAULT_ZONE = "";

    private OverlayPlanner() {
        // Hidden on purpose
    }

    /**
     * Plans the overlay.
     *
     * @param intent the configuration
     * @param segments the segment of each network
     * @param states what each node has, by name; a node missing here is not connected
     * @return the plan
     */
    public static OverlayPlan plan(final Intent intent, final SegmentPlan segments,
            final Map<String, NodeState> states) {
        final var flows = new TreeMap<String, Map<FlowSpec.Key, FlowSpec>>();
        final var tunnels = new TreeMap<String, Set<Encapsulation>>();
        for (var node : new TreeMap<>(intent.nodes()).keySet()) {
            if (state(states, node).connected()) {
                flows.put(node, baseFlows());
                tunnels.put(node, EnumSet.noneOf(Encapsulation.class));
            }
        }
        final var networkStatus = new HashMap<String, ElementStatus>();
        final var portStatus = new HashMap<PortRef, ElementStatus>();
        final var tags = new HashMap<Long, String>();
        for (var network : new TreeMap<>(intent.networks()).values()) {
            final var segment = segments.networks().get(network.name());
            final ElementStatus blocked;
            if (segment == null || segment.segmentId() == null || segment.status() != Status.Active) {
                blocked = segment == null || segment.status() == Status.Active
                    ? ElementStatus.pending("no segmentation ID allocated yet")
                    : new ElementStatus(segment.status(), segment.reason());
            } else {
                final var holder = tags.putIfAbsent(OverlayPipeline.networkTag(network.name()), network.name());
                blocked = holder == null ? null : ElementStatus.error("the metadata tag of network " + network.name()
                    + " collides with network " + holder + "'s; rename one of them");
            }
            if (blocked != null) {
                networkStatus.put(network.name(), blocked);
                network.ports().keySet().forEach(port -> portStatus.put(new PortRef(network.name(), port),
                    ElementStatus.pending("network " + network.name() + " is not active")));
                continue;
            }
            networkStatus.put(network.name(), planNetwork(intent, network, segment.segmentId(), states, flows,
                tunnels, portStatus));
        }
        final var nodes = new HashMap<String, NodePlan>();
        flows.forEach((node, byKey) -> nodes.put(node,
            new NodePlan(node, tunnels.get(node), List.copyOf(byKey.values()))));
        return new OverlayPlan(nodes, networkStatus, portStatus);
    }

    private static ElementStatus planNetwork(final Intent intent, final NetworkIntent network, final long segment,
            final Map<String, NodeState> states, final Map<String, Map<FlowSpec.Key, FlowSpec>> flows,
            final Map<String, Set<Encapsulation>> tunnels, final Map<PortRef, ElementStatus> portStatus) {
        final var encapsulation = network.encapsulation();
        final var errors = new ArrayList<String>();
        final var pending = new ArrayList<String>();
        final var portsByNode = new TreeMap<String, List<PortIntent>>();
        new TreeMap<>(network.ports()).values().forEach(port ->
            portsByNode.computeIfAbsent(port.node(), node -> new ArrayList<>()).add(port));
        // the nodes that carry the network, with their ports that have an ofport
        final var carriers = new LinkedHashMap<String, List<NetworkFlows.LocalPort>>();
        portsByNode.forEach((node, ports) -> {
            final var state = state(states, node);
            final String problem;
            if (!state.connected()) {
                problem = "node " + node + " is not connected";
                pending.add(problem);
            } else if (state.cannotCarry().containsKey(encapsulation)) {
                problem = "node " + node + " cannot carry " + encapsulation.yangName() + ": "
                    + state.cannotCarry().get(encapsulation);
                errors.add(problem);
            } else {
                problem = null;
                final var local = new ArrayList<NetworkFlows.LocalPort>();
                for (var port : ports) {
                    final var ofport = state.ofports().get(port.iface());
                    final var ref = new PortRef(network.name(), port.name());
                    if (ofport == null) {
                        portStatus.put(ref, ElementStatus.pending("interface " + port.iface() + " has no ofport on "
                            + "node " + node + " yet"));
                    } else {
                        portStatus.put(ref, ElementStatus.ACTIVE);
                        local.add(new NetworkFlows.LocalPort(MacAddress.of(port.macAddress()), ofport));
                    }
                }
                carriers.put(node, local);
            }
            if (problem != null) {
                ports.forEach(port -> portStatus.put(new PortRef(network.name(), port.name()),
                    problem.startsWith("node " + node + " is not") ? ElementStatus.pending(problem)
                        : ElementStatus.error(problem)));
            }
        });
        for (var entry : carriers.entrySet()) {
            final var node = intent.nodes().get(entry.getKey());
            final var peers = new ArrayList<NetworkFlows.Peer>();
            for (var other : carriers.keySet()) {
                final var peer = intent.nodes().get(other);
                if (!other.equals(node.name()) && sameFamily(node, peer) && shareZone(node, peer)) {
                    peers.add(new NetworkFlows.Peer(tunnelIp(peer), portsByNode.get(other).stream()
                        .map(port -> MacAddress.of(port.macAddress())).toList()));
                }
            }
            final var tunnelOfport = state(states, node.name()).tunnelPorts().get(encapsulation);
            if (!peers.isEmpty()) {
                tunnels.get(node.name()).add(encapsulation);
                if (tunnelOfport == null) {
                    pending.add("node " + node.name() + " has no " + encapsulation.yangName() + " tunnel port yet");
                }
            }
            new NetworkFlows(OverlayPipeline.networkTag(network.name()), segment, flows.get(node.name()))
                .add(entry.getValue(), tunnelOfport == null ? 0 : tunnelOfport,
                    tunnelOfport == null ? List.of() : peers);
        }
        if (!errors.isEmpty()) {
            return ElementStatus.error(String.join("; ", errors));
        }
        return pending.isEmpty() ? ElementStatus.ACTIVE : ElementStatus.pending(String.join("; ", pending));
    }

    private static Map<FlowSpec.Key, FlowSpec> baseFlows() {
        final var base = new LinkedHashMap<FlowSpec.Key, FlowSpec>();
        for (int table : new int[] {
            OverlayPipeline.TABLE_CLASSIFY, OverlayPipeline.TABLE_FROM_LOCAL, OverlayPipeline.TABLE_FROM_TUNNEL
        }) {
            final var drop = new FlowSpec(table, OverlayPipeline.PRIORITY_DROP, OverlayPipeline.COOKIE_MARK,
                OfMatch.ALL, List.of());
            base.put(drop.key(), drop);
        }
        return base;
    }

    private static NodeState state(final Map<String, NodeState> states, final String node) {
        final var state = states.get(node);
        return state == null ? NodeState.unknown(node) : state;
    }

    private static boolean shareZone(final NodeIntent one, final NodeIntent other) {
        final var zones = zones(one);
        return zones(other).stream().anyMatch(zones::contains);
    }

    private static Set<String> zones(final NodeIntent node) {
        return node.transportZones().isEmpty() ? Set.of(DEFAULT_ZONE) : node.transportZones();
    }

    private static boolean sameFamily(final NodeIntent one, final NodeIntent other) {
        return tunnelIp(one).getClass() == tunnelIp(other).getClass();
    }

    private static InetAddress tunnelIp(final NodeIntent node) {
        final var text = node.tunnelIp();
        final int zone = text.indexOf('%');
        return InetAddresses.forString(zone < 0 ? text : text.substring(0, zone));
    }
}
