/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.tunnelmesh.ovsdb.api.OvsdbClient;
import io.tunnelmesh.ovsdb.api.OvsdbTransactionException;
import io.tunnelmesh.ovsdb.api.facade.OvsdbBridgeSpec;
import io.tunnelmesh.ovsdb.api.facade.OvsdbSwitchFacade;
import io.tunnelmesh.ovsdb.api.facade.OvsdbTunnelPortSpec;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbSelect;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.client.OvsdbClientConfig;
import io.tunnelmesh.ovsdb.impl.client.OvsdbConnector;
import io.tunnelmesh.ovsdb.impl.client.OvsdbTarget;
import io.tunnelmesh.ovsdb.impl.replica.OvsdbReplica;
import io.tunnelmesh.ovsdb.impl.session.OvsdbMonitorSink;
import io.tunnelmesh.ovsdb.impl.session.OvsdbResumableMonitor;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSession;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConfig;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConnection;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionListener;
import io.tunnelmesh.tunnel.api.Encapsulation;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every {@link OvsdbSwitchFacade} must do against a server that behaves like {@code ovsdb-server} with
 * {@code ovs-vswitchd}: each test runs with {@link OvsdbClientSwitchFacade} (reads, then writes) and
 * {@link OvsdbReplicaSwitchFacade} (plans on a replica) against a fresh database that a subclass provides, the real
 * one in {@code OvsSandbox} or the emulated one in {@code simple-client}. Bridges and flow-based tunnel ports are
 * created, realised (an {@code ofport} assigned, no {@code error}), left alone when ensured again, and removed; 1,000
 * ports go in one transaction; a replica that has not seen another client's change makes the transaction fail, and
 * the replica facade plans again once it has.
 */
public abstract class OvsdbSwitchFacadeContract {
    private static final Logger LOG = LoggerFactory.getLogger(OvsdbSwitchFacadeContract.class);
    private static final long WAIT_SECONDS = 60;
    private static final String LOCAL_IP = "192.0.2.1";
    private static EventLoopGroup group;

    private InetSocketAddress address;
    private OvsdbConnector connector;
    private OvsdbClient client;
    private OvsdbDatabaseSchema schema;
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final List<List<OvsdbOperation>> transactions = new CopyOnWriteArrayList<>();
    private final OvsdbReplica replica = new OvsdbReplica(List.of(
        OvsdbMonitorRequest.of("Interface", "name", "ofport", "error"),
        OvsdbMonitorRequest.of("Bridge", "name", "datapath_id")));
    private final BlockingQueue<Object> changes = new LinkedBlockingQueue<>();

    /** The facades under test. */
    enum Kind {
        /** {@link OvsdbClientSwitchFacade}. */
        CLIENT,
        /** {@link OvsdbReplicaSwitchFacade}. */
        REPLICA
    }

    /**
     * Starts a server with a fresh {@code Open_vSwitch} database and a switch that realises its ports.
     *
     * @return where it listens for OVSDB over TCP
     * @throws Exception if it cannot start
     */
    protected abstract InetSocketAddress startServer() throws Exception;

    /** Stops the server started for the test. */
    protected abstract void stopServer();

