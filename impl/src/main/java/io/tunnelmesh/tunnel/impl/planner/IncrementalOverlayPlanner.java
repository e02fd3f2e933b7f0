/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link OverlayPlanner} for a stream of inputs: each plan equals {@code OverlayPlanner.plan} of the same inputs,
 * but builds only the flows whose inputs changed since the previous plan and reuses the rest by identity. The flows
 * that reach a peer are built once per peer (and tunnel ofport) and shared by every node that reaches it; a node
 * whose blocks all stayed the same keeps its {@link NodePlan} instance; the nodes' flows are {@link FlowList}s.
 * A node joining an N-node network so builds its own ~10 N flow references, one block for its peers to share and N
 * flood flows: O(N) flows, where a full plan builds O(N^2).
 *
 * <p>The sharing relies on no two flows of a node having the same key (table, priority, match), where the full
 * planner keeps the first. Only a configuration the API lets through but that makes no sense gives such pairs (one
 * MAC twice in a network, two carriers with one tunnel address, two networks with one segment, one port with one
 * MAC in two networks): for it this planner returns the full planner's plan. Not thread-safe: one caller at a time.
 */
public final class IncrementalOverlayPlanner {
    private Map<String, NetworkCache> networks = new HashMap<>();
    private Map<String, NodeEntry> nodes = new HashMap<>();
    private Counters last = new Counters(0, 0, 0);

    /**
     * What the last plan did.
     *
     * @param flowsBuilt flows built anew (the rest were reused)
     * @param nodesChanged nodes whose plan is a new instance
     * @param nodes nodes planned
     */
    public record Counters(long flowsBuilt, int nodesChanged, int nodes) {
    }

    /**
     * Plans the overlay.
     *
     * @param intent the configuration
     * @param segments the segment of each network
     * @param states what each node has, by name; a node missing here is not connected
     * @return the plan, equal to {@link OverlayPlanner#plan}'s
     */
    public OverlayPlan plan(final Intent intent, final SegmentPlan segments, final Map<String, NodeState> states) {
        final var assembly = new Assembly();
        final var plan = OverlayPlanner.plan(intent, segments, states, assembly);
        if (assembly.overlapping) {
            networks = new HashMap<>();
            nodes = new HashMap<>();
            final var full = OverlayPlanner.plan(intent, segments, states);
            last = new Counters(full.nodes().values().stream().mapToLong(node -> node.flows().size()).sum(),
                full.nodes().size(), full.nodes().size());
            return full;
        }
        networks = assembly.nextNetworks;
        nodes = assembly.nextNodes;
        last = new Counters(assembly.flowsBuilt, assembly.nodesChanged, plan.nodes().size());
        return plan;
    }

    /**
     * What the last plan did.
     *
     * @return its counters
     */
    public Counters lastCounters() {
        return last;
    }

    /** One plan's assembly: reads the previous plan's caches, fills the next ones. */
    private final class Assembly implements FlowAssembly {
        final Map<String, NetworkCache> nextNetworks = new HashMap<>();
        final Map<String, NodeEntry> nextNodes = new HashMap<>();
        final Map<String, ArrayList<List<FlowSpec>>> blocks = new HashMap<>();
        final Set<Long> segmentsSeen = new HashSet<>();
        final Set<LocalKey> localSeen = new HashSet<>();
        boolean overlapping;
        long flowsBuilt;
        int nodesChanged;

        @Override
        public void start(final Set<String> connected) {
            connected.forEach(node -> {
                final var list = new ArrayList<List<FlowSpec>>();
                list.add(OverlayPlanner.BASE_FLOWS);
                blocks.put(node, list);
            });
        }

        @Override
        public void network(final NetworkLayout layout) {
            if (overlapping || overlaps(layout)) {
                overlapping = true;
                return;
            }
            final var previous = networks.get(layout.network());
            final var old = previous != null && previous.tag == layout.tag() && previous.segment == layout.segment()
                ? previous : new NetworkCache(layout.tag(), layout.segment());
            final var next = new NetworkCache(layout.tag(), layout.segment());
            nextNetworks.put(layout.network(), next);
            final var builder = new NetworkFlows(layout.tag(), layout.segment());
            final var alignedPeers = new HashMap<Integer, Aligned>();
            layout.carriers().forEach((node, ports) -> {
                final var oldLocal = old.local.get(node);
                final var local = oldLocal != null && oldLocal.ports.equals(ports) ? oldLocal
                    : new LocalEntry(ports, built(builder.local(ports)));
                next.local.put(node, local);
                final int tunnelOfport = layout.tunnelOfports().get(node);
                final var oldByName = old.peers.getOrDefault(tunnelOfport, Map.of());
                final var byName = next.peers.computeIfAbsent(tunnelOfport, ofport -> new HashMap<>());
                final var peerNames = layout.peers().get(node);
                final List<NetworkFlows.PeerFlows> reached;
                if (peerNames instanceof ListWithout<String> allOthers) {
                    // every member but this node: the members' blocks once per tunnel ofport, a view for each node
                    final var aligned = alignedPeers.computeIfAbsent(tunnelOfport, ofport -> {
                        final var names = allOthers.shared();
                        final var flows = new NetworkFlows.PeerFlows[names.length];
                        for (int i = 0; i < names.length; i++) {
                            flows[i] = peerEntry(layout, builder, tunnelOfport, names[i], byName, oldByName).flows;
                        }
                        return new Aligned(names, flows);
                    });
                    if (aligned.names != allOthers.shared()) {
                        throw new IllegalStateException("carriers of one network share one member array");
                    }
                    reached = new ListWithout<>(aligned.flows, allOthers.skipped());
                } else {
                    final var list = new ArrayList<NetworkFlows.PeerFlows>(peerNames.size());
                    for (var peer : peerNames) {
                        list.add(peerEntry(layout, builder, tunnelOfport, peer, byName, oldByName).flows);
                    }
                    reached = list;
                }
                final var oldFlood = old.flood.get(node);
                final var flood = oldFlood != null && oldFlood.local == local && sameInstances(oldFlood.peers, reached)
                    ? oldFlood : new FloodEntry(local, reached, built(builder.flood(ports, reached)));
                next.flood.put(node, flood);
                final var nodeBlocks = blocks.get(node);
                nodeBlocks.ensureCapacity(nodeBlocks.size() + reached.size() + 2);
                nodeBlocks.add(local.flows);
                reached.forEach(peer -> nodeBlocks.add(peer.flows()));
                nodeBlocks.add(flood.flows);
            });
        }

