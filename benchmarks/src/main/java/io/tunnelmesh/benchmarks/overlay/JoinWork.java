/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.benchmarks.overlay;

import io.tunnelmesh.tunnel.impl.intent.IntentValidator;
import io.tunnelmesh.tunnel.impl.planner.IncrementalOverlayPlanner;
import io.tunnelmesh.tunnel.impl.reconciler.FlowDiff;
import io.tunnelmesh.tunnel.impl.reconciler.GroupDiff;
import io.tunnelmesh.tunnel.impl.segment.NetworkSegment;
import io.tunnelmesh.tunnel.impl.segment.SegmentAllocationPlanner;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

/**
 * The controller's own work for one node joining an N-node mesh (one network, P ports per node, every node
 * connected), step by step as a change goes through the service: the commit's validation of the new intent against
 * the old, the segment planning, the incremental replan from N to N + 1 nodes, and the diff of every node's plan
 * (what the reconciler computes before it encodes). Each the best of {@value #ROUNDS} rounds after a warm-up, so
 * that the figures are the work, not the JIT or the collector. Also the retained size of the N-node plan.
 *
 * <p>{@code ./benchmarks/run join-work [N,N,...] [ports per node]}: e.g. {@code 100,300,1000,3000 10}. Linear work
 * per join shows as time per node (the last column) staying flat as N grows.
 */
public final class JoinWork {
    private static final int ROUNDS = 7;

    private JoinWork() {
        // Hidden on purpose
    }

    /**
     * Prints the work for each N.
     *
     * @param args the node counts, comma-separated (default 100,300,1000), and the ports per node (default 10)
     */
    // a benchmark reports on standard output
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    public static void main(final String[] args) {
        final var counts = (args.length > 0 ? args[0] : "100,300,1000").split(",");
        final int ports = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.println("nodes  ports/node  validate ms  segments ms  plan ms  diff ms  total ms  flows built"
            + "  flows diffed  groups built  groups diffed  plan MB  total us/node");
        for (var text : counts) {
            final int nodes = Integer.parseInt(text.strip());
            final var segments = new SegmentPlan(Map.of(), Map.of("net", new NetworkSegment("net", 5000L,
                Status.Active, null)));
            // the first runs warm the code up
            measure(nodes, ports, segments);
            final var work = measure(nodes, ports, segments);
            final long total = work[0] + work[1] + work[2] + work[3];
            System.out.printf(Locale.ROOT, "%5d  %10d  %11.2f  %11.2f  %7.2f  %7.2f  %8.2f  %11d  %12d  %12d"
                + "  %13d  %7.1f  %13.1f%n", nodes, ports, work[0] / 1e6, work[1] / 1e6, work[2] / 1e6,
                work[3] / 1e6, total / 1e6, work[4], work[5], work[7], work[8], work[6] / 1e6, total / 1e3 / nodes);
        }
    }

    /**
     * The work of one join.
     *
     * @return validate, segments, plan and diff nanos, flows built, flows diffed (additions and deletions), plan
     *     bytes, groups built, groups diffed (group-mods)
     */
    static long[] measure(final int nodes, final int ports, final SegmentPlan segments) {
        final var before = OverlayConvergence.intent(nodes, ports);
        final var after = OverlayConvergence.intent(nodes + 1, ports);
        final var states = OverlayConvergence.states(nodes + 1, ports);
        long validateBest = Long.MAX_VALUE;
        long segmentsBest = Long.MAX_VALUE;
        long planBest = Long.MAX_VALUE;
        long diffBest = Long.MAX_VALUE;
        long built = 0;
        long diffed = 0;
        long groupsBuilt = 0;
        long groupsDiffed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            final long validateStart = System.nanoTime();
            if (!IntentValidator.validate(after, before, Map.of()).isEmpty()) {
                throw new IllegalStateException("the joined intent must be valid");
            }
            validateBest = Math.min(validateBest, System.nanoTime() - validateStart);
            final long segmentsStart = System.nanoTime();
            SegmentAllocationPlanner.plan(after, segments.allocations());
            segmentsBest = Math.min(segmentsBest, System.nanoTime() - segmentsStart);

            final var planner = new IncrementalOverlayPlanner();
            final var first = planner.plan(before, segments, states);
            final long planStart = System.nanoTime();
            final var second = planner.plan(after, segments, states);
            planBest = Math.min(planBest, System.nanoTime() - planStart);
            built = planner.lastCounters().flowsBuilt();
            groupsBuilt = planner.lastCounters().groupsBuilt();
            final long diffStart = System.nanoTime();
            long changes = 0;
            long groupChanges = 0;
            for (var entry : second.nodes().entrySet()) {
                final var old = first.nodes().get(entry.getKey());
                if (old != entry.getValue()) {
                    final var now = entry.getValue();
                    final var diff = old == null ? FlowDiff.since(List.of(), now.flows())
                        .withGroups(GroupDiff.since(List.of(), now.groups())) : FlowDiff.since(old, now);
                    changes += diff.additions().size() + diff.deletions().size();
                    groupChanges += diff.groups().size();
                }
            }
            diffBest = Math.min(diffBest, System.nanoTime() - diffStart);
            diffed = changes;
            groupsDiffed = groupChanges;
        }
        final var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        final long empty = memory.getHeapMemoryUsage().getUsed();
        final var held = new IncrementalOverlayPlanner().plan(before, segments, states);
        System.gc();
        final long full = memory.getHeapMemoryUsage().getUsed();
        if (held.nodes().size() != nodes) {
            throw new IllegalStateException("planned " + held.nodes().size() + " nodes");
        }
        return new long[] {validateBest, segmentsBest, planBest, diffBest, built, diffed, full - empty, groupsBuilt,
            groupsDiffed};
    }
}
