/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.tunnelmesh.ovsdb.api.OvsdbClient;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate2;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbUpdate3;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.operation.OvsdbComment;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbDelete;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbSelect;
import io.tunnelmesh.ovsdb.api.operation.OvsdbTransactResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbWait;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.client.OvsdbClientConfig;
import io.tunnelmesh.ovsdb.impl.client.OvsdbConnector;
import io.tunnelmesh.ovsdb.impl.client.OvsdbTarget;
import io.tunnelmesh.ovsdb.impl.replica.OvsdbReplica;
import io.tunnelmesh.ovsdb.impl.session.OvsdbBackoff;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSession;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConfig;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConnection;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionListener;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One suite, two servers: the tests of this class run against a real {@code ovsdb-server} with {@code ovs-vswitchd}
 * ({@link RealOvsdbServerAgreementTest}) and against the {@link OvsdbEmulatedServer}
 * ({@link EmulatedOvsdbServerAgreementTest}) through the production client, with the same expectations, which shows
 * that the two agree: named UUIDs, a failure in the middle of a batch, referential integrity, garbage collection, a
 * unique index, {@code update}, {@code update2} and {@code update3} notifications, and the {@code ofport} the switch
 * assigns. Names are unique per test, as the real server is shared by the whole run.
 */
abstract class OvsdbServerAgreement {
    private static final long WAIT_SECONDS = 20;
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static EventLoopGroup group;

    private OvsdbClient client;
    private OvsdbDatabaseSchema schema;
    private final String prefix = "ag" + Long.toString(System.nanoTime() % 100_000, 36) + NAMES.incrementAndGet();

    /**
     * The server under test.
     *
     * @return its address
     * @throws Exception if it cannot be reached
     */
    abstract InetSocketAddress serverAddress() throws Exception;

