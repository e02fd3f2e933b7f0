/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import io.tunnelmesh.ovsdb.api.OvsdbClient;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbUuid;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbSelect;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.client.OvsdbClientConfig;
import io.tunnelmesh.ovsdb.impl.client.OvsdbConnector;
import io.tunnelmesh.ovsdb.impl.client.OvsdbTarget;
import io.tunnelmesh.ovsdb.impl.session.OvsdbBackoff;
import io.tunnelmesh.ovsdb.impl.session.OvsdbResumableMonitor;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSession;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConfig;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConnection;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A replica fed by a session with a real {@code ovsdb-server} (a sandbox of its own, since the test kills its
 * server): after transactions made with {@code ovs-vsctl}, and after {@code kill -9} and a restart of the server, the
 * replica equals a fresh {@code select} of every monitored row. The same over TCP and over the server's Unix socket
 * ({@code unix:db.sock}): keepalive, reconnection and resynchronisation do not depend on the transport.
 */
@ExtendWith(NettyLeakDetection.class)
class OvsdbReplicaIntegrationTest {
    private static final long WAIT_SECONDS = 20;
    private static final List<OvsdbMonitorRequest> REQUESTS = List.of(
        OvsdbMonitorRequest.of("Bridge", "name", "ports", "fail_mode", "protocols", "external_ids"),
        OvsdbMonitorRequest.of("Interface", "name", "type", "ofport", "options", "error"),
        OvsdbMonitorRequest.of("Open_vSwitch"));
    private static EventLoopGroup group;

