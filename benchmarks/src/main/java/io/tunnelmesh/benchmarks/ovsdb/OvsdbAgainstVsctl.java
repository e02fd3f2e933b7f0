/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.benchmarks.ovsdb;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import io.tunnelmesh.ovsdb.api.facade.OvsdbBridgeSpec;
import io.tunnelmesh.ovsdb.api.facade.OvsdbTunnelPortSpec;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbTransactResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbUpdate;
import io.tunnelmesh.ovsdb.impl.client.OvsdbClientConfig;
import io.tunnelmesh.ovsdb.impl.client.OvsdbConnector;
import io.tunnelmesh.ovsdb.impl.client.OvsdbTarget;
import io.tunnelmesh.ovsdb.impl.facade.OvsdbClientSwitchFacade;
import io.tunnelmesh.ovsdb.impl.facade.OvsdbReplicaSwitchFacade;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSession;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConfig;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConnection;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionListener;
import io.tunnelmesh.tunnel.api.Encapsulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The OVSDB client and {@code ovs-vsctl} side by side on a real {@code ovsdb-server} + {@code ovs-vswitchd} 3.1
 * (userspace tunnel ports, dummy datapath, as {@link OvsSandbox#startWithTunnels()}), each timed until the switch has
 * realised the change ({@code ofport} assigned, seen through a monitor):
 * <ol>
 *   <li>1,000 VXLAN ports (distinct {@code remote_ip}) on a new bridge in one transaction, against one
 *       {@code ovs-vsctl} invocation with 1,000 {@code -- add-port}; a fresh sandbox per run;</li>
 *   <li>one more port on that bridge of 1,000, repeatedly: {@link OvsdbReplicaSwitchFacade},
 *       {@link OvsdbClientSwitchFacade} and {@code ovs-vsctl add-port};</li>
 *   <li>transactions per second, a one-pair update of {@code Open_vSwitch.external_ids}: sequential (each awaited)
 *       and pipelined (up to 1,000 in flight), against sequential {@code ovs-vsctl --no-wait set}.</li>
 * </ol>
 * Usage: {@code ./benchmarks/run ovsdb [runs of (1)] [adds in (2)]}; prints a table. The first run of each
 * measurement in this JVM is reported as cold, the others as warm.
 */
// a benchmark reports on standard output
@SuppressWarnings("checkstyle:RegexpSinglelineJava")
public final class OvsdbAgainstVsctl {
    private static final int PORTS = 1_000;
    private static final String LOCAL_IP = "192.0.2.1";
    private static final long WAIT_SECONDS = 120;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final OvsdbConnector connector = new OvsdbConnector(group,
        new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS), 64 << 20));
    private final List<String> table = new ArrayList<>();

    private OvsdbAgainstVsctl() {
    }

    /**
     * Runs the comparison.
     *
     * @param args runs of the 1,000-port creation (default 4), adds of one port (default 50)
     * @throws Exception if a step fails
     */
    public static void main(final String[] args) throws Exception {
        final int runs = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        final int adds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        final var bench = new OvsdbAgainstVsctl();
        try {
            bench.run(runs, adds);
        } finally {
            bench.group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
        System.out.println();
        System.out.println("| measurement | TunnelMesh | ovs-vsctl |");
        System.out.println("|---|---|---|");
        bench.table.forEach(System.out::println);
    }

    private void run(final int runs, final int adds) throws Exception {
        final var ours = new ArrayList<Double>();
        final var theirs = new ArrayList<Double>();
        for (int run = 0; run < runs; run++) {
            ours.add(thousandPorts(false, run == runs - 1 ? adds : 0));
            theirs.add(thousandPorts(true, run == runs - 1 ? adds : 0));
        }
        table.add(0, row("1,000 ports, one transaction, until all have an ofport (ms): cold",
            fmt(ours.getFirst()), fmt(theirs.getFirst())));
        table.add(1, row("... warm (median of " + (runs - 1) + ")", fmt(median(ours.subList(1, runs))),
            fmt(median(theirs.subList(1, runs)))));
        transactionRate();
    }

    /** One sandbox: a bridge, 1,000 ports in one go; then, if asked, single adds. Returns the 1,000-port time. */
    private double thousandPorts(final boolean vsctl, final int adds) throws Exception {
        try (var sandbox = OvsSandbox.startWithTunnels();
                var session = new OvsdbSession(connector, OvsdbTarget.parse("tcp:127.0.0.1:"
                    + sandbox.dbTcpAddress().getPort()), OvsdbSessionConfig.DEFAULT)) {
            final var facade = new OvsdbReplicaSwitchFacade(session);
            final var connection = connect(session);
            facade.ensureBridge(new OvsdbBridgeSpec("br-scale", "dummy", List.of("OpenFlow13"), List.of(),
                Map.of("disable-in-band", "true"), Optional.empty())).get(WAIT_SECONDS, TimeUnit.SECONDS);
            final var names = new ArrayList<String>();
            final var specs = new ArrayList<OvsdbTunnelPortSpec>();
            final var command = new ArrayList<String>();
            for (int i = 0; i < PORTS; i++) {
                final var spec = OvsdbTunnelPortSpec.toPeer("br-scale", "tv" + i, Encapsulation.VXLAN, LOCAL_IP,
                    "10.0." + (i / 250) + "." + (i % 250 + 1));
                specs.add(spec);
                names.add(spec.name());
                command.addAll(addPort(spec));
            }
            final long begin = System.nanoTime();
            if (vsctl) {
                sandbox.vsctl(command.subList(1, command.size()).toArray(String[]::new));
            } else {
                facade.ensureTunnelPorts(specs).get(WAIT_SECONDS, TimeUnit.SECONDS);
            }
            final double committed = (System.nanoTime() - begin) / 1e6;
            awaitOfports(facade, names);
            final double millis = (System.nanoTime() - begin) / 1e6;
            System.out.printf(Locale.ROOT, "%s: 1,000 ports committed after %.1f ms, realised after %.1f ms%n",
                vsctl ? "ovs-vsctl" : "ours", committed, millis);
            if (adds > 0) {
                onePort(sandbox, facade, connection, vsctl, adds);
            }
            return millis;
        }
    }

    /** {@code -- add-port BRIDGE NAME -- set Interface NAME type=... options:...}, as ovs-vsctl arguments. */
    private static List<String> addPort(final OvsdbTunnelPortSpec spec) {
        final var args = new ArrayList<>(List.of("--", "add-port", spec.bridge(), spec.name(), "--", "set",
            "Interface", spec.name(), "type=" + spec.interfaceType()));
        spec.options().forEach((key, value) -> args.add("options:" + key + "=" + value));
        return args;
    }

    private void onePort(final OvsSandbox sandbox, final OvsdbReplicaSwitchFacade facade,
            final OvsdbSessionConnection connection, final boolean vsctl, final int adds) throws Exception {
        if (vsctl) {
            final var times = new ArrayList<Double>();
            for (int i = 0; i < adds; i++) {
                final var spec = extra("x", i);
                final var args = addPort(spec);
                final long begin = System.nanoTime();
                sandbox.vsctl(args.subList(1, args.size()).toArray(String[]::new));
                awaitOfports(facade, List.of(spec.name()));
                times.add((System.nanoTime() - begin) / 1e6);
            }
            table.add(row("one more port on a bridge with 1,000, until its ofport (ms): ovs-vsctl add-port", "",
                stats(times)));
            System.out.println("ovs-vsctl add-port: " + stats(times));
            return;
        }
        final var client = new OvsdbClientSwitchFacade(connection.client(), connection.schema());
        for (var replica : List.of(true, false)) {
            final var times = new ArrayList<Double>();
            final var commits = new ArrayList<Double>();
            for (int i = 0; i < adds; i++) {
                final var spec = extra(replica ? "r" : "c", i);
                final long begin = System.nanoTime();
                (replica ? facade : client).ensureTunnelPorts(List.of(spec)).get(WAIT_SECONDS, TimeUnit.SECONDS);
                commits.add((System.nanoTime() - begin) / 1e6);
                awaitOfports(facade, List.of(spec.name()));
                times.add((System.nanoTime() - begin) / 1e6);
            }
            final var facadeName = replica ? "replica facade" : "client facade (select, then write)";
            table.add(row("one more port on a bridge with 1,000, until its ofport (ms): " + facadeName, stats(times),
                ""));
            // the split: ovsdb-server's commit reply, then ovs-vswitchd reconfiguring the bridge and writing ofport
            table.add(row("... of which until ovsdb-server answered the transaction (ms): " + facadeName,
                stats(commits), ""));
            System.out.println((replica ? "replica" : "client") + " facade add: " + stats(times) + "; committed: "
                + stats(commits));
        }
    }

    private static OvsdbTunnelPortSpec extra(final String prefix, final int index) {
        final int base = prefix.charAt(0) == 'r' ? 20 : prefix.charAt(0) == 'c' ? 21 : 22;
        return OvsdbTunnelPortSpec.toPeer("br-scale", prefix + index, Encapsulation.VXLAN, LOCAL_IP,
            "10." + base + "." + (index / 250) + "." + (index % 250 + 1));
    }

    private void transactionRate() throws Exception {
        try (var sandbox = OvsSandbox.startWithTunnels();
                var session = new OvsdbSession(connector, OvsdbTarget.parse("tcp:127.0.0.1:"
                    + sandbox.dbTcpAddress().getPort()), OvsdbSessionConfig.DEFAULT)) {
            final var connection = connect(session);
            final int count = 5_000;
            final double coldSequential = sequential(connection, "cold", count);
            sequential(connection, "warm-up", count);
            final double sequential = sequential(connection, "seq", count);
            final double coldPipelined = pipelined(connection, "pcold", 20_000);
            pipelined(connection, "pwarm", 20_000);
            final double pipelined = pipelined(connection, "pipe", 50_000);
            final int vsctlCount = 200;
            final long begin = System.nanoTime();
            for (int i = 0; i < vsctlCount; i++) {
                sandbox.vsctl("--no-wait", "set", "Open_vSwitch", ".", "external_ids:tm-bench=vsctl" + i);
            }
            final double vsctl = vsctlCount / ((System.nanoTime() - begin) / 1e9);
            table.add(row("sequential transactions per second (1-pair external_ids update, each awaited): cold",
                fmt(coldSequential), fmt(vsctl) + " (--no-wait set, one process each)"));
            table.add(row("... warm", fmt(sequential), ""));
            table.add(row("pipelined transactions per second (up to 1,000 in flight): cold", fmt(coldPipelined),
                "n/a (one process per transaction)"));
            table.add(row("... warm", fmt(pipelined), ""));
        }
    }

    /**
     * A small write of constant size: {@code Open_vSwitch.external_ids} set to one pair whose value changes (a
     * mutation inserting a new key each time would grow the row, and every commit copies it: quadratic).
     */
    private static OvsdbOperation mutate(final String value) {
        return new OvsdbUpdate("Open_vSwitch", List.of(), new OvsdbRow(Map.of("external_ids",
            OvsdbMap.ofStrings(Map.of("tm-bench", value)))));
    }

    private static double sequential(final OvsdbSessionConnection connection, final String prefix, final int count)
            throws Exception {
        final long begin = System.nanoTime();
        for (int i = 0; i < count; i++) {
            check(connection.client().transact(connection.schema(), List.of(mutate(prefix + i)))
                .get(WAIT_SECONDS, TimeUnit.SECONDS));
        }
        final double rate = count / ((System.nanoTime() - begin) / 1e9);
        System.out.printf(Locale.ROOT, "%s: %d sequential transactions: %.0f/s%n", prefix, count, rate);
        return rate;
    }

    private static double pipelined(final OvsdbSessionConnection connection, final String prefix, final int count)
            throws Exception {
        final var inFlight = new Semaphore(1_000);
        final var all = new CompletableFuture<?>[count];
        final long begin = System.nanoTime();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            all[i] = connection.client().transact(connection.schema(), List.of(mutate(prefix + i)))
                .whenComplete((result, failure) -> inFlight.release());
        }
        CompletableFuture.allOf(all).get(WAIT_SECONDS, TimeUnit.SECONDS);
        final double rate = count / ((System.nanoTime() - begin) / 1e9);
        for (var one : all) {
            check((OvsdbTransactResult) one.get());
        }
        System.out.printf(Locale.ROOT, "%s: %d pipelined transactions: %.0f/s%n", prefix, count, rate);
        return rate;
    }

    private static void check(final OvsdbTransactResult result) {
        if (!result.isSuccess()) {
            throw new IllegalStateException(result.toString());
        }
    }

    private static OvsdbSessionConnection connect(final OvsdbSession session) throws Exception {
        final var up = new CompletableFuture<OvsdbSessionConnection>();
        session.addListener(new OvsdbSessionListener() {
            @Override
            public void connected(final OvsdbSessionConnection connection) {
                up.complete(connection);
            }

            @Override
            public void disconnected(final OvsdbSessionConnection connection) {
                // closed at the end of the measurement
            }
        });
        session.start();
        return up.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void awaitOfports(final OvsdbReplicaSwitchFacade facade, final Collection<String> names)
            throws Exception {
        final var wanted = Set.copyOf(names);
        facade.awaitReplica(names.size() + " ofports", () -> {
            int realised = 0;
            for (OvsdbRow row : facade.replica().table("Interface").values()) {
                if (row.get("name").orElseThrow() instanceof OvsdbString name && wanted.contains(name.value())
                        && row.get("ofport").orElseThrow() instanceof OvsdbSet ofport && ofport.size() == 1
                        && ofport.elements().iterator().next() instanceof OvsdbInteger number && number.value() > 0) {
                    realised++;
                }
            }
            return realised == wanted.size();
        }, Duration.ofSeconds(WAIT_SECONDS)).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static String stats(final List<Double> times) {
        final var sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %.1f, p90 %.1f (first %.1f, n=%d)", sorted[sorted.length / 2],
            sorted[(int) Math.ceil(sorted.length * 0.9) - 1], times.getFirst(), times.size());
    }

    private static double median(final List<Double> values) {
        final var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    private static String fmt(final double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String row(final String what, final String ours, final String theirs) {
        return "| " + what + " | " + ours + " | " + theirs + " |";
    }
}