    @BeforeAll
    static void startEventLoop() {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopEventLoop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private OvsdbClient client() throws Exception {
        if (client == null) {
            client = await(new OvsdbConnector(group, new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS), 16 << 20))
                .connect(serverAddress()));
            schema = await(client.getSchema("Open_vSwitch"));
        }
        return client;
    }

    @AfterEach
    void disconnect() {
        if (client != null) {
            client.close();
        }
    }

    private static <T> T await(final CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private OvsdbTransactResult transact(final OvsdbOperation... operations) throws Exception {
        return await(client().transact(schema, List.of(operations)));
    }

    private static OvsdbRow row(final Object... pairs) {
        final var columns = new java.util.LinkedHashMap<String, OvsdbValue>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], (OvsdbValue) pairs[i + 1]);
        }
        return new OvsdbRow(columns);
    }

    /** A bridge with one port and interface of the same name, added to Open_vSwitch.bridges. */
    private List<OvsdbOperation> bridgeWithPort(final String bridge, final String port) {
        return List.of(
            new OvsdbInsert("Bridge", row("name", OvsdbAtom.of(bridge), "datapath_type", OvsdbAtom.of("dummy"),
                "ports", OvsdbSet.of(new OvsdbNamedUuid("port"))), "bridge"),
            new OvsdbInsert("Port", row("name", OvsdbAtom.of(port),
                "interfaces", OvsdbSet.of(new OvsdbNamedUuid("iface"))), "port"),
            new OvsdbInsert("Interface", row("name", OvsdbAtom.of(port), "type", OvsdbAtom.of("dummy")), "iface"),
            new OvsdbMutate("Open_vSwitch", List.of(), List.of(
                OvsdbMutation.insert("bridges", OvsdbSet.of(new OvsdbNamedUuid("bridge"))))));
    }

    private List<OvsdbRow> select(final String table, final String name, final String... columns)
        throws Exception {
        final var result = transact(new OvsdbSelect(table, List.of(OvsdbCondition.nameIs(name)),
            columns.length == 0 ? Optional.empty() : Optional.of(List.of(columns))));
        return assertInstanceOf(OvsdbOperationResult.Selected.class, result.results().get(0)).rows();
    }

    private void removeBridge(final String bridge) throws Exception {
        final var rows = select("Bridge", bridge, "_uuid");
        if (!rows.isEmpty()) {
            transact(new OvsdbMutate("Open_vSwitch", List.of(), List.of(OvsdbMutation.delete("bridges",
                OvsdbSet.of((OvsdbAtom) rows.get(0).get("_uuid").orElseThrow())))));
        }
    }

    @Test
    void insertsWithNamedUuidsReferringForwardAndBack() throws Exception {
        final var bridge = prefix + "b";
        final var result = await(client().transact(schema, bridgeWithPort(bridge, prefix + "p")));
        assertEquals(Optional.empty(), result.failure());
        assertEquals(4, result.results().size());
        final var rows = select("Bridge", bridge, "ports");
        assertEquals(List.of(row("ports", OvsdbSet.of(OvsdbAtom.of(result.insertedUuid(1))))), rows);
        assertEquals(List.of(row("interfaces", OvsdbSet.of(OvsdbAtom.of(result.insertedUuid(2))))),
            select("Port", prefix + "p", "interfaces"));
        assertEquals(new OvsdbOperationResult.Counted(1), result.results().get(3));
        removeBridge(bridge);
    }

    @Test
    void failingOperationInTheMiddleAppliesNothing() throws Exception {
        final var bridge = prefix + "b";
        final var operations = new ArrayList<>(bridgeWithPort(bridge, prefix + "p"));
        operations.add(new OvsdbWait("Open_vSwitch", OptionalLong.of(0), List.of(), List.of("bridges"),
            OvsdbWait.Until.EQUAL, List.of()));
        operations.add(new OvsdbComment("never"));
        final var result = await(client().transact(schema, operations));
        final var failure = result.failure().orElseThrow();
        assertEquals(4, failure.index());
        assertEquals("timed out", failure.error().error());
        assertInstanceOf(OvsdbOperationResult.Inserted.class, result.results().get(0));
        assertEquals(new OvsdbOperationResult.NotExecuted(), result.results().get(5));
        assertEquals(List.of(), select("Bridge", bridge));
        assertEquals(List.of(), select("Interface", prefix + "p"));

        final var unknown = transact(new OvsdbComment("first"), new OvsdbSelect("Bridge",
            List.of(OvsdbCondition.equal("colour", OvsdbAtom.of("red")))), new OvsdbComment("never"));
        assertEquals(1, unknown.failure().orElseThrow().index());
        assertEquals("unknown column", unknown.failure().orElseThrow().error().error());
        assertEquals(new OvsdbOperationResult.Done(), unknown.results().get(0));
        assertEquals(new OvsdbOperationResult.NotExecuted(), unknown.results().get(2));
    }

    @Test
    void referencedRowsCannotBeDeletedNorMissing() throws Exception {
        final var bridge = prefix + "b";
        final var port = prefix + "p";
        assertTrue(await(client().transact(schema, bridgeWithPort(bridge, port))).isSuccess());
        final var deletion = transact(new OvsdbDelete("Port", List.of(OvsdbCondition.nameIs(port))));
        assertEquals(new OvsdbOperationResult.Counted(1), deletion.results().get(0));
        assertEquals("referential integrity violation", deletion.commitError().orElseThrow().error(),
            deletion.toString());
        assertEquals(1, select("Port", port).size(), "nothing was deleted");

        final var dangling = transact(new OvsdbInsert("Bridge", row("name", OvsdbAtom.of(prefix + "x"),
            "ports", OvsdbSet.of(OvsdbAtom.of(UUID.randomUUID()))), "x"),
            new OvsdbMutate("Open_vSwitch", List.of(), List.of(OvsdbMutation.insert("bridges",
                OvsdbSet.of(new OvsdbNamedUuid("x"))))));
        assertEquals("referential integrity violation", dangling.commitError().orElseThrow().error(),
            dangling.toString());
        assertEquals(List.of(), select("Bridge", prefix + "x"));
        removeBridge(bridge);
    }

    @Test
    void unreferencedPortsAndInterfacesAreCollected() throws Exception {
        final var orphan = prefix + "o";
        final var inserted = transact(new OvsdbInsert("Port", row("name", OvsdbAtom.of(orphan),
            "interfaces", OvsdbSet.of(new OvsdbNamedUuid("i"))), "p"),
            new OvsdbInsert("Interface", row("name", OvsdbAtom.of(orphan)), "i"));
        assertTrue(inserted.isSuccess(), inserted.toString());
        assertEquals(List.of(), select("Port", orphan), "an unreferenced port is collected at once");
        assertEquals(List.of(), select("Interface", orphan));

        final var bridge = prefix + "b";
        final var port = prefix + "p";
        final var created = await(client().transact(schema, bridgeWithPort(bridge, port)));
        assertEquals(1, select("Interface", port).size());
        final var removal = transact(new OvsdbMutate("Bridge", List.of(OvsdbCondition.nameIs(bridge)), List.of(
            OvsdbMutation.delete("ports", OvsdbSet.of(OvsdbAtom.of(created.insertedUuid(1)))))));
        assertTrue(removal.isSuccess(), removal.toString());
        assertEquals(List.of(), select("Port", port));
        assertEquals(List.of(), select("Interface", port));
        removeBridge(bridge);
    }

    @Test
    void uniqueBridgeNamesAreEnforcedAtCommit() throws Exception {
        final var bridge = prefix + "b";
        assertTrue(await(client().transact(schema, bridgeWithPort(bridge, prefix + "p"))).isSuccess());
        final var duplicate = transact(new OvsdbInsert("Bridge", row("name", OvsdbAtom.of(bridge)), "dup"),
            new OvsdbMutate("Open_vSwitch", List.of(), List.of(OvsdbMutation.insert("bridges",
                OvsdbSet.of(new OvsdbNamedUuid("dup"))))));
        assertEquals(2, duplicate.results().size());
        assertEquals(2, duplicate.failure().orElseThrow().index());
        assertEquals("constraint violation", duplicate.commitError().orElseThrow().error());
        assertEquals(1, select("Bridge", bridge).size());
        removeBridge(bridge);
    }

    @Test
    void monitorCondSendsInsertModifyAndDeleteAsUpdate2() throws Exception {
        final var bridge = prefix + "b";
        final var updates = new LinkedBlockingQueue<OvsdbTableUpdates2>();
        final var monitor = await(client().monitorCond(schema, List.of(OvsdbMonitorRequest.of("Bridge", "name",
            "ports", "external_ids").where(List.of(OvsdbCondition.nameIs(bridge)))), updates::add));
        assertEquals(Map.of(), nonEmpty(monitor.initial().tables()));

        final var created = await(client().transact(schema, bridgeWithPort(bridge, prefix + "p")));
        final var uuid = created.insertedUuid(0);
        final var insert = next(updates, update -> update.tables().containsKey("Bridge"));
        assertEquals(new OvsdbRowUpdate2.Insert(row("name", OvsdbAtom.of(bridge),
            "ports", OvsdbSet.of(OvsdbAtom.of(created.insertedUuid(1))))), insert.tables().get("Bridge").get(uuid),
            "an insert leaves out the columns that hold their default");

        transact(new OvsdbMutate("Bridge", List.of(OvsdbCondition.nameIs(bridge)), List.of(OvsdbMutation.insert(
            "external_ids", OvsdbMap.ofStrings(Map.of("owner", "tunnelmesh"))))));
        assertEquals(new OvsdbRowUpdate2.Modify(row("external_ids", OvsdbMap.ofStrings(Map.of("owner",
            "tunnelmesh")))), next(updates, update -> true).tables().get("Bridge").get(uuid));

        removeBridge(bridge);
        assertEquals(new OvsdbRowUpdate2.Delete(), next(updates, update -> true).tables().get("Bridge").get(uuid));
        await(client().monitorCancel(monitor.id()));
    }

    @Test
    void monitorCondChangeMovesRowsInAndOutOfTheMonitor() throws Exception {
        final var first = prefix + "pa";
        final var second = prefix + "pb";
        final var a = await(client().transact(schema, bridgeWithPort(prefix + "a", first))).insertedUuid(2);
        final var b = await(client().transact(schema, bridgeWithPort(prefix + "b", second))).insertedUuid(2);
        final var updates = new LinkedBlockingQueue<OvsdbTableUpdates2>();
        final var monitor = await(client().monitorCond(schema, List.of(OvsdbMonitorRequest.of("Interface", "name",
            "type").where(List.of(OvsdbCondition.nameIs(first)))), updates::add));
        assertEquals(Set.of(a), monitor.initial().tables().get("Interface").keySet());

        final var moved = await(client().monitorCondChange(monitor.id(),
            Map.of("Interface", List.of(OvsdbCondition.nameIs(second)))));
        assertNotEquals(monitor.id(), moved);
        // the update came before the reply: it is queued already
        assertEquals(Map.of(a, new OvsdbRowUpdate2.Delete(), b, new OvsdbRowUpdate2.Insert(row("name",
            OvsdbAtom.of(second), "type", OvsdbAtom.of("dummy")))), updates.poll().tables().get("Interface"));

        // conditions are a disjunction: either name
        final var both = await(client().monitorCondChange(moved, Map.of("Interface",
            List.of(OvsdbCondition.nameIs(first), OvsdbCondition.nameIs(second)))));
        assertEquals(Set.of(a), updates.poll().tables().get("Interface").keySet());

        final var e = assertThrows(ExecutionException.class, () -> await(client().monitorCondChange(monitor.id(),
            Map.of("Interface", List.of()))));
        assertEquals("no monitor " + monitor.id().value() + " on this connection", e.getCause().getMessage(),
            "the old id is gone");
        await(client().monitorCancel(both));
        removeBridge(prefix + "a");
        removeBridge(prefix + "b");
    }

    @Test
    void plainMonitorTakesAConditionChangeButWatchesEveryRow() throws Exception {
        // ovsdb-server(7) speaks of monitor_cond only; ovsdb-server 3.1 also answers a plain monitor's change, gives
        // it the new id, and goes on sending every row, as a plain monitor has no conditions
        final var first = prefix + "a";
        final var second = prefix + "b";
        final var a = await(client().transact(schema, bridgeWithPort(first, prefix + "pa"))).insertedUuid(0);
        final var b = await(client().transact(schema, bridgeWithPort(second, prefix + "pb"))).insertedUuid(0);
        final var updates = new LinkedBlockingQueue<OvsdbTableUpdates>();
        final var plain = await(client().monitor(schema, List.of(OvsdbMonitorRequest.of("Bridge", "name")),
            updates::add));
        assertTrue(plain.initial().tables().get("Bridge").keySet().containsAll(Set.of(a, b)));
        final var moved = await(client().monitorCondChange(plain.id(),
            Map.of("Bridge", List.of(OvsdbCondition.nameIs(first)))));
        assertEquals(null, updates.poll(), "no row left or entered");
        removeBridge(second);
        final var deleted = next(updates, update -> update.tables().getOrDefault("Bridge", Map.of()).containsKey(b));
        assertEquals(Optional.of(row("name", OvsdbAtom.of(second))), deleted.tables().get("Bridge").get(b).old());
        await(client().monitorCancel(moved));
        removeBridge(first);
    }

    @Test
    void replicaFollowsAConditionChange() throws Exception {
        final var first = prefix + "pa";
        final var second = prefix + "pb";
        final var a = await(client().transact(schema, bridgeWithPort(prefix + "a", first))).insertedUuid(2);
        final var b = await(client().transact(schema, bridgeWithPort(prefix + "b", second))).insertedUuid(2);
        final var replica = new OvsdbReplica(List.of(OvsdbMonitorRequest.of("Interface", "name", "type")
            .where(List.of(OvsdbCondition.nameIs(first)))));
        final var connected = new CompletableFuture<Void>();
        try (var session = new OvsdbSession(new OvsdbConnector(group, new OvsdbClientConfig(
                Duration.ofSeconds(WAIT_SECONDS), 16 << 20)), OvsdbTarget.parse("tcp:127.0.0.1:"
                + serverAddress().getPort()), new OvsdbSessionConfig("Open_vSwitch", new OvsdbBackoff(
                Duration.ofMillis(50), Duration.ofMillis(500))))) {
            final var monitor = session.addMonitor(replica);
            session.addListener(new OvsdbSessionListener() {
                @Override
                public void connected(final OvsdbSessionConnection connection) {
                    connected.complete(null);
                }

                @Override
                public void disconnected(final OvsdbSessionConnection connection) {
                    // the test ends with the session
                }
            });
            session.start();
            await(connected);
            assertEquals(Set.of(a), replica.table("Interface").keySet());

            await(monitor.changeConditions(Map.of("Interface", List.of(OvsdbCondition.nameIs(second)))));
            assertEquals(Set.of(b), replica.table("Interface").keySet(), "a left, b entered");
            assertEquals(Optional.of(OvsdbAtom.of(second)), replica.table("Interface").get(b).get("name"));

            await(monitor.changeConditions(Map.of("Interface", List.of())));
            assertTrue(replica.table("Interface").keySet().containsAll(Set.of(a, b)), "no condition: every row");
        } finally {
            removeBridge(prefix + "a");
            removeBridge(prefix + "b");
        }
    }

    @Test
    void monitorAndMonitorCondSinceSeeTheOfportTheSwitchAssigns() throws Exception {
        final var bridge = prefix + "b";
        final var port = prefix + "p";
        final var updates3 = new LinkedBlockingQueue<OvsdbUpdate3>();
        final var since = await(client().monitorCondSince(schema, List.of(OvsdbMonitorRequest.of("Interface",
            "name", "ofport").where(List.of(OvsdbCondition.nameIs(port)))), Optional.empty(), updates3::add));
        assertEquals(false, since.initial().found());
        final var updates = new LinkedBlockingQueue<OvsdbTableUpdates>();
        final var plain = await(client().monitor(schema, List.of(OvsdbMonitorRequest.of("Interface", "name",
            "ofport")), updates::add));

        final var iface = await(client().transact(schema, bridgeWithPort(bridge, port))).insertedUuid(2);
        assertEquals(new OvsdbRowUpdate2.Insert(row("name", OvsdbAtom.of(port))),
            next(updates3, update -> true).updates().tables().get("Interface").get(iface));
        final var modify = next(updates3, update -> update.updates().tables().containsKey("Interface"));
        assertEquals(new OvsdbRowUpdate2.Modify(row("ofport", OvsdbSet.of(new OvsdbInteger(1)))),
            modify.updates().tables().get("Interface").get(iface), "the first port of a bridge is ofport 1");

        assertEquals(new OvsdbRowUpdate(Optional.empty(), Optional.of(row("name", OvsdbAtom.of(port),
            "ofport", OvsdbSet.empty()))), next(updates, update -> rowOf(update, iface) != null).tables()
            .get("Interface").get(iface));
        assertEquals(new OvsdbRowUpdate(Optional.of(row("ofport", OvsdbSet.empty())), Optional.of(row("name",
            OvsdbAtom.of(port), "ofport", OvsdbSet.of(new OvsdbInteger(1))))),
            next(updates, update -> rowOf(update, iface) != null).tables().get("Interface").get(iface));
        await(client().monitorCancel(since.id()));
        await(client().monitorCancel(plain.id()));
        removeBridge(bridge);
    }

    private static OvsdbRowUpdate rowOf(final OvsdbTableUpdates update, final UUID uuid) {
        return update.tables().getOrDefault("Interface", Map.of()).get(uuid);
    }

    private static Map<String, ?> nonEmpty(final Map<String, ? extends Map<?, ?>> tables) {
        final var result = new java.util.HashMap<String, Object>();
        tables.forEach((table, rows) -> {
            if (!rows.isEmpty()) {
                result.put(table, rows);
            }
        });
        return result;
    }

    private static <U> U next(final BlockingQueue<U> updates, final Predicate<U> wanted) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            final var update = updates.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(update, "no update within " + WAIT_SECONDS + " s");
            if (wanted.test(update)) {
                return update;
            }
        }
        throw new AssertionError("no matching update within " + WAIT_SECONDS + " s");
    }
}