    @BeforeAll
    static void startEventLoop() {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopEventLoop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp", "unix"})
    void equalsAFreshSelectAfterTransactionsAndAfterTheServerIsKilledAndRestarted(final String transport)
            throws Exception {
        try (var sandbox = OvsSandbox.start()) {
            final var target = "unix".equals(transport) ? OvsdbTarget.parse("unix:" + sandbox.dbSocket())
                : OvsdbTarget.parse("tcp:127.0.0.1:" + sandbox.dbTcpAddress().getPort());
            final var replica = new OvsdbReplica(REQUESTS);
            final var changes = new LinkedBlockingQueue<List<OvsdbRowChange>>();
            replica.addListener(changes::add);
            final var signals = new LinkedBlockingQueue<Object>();
            replica.addListener(signals::add);
            final var config = new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS), 16 << 20, Duration.ofSeconds(1));
            final var events = new LinkedBlockingQueue<String>();
            if (target instanceof OvsdbTarget.Unix && !OvsdbConnector.unixSocketsSupported()) {
                assertThrows(ExecutionException.class, () -> new OvsdbConnector(group, config).connect(target)
                    .get(WAIT_SECONDS, TimeUnit.SECONDS), "no Unix sockets here, so dialling one fails");
                return;
            }
            try (var session = new OvsdbSession(new OvsdbConnector(group, config), target,
                    new OvsdbSessionConfig("Open_vSwitch", new OvsdbBackoff(Duration.ofMillis(50),
                        Duration.ofMillis(500))))) {
                session.addListener(new Events(events));
                final OvsdbResumableMonitor monitor = session.addMonitor(replica);
                session.start();
                assertEquals("connected", events.poll(WAIT_SECONDS, TimeUnit.SECONDS));
                assertEquals(OvsdbResumableMonitor.Method.COND_SINCE, monitor.method());
                assertEquals(1, replica.table("Open_vSwitch").size());

                sandbox.vsctl("add-br", "br-rep", "--", "set", "bridge", "br-rep", "datapath_type=dummy",
                    "fail_mode=secure", "protocols=OpenFlow13", "external_ids:owner=tunnelmesh");
                sandbox.vsctl("add-port", "br-rep", "rep0", "--", "set", "interface", "rep0", "type=vxlan",
                    "options:remote_ip=flow", "options:key=flow");
                sandbox.vsctl("set", "interface", "rep0", "options:local_ip=192.0.2.1", "--", "remove", "interface",
                    "rep0", "options", "key", "--", "set", "bridge", "br-rep", "protocols=OpenFlow10,OpenFlow13");
                awaitEqual(session, replica, signals, "after ovs-vsctl transactions");
                final var rep0 = interfaceNamed(replica, "rep0");
                assertTrue(changes.stream().flatMap(List::stream).anyMatch(change -> change.uuid().equals(rep0)
                    && change.before().isEmpty()), "listeners heard of the inserted interface");

                sandbox.killAndRestartDatabase();
                assertEquals("disconnected", events.poll(WAIT_SECONDS, TimeUnit.SECONDS));
                assertEquals("connected", events.poll(WAIT_SECONDS, TimeUnit.SECONDS));
                awaitEqual(session, replica, signals, "after kill -9 and restart");
                assertEquals(rep0, interfaceNamed(replica, "rep0"), "rows keep their UUIDs across the restart");

                sandbox.vsctl("del-port", "br-rep", "rep0");
                awaitEqual(session, replica, signals, "after a deletion on the restarted server");
            }
        }
    }

    private static UUID interfaceNamed(final OvsdbReplica replica, final String name) {
        return replica.table("Interface").entrySet().stream()
            .filter(entry -> entry.getValue().get("name").orElseThrow().equals(
                OvsdbAtom.of(name)))
            .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no interface " + name));
    }

    /**
     * Waits until the replica equals a select of every monitored table: the select is the truth at one instant, the
     * replica catches up as notifications arrive, so the comparison repeats after each change until the deadline.
     */
    private static void awaitEqual(final OvsdbSession session, final OvsdbReplica replica,
            final BlockingQueue<Object> signals, final String when) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        Map<String, Map<UUID, OvsdbRow>> expected = Map.of();
        Map<String, Map<UUID, OvsdbRow>> actual = Map.of();
        while (System.nanoTime() < deadline) {
            final var connection = session.connection();
            if (connection.isPresent()) {
                expected = select(connection.orElseThrow().client(), connection.orElseThrow().schema());
                actual = new HashMap<>();
                for (var request : REQUESTS) {
                    actual.put(request.table(), replica.table(request.table()));
                }
                if (expected.equals(actual)) {
                    return;
                }
            }
            // not equal yet: the replica lags behind (or ovs-vswitchd changed a row after the select); either way a
            // change notification is due
            signals.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        assertEquals(expected, actual, "replica " + when);
    }

    private static Map<String, Map<UUID, OvsdbRow>> select(final OvsdbClient client,
            final OvsdbDatabaseSchema schema) throws Exception {
        final var result = new HashMap<String, Map<UUID, OvsdbRow>>();
        for (var request : REQUESTS) {
            final var columns = new ArrayList<>(request.columns().isEmpty()
                ? schema.table(request.table()).orElseThrow().columns().keySet() : request.columns());
            columns.add("_uuid");
            final var reply = client.transact(schema, List.of(new OvsdbSelect(request.table(), List.of(),
                Optional.of(columns)))).get(WAIT_SECONDS, TimeUnit.SECONDS);
            final var rows = new HashMap<UUID, OvsdbRow>();
            for (var row : assertInstanceOf(OvsdbOperationResult.Selected.class, reply.results().get(0)).rows()) {
                final var values = new HashMap<>(row.columns());
                final var uuid = (OvsdbUuid) values.remove("_uuid");
                rows.put(uuid.value(), new OvsdbRow(values));
            }
            result.put(request.table(), rows);
        }
        return result;
    }

    /** Session events as strings. */
    private record Events(BlockingQueue<String> events) implements OvsdbSessionListener {
        @Override
        public void connected(final OvsdbSessionConnection connection) {
            events.add("connected");
        }

        @Override
        public void disconnected(final OvsdbSessionConnection connection) {
            events.add("disconnected");
        }
    }
}
