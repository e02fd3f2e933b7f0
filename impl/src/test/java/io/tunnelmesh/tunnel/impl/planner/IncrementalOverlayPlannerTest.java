/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.NetworkIntent;
import io.tunnelmesh.tunnel.impl.intent.NodeIntent;
import io.tunnelmesh.tunnel.impl.intent.PortIntent;
import io.tunnelmesh.tunnel.impl.reconciler.FlowDiff;
import io.tunnelmesh.tunnel.impl.reconciler.GroupDiff;
import io.tunnelmesh.tunnel.impl.segment.NetworkSegment;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

class IncrementalOverlayPlannerTest {
    // n72 hashes to n1's flood chunk, n71 to n2's: chunks shared and a node's own chunk without itself come up
    private static final List<String> NODES = List.of("n1", "n2", "n3", "n72", "n71");
    private static final List<String> NETWORKS = List.of("a", "b", "c");
    private static final List<Encapsulation> ENCAPSULATIONS = List.of(Encapsulation.VXLAN, Encapsulation.GENEVE);

    /** Random changes, one at a time: every plan equals the full planner's of the same inputs. */
    @Property(tries = 300)
    void everyPlanEqualsTheFullPlan(@ForAll final long seed) {
        final var random = new Random(seed);
        final var world = new World();
        final var planner = new IncrementalOverlayPlanner();
        OverlayPlan previous = null;
        OverlayPlan older = null;
        for (int step = 0; step < 40; step++) {
            world.change(random);
            final var incremental = planner.plan(world.intent(), world.segments(), world.states);
            assertEquals(OverlayPlanner.plan(world.intent(), world.segments(), world.states), incremental,
                "seed " + seed + ", step " + step);
            if (previous != null) {
                assertDiffsByBlocksEqualPlainDiffs(previous, incremental, "seed " + seed + ", step " + step);
            }
            if (older != null) {
                // a reconciler that missed a plan: the views' arrays are not related, the walk decides
                assertDiffsByBlocksEqualPlainDiffs(older, incremental, "seed " + seed + ", steps " + step + "-2");
            }
            older = previous;
            previous = incremental;
        }
    }

    /**
     * {@code FlowDiff.since} of two plans' parts (the views' changes) finds exactly what the walk over their blocks
     * opened finds, and what a diff between plain copies finds.
     */
    private static void assertDiffsByBlocksEqualPlainDiffs(final OverlayPlan before, final OverlayPlan after,
            final String where) {
        after.nodes().forEach((node, plan) -> {
            final var old = before.nodes().get(node);
            if (old == null) {
                return;
            }
            final var byParts = FlowDiff.since(old, plan);
            if (old.flows() instanceof FlowList oldFlows && plan.flows() instanceof FlowList flows) {
                final var walked = FlowDiff.since(new FlowList(oldFlows.blocks()), new FlowList(flows.blocks()))
                    .withGroups(GroupDiff.since(old.groups(), plan.groups()));
                assertEquals(walked.additions(), byParts.additions(), where + ", " + node);
                assertEquals(walked.deletions(), byParts.deletions(), where + ", " + node);
                assertEquals(walked, byParts, where + ", " + node);
            }
            final var plain = FlowDiff.since(new ArrayList<>(old.flows()), new ArrayList<>(plan.flows()));
            assertEquals(plain.additions(), byParts.additions(), where + ", " + node);
            assertEquals(Set.copyOf(plain.deletions()), Set.copyOf(byParts.deletions()), where + ", " + node);
        });
    }

    /** Many nodes, one network: each other node's part of a join is one view, its diff the joiner's block. */
    @Test
    void aJoinChangesOneViewPerNodeAndItsDiffIsTheJoinersBlock() {
        final var world = new World();
        NODES.subList(0, 4).forEach(node -> world.join(node, "a"));
        final var planner = new IncrementalOverlayPlanner();
        final var before = planner.plan(world.intent(), world.segments(), world.states);
        world.join("n71", "a");
        final var after = planner.plan(world.intent(), world.segments(), world.states);
        final var parts = ((FlowList) after.nodes().get("n1").flows()).parts();
        // the drops, the local ports, the peers' view, the flood
        assertEquals(4, parts.size());
        assertTrue(parts.get(2) instanceof SharedBlocks.View);
        final var diff = FlowDiff.since(before.nodes().get("n1"), after.nodes().get("n1"));
        // the joiner's classifier flow and its 2 MACs
        assertEquals(3, diff.additions().size());
        assertEquals(List.of(), diff.deletions());
        world.nodes.remove("n3");
        final var left = planner.plan(world.intent(), world.segments(), world.states);
        final var leave = FlowDiff.since(after.nodes().get("n1"), left.nodes().get("n1"));
        final var plain = FlowDiff.since(new ArrayList<>(after.nodes().get("n1").flows()),
            new ArrayList<>(left.nodes().get("n1").flows()));
        // n3's classifier flow and its 2 MACs at least
        assertTrue(leave.deletions().size() >= 3, leave.toString());
        assertEquals(Set.copyOf(plain.deletions()), Set.copyOf(leave.deletions()));
        assertEquals(plain.additions(), leave.additions());
    }