        @Override
        public Map<String, NodePlan> finish(final Map<String, Set<Encapsulation>> tunnels) {
            final var plans = new HashMap<String, NodePlan>();
            blocks.forEach((node, list) -> {
                final var old = nodes.get(node);
                final NodeEntry entry;
                if (old != null && sameInstances(old.blocks, list)
                        && old.plan.tunnelPorts().equals(tunnels.get(node))) {
                    entry = old;
                } else {
                    entry = new NodeEntry(list, new NodePlan(node, tunnels.get(node), new FlowList(list)));
                    nodesChanged++;
                }
                nextNodes.put(node, entry);
                plans.put(node, entry.plan);
            });
            return plans;
        }

        /** The flows that reach a peer through a tunnel ofport: made once per plan, reused from the last plan. */
        private PeerEntry peerEntry(final NetworkLayout layout, final NetworkFlows builder, final int tunnelOfport,
                final String peer, final Map<String, PeerEntry> byName, final Map<String, PeerEntry> oldByName) {
            var entry = byName.get(peer);
            if (entry == null) {
                final var ip = layout.tunnelIps().get(peer);
                final var macs = layout.macs().get(peer);
                entry = oldByName.get(peer);
                if (entry == null || !entry.ip.equals(ip) || !entry.macs.equals(macs)) {
                    final var flows = builder.peer(tunnelOfport, new NetworkFlows.Peer(ip, macs));
                    built(flows.flows());
                    entry = new PeerEntry(ip, macs, flows);
                }
                byName.put(peer, entry);
            }
            return entry;
        }

        private List<FlowSpec> built(final List<FlowSpec> flows) {
            flowsBuilt += flows.size();
            return flows;
        }

        /** Whether the network would give a node two flows with one key (see the class comment). */
        private boolean overlaps(final NetworkLayout layout) {
            if (!segmentsSeen.add(layout.segment())) {
                return true;
            }
            final var macs = new HashSet<MacAddress>();
            final var ips = new HashSet<InetAddress>();
            for (var entry : layout.carriers().entrySet()) {
                final var node = entry.getKey();
                if (!entry.getValue().stream().allMatch(port -> localSeen.add(new LocalKey(node, port)))) {
                    return true;
                }
            }
            // carriers and the nodes not known yet that they reach
            for (var node : layout.macs().keySet()) {
                if (!ips.add(layout.tunnelIps().get(node)) || !layout.macs().get(node).stream().allMatch(macs::add)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean sameInstances(final List<?> one, final List<?> other) {
        if (one.size() != other.size()) {
            return false;
        }
        for (int i = 0; i < one.size(); i++) {
            if (one.get(i) != other.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** A network's blocks of the last plan, for as long as its tag and segment stay. */
    private static final class NetworkCache {
        final long tag;
        final long segment;
        final Map<String, LocalEntry> local = new HashMap<>();
        /** By tunnel ofport, then by peer. */
        final Map<Integer, Map<String, PeerEntry>> peers = new HashMap<>();
        final Map<String, FloodEntry> flood = new HashMap<>();

        NetworkCache(final long tag, final long segment) {
            this.tag = tag;
            this.segment = segment;
        }
    }

    /** The peer blocks of a network's members through one tunnel ofport, aligned with the member array. */
    private record Aligned(String[] names, NetworkFlows.PeerFlows[] flows) {
    }

    private record LocalEntry(List<NetworkFlows.LocalPort> ports, List<FlowSpec> flows) {
    }

    private record PeerEntry(InetAddress ip, List<MacAddress> macs, NetworkFlows.PeerFlows flows) {
    }

    private record FloodEntry(LocalEntry local, List<NetworkFlows.PeerFlows> peers, List<FlowSpec> flows) {
    }

    private record NodeEntry(List<List<FlowSpec>> blocks, NodePlan plan) {
    }

    private record LocalKey(String node, NetworkFlows.LocalPort port) {
    }
}
