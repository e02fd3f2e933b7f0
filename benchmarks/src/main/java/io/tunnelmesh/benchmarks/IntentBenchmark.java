/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.benchmarks;

import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.IntentValidator;
import io.tunnelmesh.tunnel.impl.intent.IntentViolation;
import io.tunnelmesh.tunnel.impl.intent.NetworkIntent;
import io.tunnelmesh.tunnel.impl.intent.NodeIntent;
import io.tunnelmesh.tunnel.impl.intent.PortIntent;
import io.tunnelmesh.tunnel.impl.intent.SegmentRange;
import io.tunnelmesh.tunnel.impl.segment.SegmentAllocationPlanner;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of validating and planning a whole overlay, as every commit does: {@code nodes} nodes, ten networks per
 * hundred nodes (half with explicit segment IDs), and {@code portsPerNode} ports per node spread over the networks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IntentBenchmark {
    @Param({ "100", "1000", "5000" })
    int nodes;

    @Param({ "10" })
    int portsPerNode;

    private Intent intent = Intent.EMPTY;
    private SegmentPlan previousPlan = new SegmentPlan(Map.of(), Map.of());

    @Setup
    public void setUp() {
        final var nodeMap = new HashMap<String, NodeIntent>();
        for (int i = 0; i < nodes; i++) {
            final var name = "compute-" + i;
            nodeMap.put(name, new NodeIntent(name, "10." + (i >> 16 & 0xff) + '.' + (i >> 8 & 0xff) + '.'
                + (i & 0xff), null, NodeIntent.DEFAULT_BRIDGE, Set.of()));
        }
        final int networkCount = Math.max(1, nodes / 10);
        final var ports = new HashMap<Integer, Map<String, PortIntent>>();
        int mac = 0;
        for (int node = 0; node < nodes; node++) {
            for (int p = 0; p < portsPerNode; p++) {
                final var network = (node * portsPerNode + p) % networkCount;
                final var name = "port-" + node + '-' + p;
                ports.computeIfAbsent(network, unused -> new HashMap<>()).put(name, new PortIntent(name,
                    "compute-" + node, "tap" + p, String.format(Locale.ROOT, "02:00:%02x:%02x:%02x:%02x",
                        mac >> 24 & 0xff, mac >> 16 & 0xff, mac >> 8 & 0xff, mac & 0xff), List.of()));
                mac++;
            }
        }
        final var networks = new HashMap<String, NetworkIntent>();
        for (int n = 0; n < networkCount; n++) {
            final var name = "net-" + n;
            networks.put(name, new NetworkIntent(name, Encapsulation.VXLAN, n % 2 == 0 ? Long.valueOf(100_000 + n)
                : null, ports.getOrDefault(n, Map.of())));
        }
        intent = new Intent(List.of(new SegmentRange(Encapsulation.VXLAN, 1, 99_999)), nodeMap, networks);
        previousPlan = SegmentAllocationPlanner.plan(intent, Map.of());
        if (!IntentValidator.validate(intent).isEmpty()) {
            throw new IllegalStateException("the benchmark's intent must be valid");
        }
    }

    /** One commit's validation: the whole tree, as the commit cohort sees it. */
    @Benchmark
    public List<IntentViolation> validate() {
        return IntentValidator.validate(intent, intent);
    }

    /** One change's segment planning, with every allocation already made. */
    @Benchmark
    public SegmentPlan planStable() {
        return SegmentAllocationPlanner.plan(intent, previousPlan.allocations());
    }

    /** Planning from scratch, as after the first start. */
    @Benchmark
    public SegmentPlan planFromScratch() {
        return SegmentAllocationPlanner.plan(intent, Map.of());
    }
}