    @BeforeAll
    static void startEventLoop() {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopEventLoop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @BeforeEach
    void start() throws Exception {
        address = startServer();
        connector = new OvsdbConnector(group, new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS), 64 << 20));
        client = connector.connect(address).get(WAIT_SECONDS, TimeUnit.SECONDS);
        closing.add(client::close);
        schema = await(client.getSchema("Open_vSwitch"));
        replica.addListener(changes::add);
        await(new OvsdbResumableMonitor(replica).start(client, schema));
    }

    @AfterEach
    void stop() throws Exception {
        for (var resource : closing.reversed()) {
            resource.close();
        }
        stopServer();
    }

    private OvsdbSwitchFacade facade(final Kind kind) throws Exception {
        return switch (kind) {
            case CLIENT -> new OvsdbClientSwitchFacade(counting(client), schema);
            case REPLICA -> replicaFacade(sink -> sink, Duration.ofSeconds(WAIT_SECONDS));
        };
    }

    /** A replica facade on a session of its own, its monitor passed through {@code feed}. */
    private OvsdbReplicaSwitchFacade replicaFacade(
            final UnaryOperator<OvsdbMonitorSink> feed, final Duration catchUp) throws Exception {
        final var session = new OvsdbSession(connector, sessionTarget(), OvsdbSessionConfig.DEFAULT);
        closing.add(session::close);
        final var up = new CompletableFuture<OvsdbSessionConnection>();
        final var facade = new OvsdbReplicaSwitchFacade(() -> session.connection().map(connection ->
            new OvsdbSessionConnection(counting(connection.client()), connection.schema())),
            sink -> session.addMonitor(feed.apply(sink)), catchUp);
        session.addListener(new OvsdbSessionListener() {
            @Override
            public void connected(final OvsdbSessionConnection connection) {
                up.complete(connection);
            }

            @Override
            public void disconnected(final OvsdbSessionConnection connection) {
                // the test ends first
            }
        });
        session.start();
        await(up);
        return facade;
    }

    private OvsdbTarget sessionTarget() {
        return OvsdbTarget.parse("tcp:127.0.0.1:" + address.getPort());
    }

    /** The client, recording the operations of every transaction. */
    private OvsdbClient counting(final OvsdbClient real) {
        return (OvsdbClient) Proxy.newProxyInstance(OvsdbClient.class.getClassLoader(),
            new Class<?>[] {OvsdbClient.class}, (proxy, method, args) -> {
                if ("transact".equals(method.getName())) {
                    @SuppressWarnings("unchecked")
                    final var operations = (List<OvsdbOperation>) args[1];
                    transactions.add(List.copyOf(operations));
                }
                // a method handle throws what the method throws, not a reflective wrapper
                return MethodHandles.publicLookup().unreflect(method).bindTo(real).invokeWithArguments(args);
            });
    }

    private static <T> T await(final CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static OvsdbBridgeSpec bridge(final String name) {
        return new OvsdbBridgeSpec(name, "dummy", List.of("OpenFlow13"), List.of("tcp:127.0.0.1:1"),
            Map.of("disable-in-band", "true"), Optional.of("00000000000000a1"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void ensuresABridgeAndFlowBasedTunnelPortsOnceAndRemovesThem(final Kind kind) throws Exception {
        final var facade = facade(kind);
        final var info = await(facade.switchInfo());
        assertTrue(info.interfaceTypes().containsAll(Set.of("vxlan", "geneve", "gre")), info.toString());
        assertTrue(info.datapathTypes().contains("dummy"), info.toString());

        assertTrue(await(facade.ensureBridge(bridge("br-tm"))));
        assertFalse(await(facade.ensureBridge(bridge("br-tm"))), "ensured again: no transaction");
        // the switch sets the datapath ID after the commit; a replica facade's read shows it once its monitor has
        assertEquals(Optional.of("00000000000000a1"), eventually("the requested datapath ID",
            () -> await(facade.datapathId("br-tm")), Optional::isPresent));
        assertTrue(await(facade.ensureBridge(new OvsdbBridgeSpec("br-tm", "dummy", List.of("OpenFlow13",
            "OpenFlow15"), List.of("tcp:127.0.0.1:2"), Map.of(), Optional.empty()))), "protocols and controller");
        assertEquals(OvsdbSet.of(OvsdbAtom.of("OpenFlow13"), OvsdbAtom.of("OpenFlow15")),
            column("Bridge", "br-tm", "protocols"));

        final var ports = new ArrayList<OvsdbTunnelPortSpec>();
        for (var encapsulation : List.of(Encapsulation.VXLAN, Encapsulation.GENEVE, Encapsulation.GRE)) {
            ports.add(OvsdbTunnelPortSpec.flowBased("br-tm", encapsulation, LOCAL_IP));
        }
        assertTrue(await(facade.ensureTunnelPorts(ports)));
        awaitRealised(List.of("tm-vxlan", "tm-geneve", "tm-gre"));
        assertFalse(await(facade.ensureTunnelPorts(ports)), "ensured again: no transaction");
        // the test's own monitor saw them realised; a replica facade's monitor may see it a moment later
        final var names = List.of("tm-vxlan", "tm-geneve", "tm-gre");
        final var states = eventually("the facade reports the ports realised", () -> await(facade.interfaces()),
            s -> names.stream().allMatch(name -> s.containsKey(name) && s.get(name).isRealised()));
        for (var name : names) {
            assertTrue(states.get(name).isRealised(), states.get(name).toString());
        }
        assertEquals(OvsdbMap.ofStrings(Map.of("key", "flow", "local_ip", LOCAL_IP, "remote_ip", "flow")),
            column("Interface", "tm-geneve", "options"));

        // a changed local IP is an update of the interface, not a new port
        assertTrue(await(facade.ensureTunnelPorts(List.of(OvsdbTunnelPortSpec.flowBased("br-tm",
            Encapsulation.GENEVE, "192.0.2.2")))));
        assertEquals(OvsdbMap.ofStrings(Map.of("key", "flow", "local_ip", "192.0.2.2", "remote_ip", "flow")),
            column("Interface", "tm-geneve", "options"));

        assertTrue(await(facade.removeTunnelPort("br-tm", "tm-gre")));
        assertFalse(await(facade.removeTunnelPort("br-tm", "tm-gre")));
        awaitReplica("tm-gre gone", r -> r.table("Interface").values().stream()
            .noneMatch(row -> row.get("name").orElseThrow().equals(OvsdbAtom.of("tm-gre"))), () -> true);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void createsAThousandTunnelPortsInOneTransactionThenOneMoreInOneSmallTransaction(final Kind kind)
            throws Exception {
        final var facade = facade(kind);
        assertTrue(await(facade.ensureBridge(bridge("br-scale"))));
        final var ports = new ArrayList<OvsdbTunnelPortSpec>();
        final var names = new ArrayList<String>();
        for (int i = 0; i < 1_000; i++) {
            final var name = "tv" + i;
            ports.add(OvsdbTunnelPortSpec.toPeer("br-scale", name, Encapsulation.VXLAN, LOCAL_IP,
                "10.0." + (i / 250) + "." + (i % 250 + 1)));
            names.add(name);
        }
        final long begin = System.nanoTime();
        assertTrue(await(facade.ensureTunnelPorts(ports)));
        final long committed = System.nanoTime();
        awaitRealised(names);
        final long realised = System.nanoTime();
        LOG.info("{}: 1,000 tunnel ports: committed after {} ms, all realised (ofport assigned) after {} ms", kind,
            TimeUnit.NANOSECONDS.toMillis(committed - begin), TimeUnit.NANOSECONDS.toMillis(realised - begin));
        assertFalse(await(facade.ensureTunnelPorts(ports)), "ensured again: no transaction");

        transactions.clear();
        final long oneBegin = System.nanoTime();
        assertTrue(await(facade.ensureTunnelPorts(List.of(OvsdbTunnelPortSpec.toPeer("br-scale", "tv1000",
            Encapsulation.VXLAN, LOCAL_IP, "10.0.9.1")))));
        awaitRealised(List.of("tv1000"));
        LOG.info("{}: one more port on a bridge with 1,000: realised after {} ms", kind,
            String.format(Locale.ROOT, "%.1f", (System.nanoTime() - oneBegin) / 1e6));
        final var write = transactions.getLast();
        assertEquals(List.of(OvsdbInsert.class, OvsdbInsert.class, OvsdbMutate.class),
            write.stream().limit(3).map(Object::getClass).toList(), write.toString());
        assertEquals(4, write.size(), "interface, port, bridge mutation, comment: " + write);
        assertEquals(kind == Kind.REPLICA ? 1 : 2, transactions.size(),
            "the replica facade reads nothing: " + transactions);
    }

    @Test
    void replicaFacadePlansAgainOnceItsReplicaHasSeenAnotherClientsPort() throws Exception {
        final var gate = new OvsdbMonitorGate();
        final var facade = replicaFacade(gate::wrap, Duration.ofSeconds(WAIT_SECONDS));
        assertTrue(await(facade.ensureBridge(bridge("br-tm"))));
        gate.hold();
        createPortElsewhere("br-tm", "tm-vxlan", "10.9.9.9");
        transactions.clear();
        final var ensured = facade.ensureTunnelPorts(List.of(OvsdbTunnelPortSpec.flowBased("br-tm",
            Encapsulation.VXLAN, LOCAL_IP)));
        awaitTransactions(1);
        gate.release();
        assertTrue(await(ensured), "the port's options corrected");
        assertEquals(2, transactions.size(), "a failed insert, then an update: " + transactions);
        assertEquals(OvsdbMap.ofStrings(Map.of("key", "flow", "local_ip", LOCAL_IP, "remote_ip", "flow")),
            column("Interface", "tm-vxlan", "options"));
    }

    @Test
    void replicaFacadeFailsPreciselyWhenItsReplicaDoesNotCatchUp() throws Exception {
        final var gate = new OvsdbMonitorGate();
        final var facade = replicaFacade(gate::wrap, Duration.ofMillis(300));
        assertTrue(await(facade.ensureBridge(bridge("br-tm"))));
        gate.hold();
        createPortElsewhere("br-tm", "tm-vxlan", "10.9.9.9");
        final var failure = assertThrows(ExecutionException.class, () -> await(facade.ensureTunnelPorts(List.of(
            OvsdbTunnelPortSpec.flowBased("br-tm", Encapsulation.VXLAN, LOCAL_IP)))));
        final var transaction = assertInstanceOf(OvsdbTransactionException.class, failure.getCause());
        assertEquals("constraint violation", transaction.failure().error().error(), transaction.getMessage());
        assertEquals(OvsdbMap.ofStrings(Map.of("remote_ip", "10.9.9.9")), column("Interface", "tm-vxlan",
            "options"), "the other client's port is left alone");
        gate.release();
    }

    /** Another client creates a port, as {@code ovs-vsctl add-port} would. */
    private void createPortElsewhere(final String bridge, final String port, final String remoteIp)
            throws Exception {
        final var result = await(client.transact(schema, List.of(
            new OvsdbInsert("Interface", new OvsdbRow(Map.of("name", OvsdbAtom.of(port), "type",
                OvsdbAtom.of("vxlan"), "options", OvsdbMap.ofStrings(Map.of("remote_ip", remoteIp)))), "i"),
            new OvsdbInsert("Port", new OvsdbRow(Map.of("name", OvsdbAtom.of(port), "interfaces",
                OvsdbSet.of(new OvsdbNamedUuid("i")))), "p"),
            new OvsdbMutate("Bridge", List.of(OvsdbCondition.nameIs(bridge)), List.of(OvsdbMutation.insert("ports",
                OvsdbSet.of(new OvsdbNamedUuid("p"))))))));
        assertTrue(result.isSuccess(), result.toString());
    }

    private void awaitTransactions(final int count) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (transactions.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no transaction within " + WAIT_SECONDS + " s");
            }
            changes.poll(10, TimeUnit.MILLISECONDS);
        }
    }

    /** One column of the row with that name, read in a transaction of its own. */
    private OvsdbValue column(final String table, final String name, final String column) throws Exception {
        final var result = await(client.transact(schema, List.of(new OvsdbSelect(table,
            List.of(OvsdbCondition.nameIs(name)), Optional.of(List.of(column))))));
        final var rows = ((OvsdbOperationResult.Selected) result.results().getFirst()).rows();
        assertEquals(1, rows.size(), table + " " + name + ": " + rows);
        return rows.getFirst().get(column).orElseThrow();
    }

    private void awaitRealised(final List<String> names) throws Exception {
        final var wanted = Set.copyOf(names);
        awaitReplica(names.size() + " interfaces realised", r -> {
            int realised = 0;
            for (OvsdbRow row : r.table("Interface").values()) {
                if (row.get("name").orElseThrow() instanceof OvsdbString name
                        && wanted.contains(name.value()) && OvsdbRowValues.integer(row, "ofport").orElse(0) > 0
                        && OvsdbRowValues.string(row, "error").isEmpty()) {
                    realised++;
                }
            }
            return realised == wanted.size();
        }, () -> true);
    }

    /** Waits, change by change and up to a deadline, until the replica meets the condition; then reads the value. */
    private <T> T awaitReplica(final String what, final Predicate<OvsdbReplica> condition,
            final ThrowingSupplier<T> value) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.test(replica)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT_SECONDS + " s: " + what);
            }
            changes.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        return value.get();
    }

    /** Reads a value again, after each change the test's replica sees, until it meets the condition. */
    private <T> T eventually(final String what, final ThrowingSupplier<T> value, final Predicate<T> condition)
            throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        T now = value.get();
        while (!condition.test(now)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT_SECONDS + " s: " + what + ", still " + now);
            }
            changes.poll(10, TimeUnit.MILLISECONDS);
            now = value.get();
        }
        return now;
    }

    /** A value that may take a round trip to read. */
    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
