/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.benchmarks.overlay;

import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfSystemListener;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionHandler;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.connection.OfSwitchConnectionProvider;
import io.tunnelmesh.simpleclient.emulator.FleetConfig;
import io.tunnelmesh.simpleclient.emulator.PortPlan;
import io.tunnelmesh.simpleclient.emulator.SwitchFleet;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.NetworkIntent;
import io.tunnelmesh.tunnel.impl.intent.NodeIntent;
import io.tunnelmesh.tunnel.impl.intent.PortIntent;
import io.tunnelmesh.tunnel.impl.planner.NodeState;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlan;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlanner;
import io.tunnelmesh.tunnel.impl.reconciler.OverlayReconciler;
import io.tunnelmesh.tunnel.impl.segment.NetworkSegment;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

/**
 * How long the tunnel service's core takes to bring N emulated switches to their plan: one VXLAN network across all
 * nodes with P ports per node, planned by {@link OverlayPlanner} and sent by {@link OverlayReconciler} through the
 * library over loopback TCP to one emulator process (this JVM). Reports, per N: the planner's time alone, the time
 * from the intent until every switch holds its plan (bundles committed), the flows held, and then the time for one
 * more node to join (every switch gets its MACs and its tunnel classifier). RESTCONF, the datastore and OVSDB are not
 * in this path; the end-to-end benchmark with the controller is issue 6's.
 *
 * <p>{@code ./benchmarks/run overlay [N,N,...] [ports per node]}, e.g. {@code ./benchmarks/run overlay 10,100,300 10}.
 */
public final class OverlayConvergence {
    private static final long DPID_BASE = 0x7e00_0000_0001L;
    private static final int TUNNEL_PORT = 1000;

    private OverlayConvergence() {
        // Hidden on purpose
    }

    /**
     * Runs the scenario for each N.
     *
     * @param args the node counts, comma-separated (default 10,100), and the ports per node (default 10)
     * @throws Exception if a run fails
     */
    // a benchmark reports on standard output
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    public static void main(final String[] args) throws Exception {
        final var counts = (args.length > 0 ? args[0] : "10,100").split(",");
        final int ports = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.println("nodes  ports/node  plan ms  converge ms  flows held  join ms  join flow-mods"
            + "  join plan ms  join diff ms  join flows built  join flows diffed  plan MB");
        for (var count : counts) {
            run(Integer.parseInt(count.strip()), ports);
        }
    }

