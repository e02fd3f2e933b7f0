/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static io.tunnelmesh.tunnel.impl.planner.OverlayPipeline.FLOOD_CHUNKS;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link OverlayPlanner} for a stream of inputs: each plan equals {@code OverlayPlanner.plan} of the same inputs,
 * but builds only the flows whose inputs changed since the previous plan and reuses the rest by identity. The flows
 * that reach a peer are built once per peer (and tunnel ofport) and shared by every node that reaches it; a node
 * whose blocks all stayed the same keeps its {@link NodePlan} instance; the nodes' flows are {@link FlowList}s.
 * A flood group of a chunk is built once per network, tunnel ofport and chunk and shared by every node outside the
 * chunk; a node's own chunk gets a variant without the node. Where every member of a network reaches every other,
 * the members' peer blocks are one {@link SharedBlocks} array per tunnel ofport, and each carrier's flows hold a view
 * of it without the carrier's own block, not N block references: the array is compared with the previous plan's
 * once, and each node's {@code FlowDiff.since} takes its changed blocks from that. A node joining an N-node network
 * so builds its own ~10 N flow references and 64 group references, one block for its peers to share, one array, and
 * on each other node one view, one group (its chunk's, about N / 64 buckets) and the flood flow only where that chunk
 * was empty: O(N) in all, where a full plan builds O(N^2) flows.
 *
 * <p>The sharing relies on no two flows of a node having the same key (table, priority, match), where the full
 * planner keeps the first. Only a configuration the API lets through but that makes no sense gives such pairs (one
 * MAC twice in a network, two carriers with one tunnel address, two networks with one segment, one port with one
 * MAC in two networks): for it this planner returns the full planner's plan. Not thread-safe: one caller at a time.
 */
public final class IncrementalOverlayPlanner {
    private Map<String, NetworkCache> networks = new HashMap<>();
    private Map<String, NodeEntry> nodes = new HashMap<>();
    private Counters last = new Counters(0, 0, 0, 0);

    /**
     * What the last plan did.
     *
     * @param flowsBuilt flows built anew (the rest were reused)
     * @param groupsBuilt groups built anew (the rest were reused)
     * @param nodesChanged nodes whose plan is a new instance
     * @param nodes nodes planned
     */
    public record Counters(long flowsBuilt, long groupsBuilt, int nodesChanged, int nodes) {
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
                full.nodes().values().stream().mapToLong(node -> node.groups().size()).sum(), full.nodes().size(),
                full.nodes().size());
            return full;
        }
        networks = assembly.nextNetworks;
        nodes = assembly.nextNodes;
        last = new Counters(assembly.flowsBuilt, assembly.groupsBuilt, assembly.nodesChanged, plan.nodes().size());
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
        final Map<String, ArrayList<GroupSpec>> groups = new HashMap<>();
        final Set<Long> segmentsSeen = new HashSet<>();
        final Set<LocalKey> localSeen = new HashSet<>();
        boolean overlapping;
        long flowsBuilt;
        long groupsBuilt;
        int nodesChanged;

        @Override
        public void start(final Set<String> connected) {
            connected.forEach(node -> {
                final var list = new ArrayList<List<FlowSpec>>();
                list.add(OverlayPlanner.BASE_FLOWS);
                blocks.put(node, list);
                groups.put(node, new ArrayList<>());
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
                && previous.slot == layout.slot() ? previous
                : new NetworkCache(layout.tag(), layout.segment(), layout.slot());
            final var next = new NetworkCache(layout.tag(), layout.segment(), layout.slot());
            nextNetworks.put(layout.network(), next);
            final var builder = new NetworkFlows(layout.tag(), layout.segment(), layout.slot());
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
                final var oldChunks = old.chunks.get(node);
                final var chunks = new ChunkGroup[FLOOD_CHUNKS];
                final var nodeBlocks = blocks.get(node);
                final List<FlowSpec> peerBlocks;
                if (peerNames instanceof ListWithout<String> allOthers) {
                    // every member but this node: the members' blocks and chunk groups once per tunnel ofport, a
                    // view for each node, and the node's own chunk without itself
                    final var aligned = alignedPeers.computeIfAbsent(tunnelOfport, ofport -> {
                        final var names = allOthers.shared();
                        final var flows = new NetworkFlows.PeerFlows[names.length];
                        for (int i = 0; i < names.length; i++) {
                            flows[i] = peerEntry(layout, builder, tunnelOfport, names[i], byName, oldByName).flows;
                        }
                        final var shared = sharedChunks(builder, flows, old.shared.get(ofport));
                        next.shared.put(ofport, shared);
                        @SuppressWarnings("unchecked")
                        final List<FlowSpec>[] lists = new List[flows.length];
                        for (int i = 0; i < flows.length; i++) {
                            lists[i] = flows[i].flows();
                        }
                        final var sharedBlocks = SharedBlocks.of(lists, old.blocks.get(ofport));
                        next.blocks.put(ofport, sharedBlocks);
                        return new Aligned(names, flows, shared, sharedBlocks);
                    });
                    if (aligned.names != allOthers.shared()) {
                        throw new IllegalStateException("carriers of one network share one member array");
                    }
                    // a view of the network's one array: O(1) here, and the node's diff costs what changed
                    final var view = aligned.blocks.without(allOthers.skipped(), old.views.get(node));
                    next.views.put(node, view);
                    peerBlocks = view;
                    final var self = aligned.flows[allOthers.skipped()];
                    System.arraycopy(aligned.chunks, 0, chunks, 0, FLOOD_CHUNKS);
                    final int own = self.chunk();
                    final var withSelf = aligned.chunks[own].peers;
                    final var others = new ArrayList<NetworkFlows.PeerFlows>(withSelf.size() - 1);
                    for (var peer : withSelf) {
                        if (peer != self) {
                            others.add(peer);
                        }
                    }
                    chunks[own] = chunkGroup(builder, own, others, oldChunks == null ? null : oldChunks[own]);
                } else {
                    final var list = new ArrayList<NetworkFlows.PeerFlows>(peerNames.size());
                    for (var peer : peerNames) {
                        list.add(peerEntry(layout, builder, tunnelOfport, peer, byName, oldByName).flows);
                    }
                    peerBlocks = null;
                    nodeBlocks.ensureCapacity(nodeBlocks.size() + list.size() + 2);
                    nodeBlocks.add(local.flows);
                    list.forEach(peer -> nodeBlocks.add(peer.flows()));
                    final var byChunk = byChunk(list);
                    for (int chunk = 0; chunk < FLOOD_CHUNKS; chunk++) {
                        chunks[chunk] = chunkGroup(builder, chunk, byChunk.get(chunk),
                            oldChunks == null ? null : oldChunks[chunk]);
                    }
                }
                next.chunks.put(node, chunks);
                final var nodeGroups = groups.get(node);
                final var floodGroups = new ArrayList<GroupSpec>();
                long nonEmpty = 0;
                for (int chunk = 0; chunk < FLOOD_CHUNKS; chunk++) {
                    if (chunks[chunk] != null) {
                        nonEmpty |= 1L << chunk;
                        floodGroups.add(chunks[chunk].group);
                    }
                }
                nodeGroups.addAll(floodGroups);
                final var oldFlood = old.flood.get(node);
                final var flood = oldFlood != null && oldFlood.local == local && oldFlood.nonEmpty == nonEmpty
                    ? oldFlood : new FloodEntry(local, nonEmpty, built(builder.flood(ports, floodGroups)));
                next.flood.put(node, flood);
                if (peerBlocks != null) {
                    nodeBlocks.add(local.flows);
                    nodeBlocks.add(peerBlocks);
                }
                nodeBlocks.add(flood.flows);
            });
        }

        /** The chunk groups of every member through one tunnel ofport, for the nodes outside each chunk. */
        private @Nullable ChunkGroup[] sharedChunks(final NetworkFlows builder,
                final NetworkFlows.PeerFlows[] flows, final @Nullable ChunkGroup @Nullable [] old) {
            final var byChunk = byChunk(List.of(flows));
            final var chunks = new ChunkGroup[FLOOD_CHUNKS];
            for (int chunk = 0; chunk < FLOOD_CHUNKS; chunk++) {
                chunks[chunk] = chunkGroup(builder, chunk, byChunk.get(chunk), old == null ? null : old[chunk]);
            }
            return chunks;
        }

        /** The group of one chunk's peers, the last plan's while they are the same instances; none without peers. */
        private @Nullable ChunkGroup chunkGroup(final NetworkFlows builder, final int chunk,
                final List<NetworkFlows.PeerFlows> peers, final @Nullable ChunkGroup old) {
            if (peers.isEmpty()) {
                return null;
            }
            if (old != null && sameInstances(old.peers, peers)) {
                return old;
            }
            final var buckets = new ArrayList<OfBucket>(peers.size());
            peers.forEach(peer -> buckets.add(peer.bucket()));
            groupsBuilt++;
            return new ChunkGroup(peers, builder.group(chunk, buckets));
        }

        @Override
        public Map<String, NodePlan> finish(final Map<String, Set<Encapsulation>> tunnels) {
            final var plans = new HashMap<String, NodePlan>();
            blocks.forEach((node, list) -> {
                final var old = nodes.get(node);
                final NodeEntry entry;
                final var nodeGroups = groups.get(node);
                // each network's groups come in chunk order; networks by slot, which is not name order
                nodeGroups.sort(Comparator.comparingInt(GroupSpec::groupId));
                if (old != null && sameInstances(old.blocks, list) && sameInstances(old.plan.groups(), nodeGroups)
                        && old.plan.tunnelPorts().equals(tunnels.get(node))) {
                    entry = old;
                } else {
                    entry = new NodeEntry(list, new NodePlan(node, tunnels.get(node), new FlowList(list),
                        nodeGroups));
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
                    final var flows = builder.peer(tunnelOfport, new NetworkFlows.Peer(ip, macs,
                        OverlayPipeline.floodChunk(peer)));
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

    /** The peers of each chunk, in order. */
    private static List<List<NetworkFlows.PeerFlows>> byChunk(final List<NetworkFlows.PeerFlows> peers) {
        final var byChunk = new ArrayList<List<NetworkFlows.PeerFlows>>(FLOOD_CHUNKS);
        for (int chunk = 0; chunk < FLOOD_CHUNKS; chunk++) {
            byChunk.add(new ArrayList<>());
        }
        peers.forEach(peer -> byChunk.get(peer.chunk()).add(peer));
        return byChunk;
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

    /** A network's blocks and groups of the last plan, for as long as its tag, segment and slot stay. */
    private static final class NetworkCache {
        final long tag;
        final long segment;
        final int slot;
        final Map<String, LocalEntry> local = new HashMap<>();
        /** By tunnel ofport, then by peer. */
        final Map<Integer, Map<String, PeerEntry>> peers = new HashMap<>();
        /** Each member's chunk groups by tunnel ofport, for the nodes outside each chunk. */
        final Map<Integer, ChunkGroup[]> shared = new HashMap<>();
        /** Each carrier's chunk groups, by chunk, null where it has no peer. */
        final Map<String, ChunkGroup[]> chunks = new HashMap<>();
        final Map<String, FloodEntry> flood = new HashMap<>();
        /** Each member's peer blocks by tunnel ofport, aligned with the member array. */
        final Map<Integer, SharedBlocks> blocks = new HashMap<>();
        /** Each carrier's view of its tunnel ofport's blocks, where it reaches every other member. */
        final Map<String, SharedBlocks.View> views = new HashMap<>();

        NetworkCache(final long tag, final long segment, final int slot) {
            this.tag = tag;
            this.segment = segment;
            this.slot = slot;
        }
    }

    /**
     * The peer blocks of a network's members through one tunnel ofport, aligned with the member array, and their
     * chunk groups.
     */
    private record Aligned(String[] names, NetworkFlows.PeerFlows[] flows, ChunkGroup[] chunks,
            SharedBlocks blocks) {
    }

    /** A flood group and the peers its buckets reach, in order. */
    private record ChunkGroup(List<NetworkFlows.PeerFlows> peers, GroupSpec group) {
    }

    private record LocalEntry(List<NetworkFlows.LocalPort> ports, List<FlowSpec> flows) {
    }

    private record PeerEntry(InetAddress ip, List<MacAddress> macs, NetworkFlows.PeerFlows flows) {
    }

    /** A node's flood flows of a network: its local ports and the chunks it has a group for (bit per chunk). */
    private record FloodEntry(LocalEntry local, long nonEmpty, List<FlowSpec> flows) {
    }

    private record NodeEntry(List<List<FlowSpec>> blocks, NodePlan plan) {
    }

    private record LocalKey(String node, NetworkFlows.LocalPort port) {
    }
}
