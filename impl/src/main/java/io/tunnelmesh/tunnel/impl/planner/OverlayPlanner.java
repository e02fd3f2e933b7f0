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
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

/**
 * Computes what every node must hold, as values, from the intent, the segment plan and the nodes' discovered state.
 * Pure: the same inputs give equal plans, flows in the same order, so that a controller restarted with nothing
 * changed plans exactly what the switches already hold.
 *
 * <p>A node carries a network when it is connected, holds at least one of the network's ports, and can carry the
 * network's encapsulation. A node that cannot is never half-programmed: it gets none of the network's flows, and the
 * network's status names it with the reason. Two carrying nodes tunnel to each other when they share a transport zone
 * (no zone is the default zone) and an address family. A node hosting the network that is not known yet (not
 * connected since the controller started) gets no flows, but its peers keep tunnelling to it: after a controller
 * restart the nodes come back in any order, and none of them may lose the flows towards one that is still to come.
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
        return plan(intent, segments, states, new ReferenceFlows());
    }

    /**
     * Plans the overlay, the flows of each network assembled by {@code flows}.
     *
     * @param intent the configuration
     * @param segments the segment of each network
     * @param states what each node has, by name; a node missing here is not connected
     * @param flows what turns each network's layout into the nodes' flows
     * @return the plan
     */
    static OverlayPlan plan(final Intent intent, final SegmentPlan segments, final Map<String, NodeState> states,
            final FlowAssembly flows) {
        final var tunnels = new TreeMap<String, Set<Encapsulation>>();
        for (var node : new TreeMap<>(intent.nodes()).keySet()) {
            if (state(states, node).connected()) {
                tunnels.put(node, EnumSet.noneOf(Encapsulation.class));
            }
        }
        flows.start(tunnels.keySet());
        final var networkStatus = new HashMap<String, ElementStatus>();
        final var portStatus = new HashMap<PortRef, ElementStatus>();
        final var tags = new HashMap<Long, String>();
        final var slots = OverlayPipeline.floodSlots(new TreeSet<>(intent.networks().keySet()));
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
            final var layout = layout(intent, network, segment.segmentId(), slots.get(network.name()), states,
                tunnels, portStatus);
            networkStatus.put(network.name(), layout.status());
            flows.network(layout);
        }
        return new OverlayPlan(flows.finish(tunnels), networkStatus, portStatus);
    }

    private static NetworkLayout layout(final Intent intent, final NetworkIntent network, final long segment,
            final int slot, final Map<String, NodeState> states, final Map<String, Set<Encapsulation>> tunnels,
            final Map<PortRef, ElementStatus> portStatus) {
        final var encapsulation = network.encapsulation();
        final var errors = new ArrayList<String>();
        final var pending = new ArrayList<String>();
        final var portsByNode = new TreeMap<String, List<PortIntent>>();
        new TreeMap<>(network.ports()).values().forEach(port ->
            portsByNode.computeIfAbsent(port.node(), node -> new ArrayList<>()).add(port));
        // the nodes that carry the network, with their ports that have an ofport
        final var carriers = new LinkedHashMap<String, List<NetworkFlows.LocalPort>>();
        // nodes not heard of yet (after a restart, before their OVSDB answers): peers keep reaching them, so that a
        // controller restart changes no flow whatever order the nodes come back in; they get flows once known
        final var unknown = new ArrayList<String>();
        // each member's MACs parsed once: its local ports and its peers need them
        final var macs = new HashMap<String, List<MacAddress>>();
        portsByNode.forEach((node, ports) -> {
            final var state = state(states, node);
            final String problem;
            if (!state.connected()) {
                problem = "node " + node + " is not connected";
                pending.add(problem);
                unknown.add(node);
                macs.put(node, macs(ports));
            } else if (state.cannotCarry().containsKey(encapsulation)) {
                problem = "node " + node + " cannot carry " + encapsulation.yangName() + ": "
                    + state.cannotCarry().get(encapsulation);
                errors.add(problem);
            } else {
                problem = null;
                final var parsed = macs(ports);
                macs.put(node, parsed);
                final var local = new ArrayList<NetworkFlows.LocalPort>();
                for (int i = 0; i < parsed.size(); i++) {
                    final var port = ports.get(i);
                    final var ofport = state.ofports().get(port.iface());
                    final var ref = new PortRef(network.name(), port.name());
                    if (ofport == null) {
                        final var waiting = "interface " + port.iface() + " has no ofport on node " + node + " yet";
                        portStatus.put(ref, ElementStatus.pending(waiting));
                        // a port that is not programmed keeps its network from being active everywhere
                        pending.add(waiting);
                    } else {
                        portStatus.put(ref, ElementStatus.ACTIVE);
                        local.add(new NetworkFlows.LocalPort(parsed.get(i), ofport));
                    }
                }
                carriers.put(node, List.copyOf(local));
            }
            if (problem != null) {
                ports.forEach(port -> portStatus.put(new PortRef(network.name(), port.name()),
                    problem.startsWith("node " + node + " is not") ? ElementStatus.pending(problem)
                        : ElementStatus.error(problem)));
            }
        });
        final var members = new TreeSet<>(carriers.keySet());
        members.addAll(unknown);
        final var endpoints = new HashMap<String, Endpoint>();
        members.forEach(node -> endpoints.put(node, new Endpoint(intent.nodes().get(node))));
        final var peers = new HashMap<String, List<String>>();
        final var tunnelOfports = new HashMap<String, Integer>();
        // when every member reaches every other (one address family, no transport zones that split them), a
        // carrier's peers are all members but itself: one shared array, a view each
        final var memberArray = members.toArray(String[]::new);
        final var anyone = memberArray.length == 0 ? null : endpoints.get(memberArray[0]);
        final boolean everyoneReachesEveryone = anyone != null && endpoints.values().stream().allMatch(endpoint ->
            endpoint.ip().getClass() == anyone.ip().getClass() && endpoint.zones().equals(anyone.zones()));
        final var memberIndex = new HashMap<String, Integer>();
        for (int i = 0; i < memberArray.length; i++) {
            memberIndex.put(memberArray[i], i);
        }
        for (var node : carriers.keySet()) {
            final var self = endpoints.get(node);
            final List<String> reached;
            if (everyoneReachesEveryone) {
                reached = new ListWithout<>(memberArray, memberIndex.get(node));
            } else {
                reached = new ArrayList<>();
                for (var other : members) {
                    if (!other.equals(node) && self.reaches(endpoints.get(other))) {
                        reached.add(other);
                    }
                }
            }
            final var tunnelOfport = state(states, node).tunnelPorts().get(encapsulation);
            if (!reached.isEmpty()) {
                tunnels.get(node).add(encapsulation);
                if (tunnelOfport == null) {
                    pending.add("node " + node + " has no " + encapsulation.yangName() + " tunnel port yet");
                }
            }
            peers.put(node, tunnelOfport == null ? List.of() : reached);
            tunnelOfports.put(node, tunnelOfport == null ? Integer.valueOf(0) : tunnelOfport);
        }
        final ElementStatus status;
        if (!errors.isEmpty()) {
            status = ElementStatus.error(String.join("; ", errors));
        } else {
            status = pending.isEmpty() ? ElementStatus.ACTIVE : ElementStatus.pending(String.join("; ", pending));
        }
        final var tunnelIps = new HashMap<String, InetAddress>();
        endpoints.forEach((node, endpoint) -> tunnelIps.put(node, endpoint.ip()));
        return new NetworkLayout(network.name(), OverlayPipeline.networkTag(network.name()), segment, slot, status,
            carriers, macs, tunnelIps, peers, tunnelOfports);
    }

    private static List<MacAddress> macs(final List<PortIntent> ports) {
        final var parsed = new MacAddress[ports.size()];
        for (int i = 0; i < parsed.length; i++) {
            parsed[i] = MacAddress.of(ports.get(i).macAddress());
        }
        return List.of(parsed);
    }

    /** Each table's default drop, first in every node's flows. */
    static final List<FlowSpec> BASE_FLOWS = IntStream.of(OverlayPipeline.TABLE_CLASSIFY,
            OverlayPipeline.TABLE_FROM_LOCAL, OverlayPipeline.TABLE_FROM_TUNNEL)
        .mapToObj(table -> new FlowSpec(table, OverlayPipeline.PRIORITY_DROP, OverlayPipeline.COOKIE_MARK,
            OfMatch.ALL, List.of()))
        .toList();

    private static Map<FlowSpec.Key, FlowSpec> baseFlows() {
        final var base = new LinkedHashMap<FlowSpec.Key, FlowSpec>();
        BASE_FLOWS.forEach(drop -> base.put(drop.key(), drop));
        return base;
    }

    private static NodeState state(final Map<String, NodeState> states, final String node) {
        final var state = states.get(node);
        return state == null ? NodeState.unknown(node) : state;
    }

    private static InetAddress tunnelIp(final NodeIntent node) {
        final var text = node.tunnelIp();
        final int zone = text.indexOf('%');
        return InetAddresses.forString(zone < 0 ? text : text.substring(0, zone));
    }

    /** A carrier's tunnel address and transport zones, parsed once per plan. */
    private record Endpoint(InetAddress ip, Set<String> zones) {
        Endpoint(final NodeIntent node) {
            this(tunnelIp(node), node.transportZones().isEmpty() ? Set.of(DEFAULT_ZONE) : node.transportZones());
        }

        /** Whether this node tunnels to {@code other}: same address family and a shared transport zone. */
        boolean reaches(final Endpoint other) {
            return ip.getClass() == other.ip.getClass()
                && (zones.equals(other.zones) || other.zones.stream().anyMatch(zones::contains));
        }
    }

    /**
     * The reference assembly: each node's flows in a map by key, the first flow of a key kept, and its groups by id.
     */
    private static final class ReferenceFlows implements FlowAssembly {
        private final Map<String, Map<FlowSpec.Key, FlowSpec>> flows = new TreeMap<>();
        private final Map<String, Map<Integer, GroupSpec>> groups = new HashMap<>();

        @Override
        public void start(final Set<String> nodes) {
            nodes.forEach(node -> {
                flows.put(node, baseFlows());
                groups.put(node, new TreeMap<>());
            });
        }

        @Override
        public void network(final NetworkLayout layout) {
            final var builder = new NetworkFlows(layout.tag(), layout.segment(), layout.slot());
            layout.carriers().forEach((node, local) -> builder.add(local, layout.tunnelOfports().get(node),
                layout.peers().get(node).stream().map(peer -> new NetworkFlows.Peer(layout.tunnelIps().get(peer),
                    layout.macs().get(peer), OverlayPipeline.floodChunk(peer))).toList(), flows.get(node),
                groups.get(node)));
        }

        @Override
        public Map<String, NodePlan> finish(final Map<String, Set<Encapsulation>> tunnels) {
            final var nodes = new HashMap<String, NodePlan>();
            flows.forEach((node, byKey) -> nodes.put(node, new NodePlan(node, tunnels.get(node),
                List.copyOf(byKey.values()), List.copyOf(groups.get(node).values()))));
            return nodes;
        }
    }
}