    // a benchmark reports on standard output
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    private static void run(final int nodes, final int ports) throws Exception {
        final var connections = new ConcurrentHashMap<Long, OfConnection>();
        final var provider = new OfSwitchConnectionProvider(SwitchConnectionConfig.builder()
            .bindAddress(InetAddress.getLoopbackAddress()).port(0).build(), OpenFlowCodecs.standard(),
            SwitchConnectionHandler.acceptingAll(new OfSystemListener() {
                @Override
                public void onHandshakeDone(final OfConnection done) {
                    final var features = done.features();
                    if (features != null) {
                        connections.put(features.datapathId(), done);
                    }
                }
            }));
        final var address = provider.start().get(10, TimeUnit.SECONDS);
        // one more switch than nodes: the last one joins
        try (var fleet = SwitchFleet.start(FleetConfig.builder().switches(nodes + 1).datapathIdBase(DPID_BASE)
                 .ports(PortPlan.of(ports).withTunnelPort(TUNNEL_PORT)).controller(address).build())) {
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (connections.size() < nodes + 1) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(connections.size() + " of " + (nodes + 1) + " connected");
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
            final var plans = new AtomicReference<OverlayPlan>();
            try (var reconciler = new OverlayReconciler(plans::set, true)) {
                for (int node = 1; node <= nodes + 1; node++) {
                    reconciler.nodeChanged(state(node, ports));
                    reconciler.switchConnected(name(node), connections.get(DPID_BASE + node - 1));
                }
                reconciler.idle().get(60, TimeUnit.SECONDS);
                final var intent = intent(nodes, ports);
                final var segments = new SegmentPlan(Map.of(), Map.of("net", new NetworkSegment("net", 5000L,
                    Status.Active, null)));
                final long planStart = System.nanoTime();
                final var plan = OverlayPlanner.plan(intent, segments, states(nodes + 1, ports));
                final long planNanos = System.nanoTime() - planStart;

                final long start = System.nanoTime();
                reconciler.intentChanged(intent, segments);
                reconciler.idle().get(600, TimeUnit.SECONDS);
                final long converge = System.nanoTime() - start;
                final long held = fleet.counters().flows();
                final long sentBefore = provider.counters().encoded();

                final var joined = intent(nodes + 1, ports);
                final long joinStart = System.nanoTime();
                reconciler.intentChanged(joined, segments);
                reconciler.idle().get(600, TimeUnit.SECONDS);
                final long join = System.nanoTime() - joinStart;
                final var work = JoinWork.measure(nodes, ports, segments);
                System.out.printf(Locale.ROOT, "%5d  %10d  %7.1f  %11.1f  %10d  %7.1f  %14d  %12.2f  %12.2f  %16d  %17d"
                    + "  %7.1f%n", nodes, ports, planNanos / 1e6, converge / 1e6, held, join / 1e6,
                    provider.counters().encoded() - sentBefore, work[2] / 1e6, work[3] / 1e6, work[4], work[5],
                    work[6] / 1e6);
                if (plan.nodes().size() != nodes) {
                    throw new IllegalStateException("planned " + plan.nodes().size() + " nodes");
                }
            }
        } finally {
            provider.stop().get(10, TimeUnit.SECONDS);
        }
    }

    static String name(final int node) {
        return "n" + node;
    }

    private static NodeState state(final int node, final int ports) {
        final var ofports = new HashMap<String, Integer>();
        for (int port = 1; port <= ports; port++) {
            ofports.put("s" + node + "-eth" + port, port);
        }
        return new NodeState(name(node), true, Map.of(), Map.of(Encapsulation.VXLAN, TUNNEL_PORT), ofports);
    }

    /**
     * The states of nodes 1 to N as the reconciler knows them once their OVSDB and OpenFlow are up.
     *
     * @param nodes N
     * @param ports the ports per node ({@code s<node>-eth<port>}, OpenFlow port numbers 1 to P)
     * @return the states by node name
     */
    public static Map<String, NodeState> states(final int nodes, final int ports) {
        final var states = new HashMap<String, NodeState>();
        for (int node = 1; node <= nodes; node++) {
            states.put(name(node), state(node, ports));
        }
        return states;
    }

    /**
     * One VXLAN network across nodes 1 to N with P ports on each.
     *
     * @param nodes N
     * @param ports P
     * @return the intent
     */
    public static Intent intent(final int nodes, final int ports) {
        final var nodeIntents = new HashMap<String, NodeIntent>();
        final var portIntents = new HashMap<String, PortIntent>();
        for (int node = 1; node <= nodes; node++) {
            nodeIntents.put(name(node), new NodeIntent(name(node), "10." + (node >> 16 & 0xff) + "."
                + (node >> 8 & 0xff) + "." + (node & 0xff), null, NodeIntent.DEFAULT_BRIDGE, Set.of()));
            for (int port = 1; port <= ports; port++) {
                final var portName = name(node) + "p" + port;
                portIntents.put(portName, new PortIntent(portName, name(node), "s" + node + "-eth" + port,
                    String.format("02:%02x:%02x:%02x:00:%02x", node >> 16 & 0xff, node >> 8 & 0xff, node & 0xff,
                        port), List.of()));
            }
        }
        return new Intent(List.of(), nodeIntents, Map.of("net", new NetworkIntent("net", Encapsulation.VXLAN, null,
            portIntents)));
    }
}