    /** A join into one network: the other nodes' flows are the old blocks plus the joiner's, nothing else rebuilt. */
    @Test
    void aJoinBuildsTheJoinersFlowsAndOnlyTheFloodsWhoseChunkWasEmpty() {
        final var world = new World();
        for (int node = 0; node < 4; node++) {
            world.join(NODES.get(node), "a");
        }
        final var planner = new IncrementalOverlayPlanner();
        final var before = planner.plan(world.intent(), world.segments(), world.states);
        world.join("n71", "a");
        final var after = planner.plan(world.intent(), world.segments(), world.states);
        assertEquals(OverlayPlanner.plan(world.intent(), world.segments(), world.states), after);
        // the joiner: its 2 local ports x 3 flows, its 2 floods, and the classifier and 2 MACs every peer reaches it
        // by. n71 joins n2's flood chunk 25: n1, n3 and n72 reached n2 there already, so their floods stay; n2's
        // chunk held no peer before, so its 2 floods (one block) are rebuilt with a group more. Groups: chunk 25's
        // shared one (n2, n71), n2's own (n71) and the joiner's own (n2); its chunks 0 and 38 are the shared ones
        assertEquals(new IncrementalOverlayPlanner.Counters(6 + 2 + 3 + 2, 3, 5, 5),
            planner.lastCounters());
        final var unchanged = planner.plan(world.intent(), world.segments(), world.states);
        after.nodes().forEach((node, plan) -> assertSame(plan, unchanged.nodes().get(node), node));
        assertEquals(0, planner.lastCounters().flowsBuilt());
        assertTrue(before.nodes().get("n1").flows().size() < after.nodes().get("n1").flows().size());
    }

    /** Inputs the changes pick from: few names, so that MACs, addresses and segments sometimes collide. */
    private static final class World {
        final Map<String, NodeIntent> nodes = new HashMap<>();
        final Map<String, Map<String, PortIntent>> ports = new HashMap<>();
        final Map<String, Encapsulation> encapsulations = new HashMap<>();
        final Map<String, NetworkSegment> segmentOf = new HashMap<>();
        final Map<String, NodeState> states = new HashMap<>();

        World() {
            NETWORKS.forEach(network -> {
                ports.put(network, new HashMap<>());
                encapsulations.put(network, Encapsulation.VXLAN);
                segmentOf.put(network, new NetworkSegment(network, 5000L + NETWORKS.indexOf(network), Status.Active,
                    null));
            });
        }

        void join(final String node, final String network) {
            nodes.put(node, OverlayFixtures.node(node, "192.0.2." + (NODES.indexOf(node) + 1)));
            final var ofports = new HashMap<String, Integer>();
            for (int port = 1; port <= 2; port++) {
                final var name = node + "-" + network + port;
                ports.get(network).put(name, new PortIntent(name, node, "tap-" + name,
                    String.format("02:00:00:00:%02x:%02x", NODES.indexOf(node), port), List.of()));
                ofports.put("tap-" + name, port);
            }
            states.put(node, new NodeState(node, true, Map.of(), Map.of(Encapsulation.VXLAN, 100), ofports));
        }

        void change(final Random random) {
            final var node = NODES.get(random.nextInt(NODES.size()));
            final var network = NETWORKS.get(random.nextInt(NETWORKS.size()));
            switch (random.nextInt(8)) {
                case 0 -> nodes.put(node, OverlayFixtures.node(node, random.nextInt(10) == 0 ? "2001:db8::1"
                    : "192.0.2." + (1 + random.nextInt(random.nextInt(8) == 0 ? 3 : 9)),
                    random.nextInt(4) == 0 ? new String[] {"z" + random.nextInt(2)} : new String[0]));
                case 1 -> nodes.remove(node);
                case 2, 3 -> {
                    final var name = "p" + random.nextInt(12);
                    ports.get(network).put(name, new PortIntent(name, node, "tap-" + random.nextInt(12),
                        String.format("02:00:00:00:00:%02x", random.nextInt(random.nextInt(6) == 0 ? 4 : 40)),
                        List.of()));
                }
                case 4 -> ports.get(network).remove("p" + random.nextInt(12));
                case 5 -> {
                    final var ofports = new HashMap<String, Integer>();
                    for (int iface = 0; iface < 12; iface++) {
                        if (random.nextInt(3) > 0) {
                            ofports.put("tap-" + iface, 1 + random.nextInt(20));
                        }
                    }
                    final var tunnels = new HashMap<Encapsulation, Integer>();
                    ENCAPSULATIONS.forEach(encapsulation -> {
                        if (random.nextInt(5) > 0) {
                            tunnels.put(encapsulation, 100 + random.nextInt(2));
                        }
                    });
                    states.put(node, new NodeState(node, random.nextInt(6) > 0,
                        random.nextInt(8) == 0 ? Map.of(Encapsulation.GENEVE, "no geneve") : Map.of(), tunnels,
                        ofports));
                }
                case 6 -> segmentOf.put(network, new NetworkSegment(network, 5000L + random.nextInt(4),
                    random.nextInt(8) == 0 ? Status.Pending : Status.Active, null));
                default -> encapsulations.put(network, ENCAPSULATIONS.get(random.nextInt(2)));
            }
        }

        Intent intent() {
            final var networks = new HashMap<String, NetworkIntent>();
            NETWORKS.forEach(network -> networks.put(network, new NetworkIntent(network, encapsulations.get(network),
                null, ports.get(network).values().stream().filter(port -> nodes.containsKey(port.node()))
                    .collect(Collectors.toMap(PortIntent::name, port -> port)))));
            return new Intent(List.of(), Map.copyOf(nodes), networks);
        }

        SegmentPlan segments() {
            return new SegmentPlan(Map.of(), Map.copyOf(segmentOf));
        }
    }
}
