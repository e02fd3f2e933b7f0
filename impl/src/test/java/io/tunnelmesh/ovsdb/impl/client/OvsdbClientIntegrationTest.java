/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import io.tunnelmesh.openflow.impl.ovs.OvsSandboxExtension;
import io.tunnelmesh.ovsdb.api.OvsdbClient;
import io.tunnelmesh.ovsdb.api.OvsdbLockListener;
import io.tunnelmesh.ovsdb.api.OvsdbRpcException;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate2;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbUpdate3;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.operation.OvsdbComment;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbSelect;
import io.tunnelmesh.ovsdb.api.operation.OvsdbWait;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.VswitchSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client against a real {@code ovsdb-server} (and {@code ovs-vswitchd}) of Open vSwitch 3.1, in the shared
 * {@link OvsSandbox}, over TCP on 127.0.0.1: every RFC 7047 method and Open vSwitch's {@code monitor_cond} and
 * {@code monitor_cond_since}, a transaction that creates a bridge, port and interface with named UUIDs, the
 * {@code update3} notifications that follow (including the {@code ofport} that {@code ovs-vswitchd} assigns), and
 * failures at the right index.
 */
@ExtendWith({OvsSandboxExtension.class, NettyLeakDetection.class})
class OvsdbClientIntegrationTest {
    private static final long WAIT_SECONDS = 20;
    private static EventLoopGroup group;

    private final OvsdbClient client;
    private final OvsdbDatabaseSchema schema;

    OvsdbClientIntegrationTest(final OvsSandbox sandbox) throws Exception {
        client = connect(sandbox);
        schema = client.getSchema("Open_vSwitch").get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @BeforeAll
    static void startEventLoop() {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopEventLoop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static OvsdbClient connect(final OvsSandbox sandbox) throws Exception {
        return new OvsdbConnector(group, new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS), 16 << 20))
            .connect(sandbox.dbTcpAddress()).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static <T> T await(final CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void listsDatabasesAndReadsTheSchema() throws Exception {
        assertTrue(await(client.listDbs()).contains("Open_vSwitch"));
        // the installed schema is the one the unit tests decode from their copy
        assertEquals(VswitchSchema.schema(), schema);
        final var e = assertThrows(ExecutionException.class, () -> await(client.getSchema("Nope")));
        assertEquals("unknown database", assertInstanceOf(OvsdbRpcException.class, e.getCause()).error().error());
        await(client.echo());
    }

    @Test
    void createsABridgeAndSeesItThroughMonitorCondSince() throws Exception {
        final var updates = new LinkedBlockingQueue<OvsdbUpdate3>();
        final var monitor = await(client.monitorCondSince(schema, List.of(
            OvsdbMonitorRequest.of("Bridge", "name", "ports").where(List.of(OvsdbCondition.nameIs("br-ovsdb"))),
            OvsdbMonitorRequest.of("Interface", "name", "ofport", "type")
                .where(List.of(OvsdbCondition.nameIs("ovsdb0")))), Optional.empty(), updates::add));
        assertFalse(monitor.initial().found());
        assertTrue(monitor.initial().updates().tables().values().stream().allMatch(Map::isEmpty),
            monitor.initial().toString());

        final var result = await(client.transact(schema, List.of(
            new OvsdbInsert("Interface", new OvsdbRow(Map.of("name", OvsdbAtom.of("ovsdb0"),
                "type", OvsdbAtom.of("internal"))), "iface"),
            new OvsdbInsert("Port", new OvsdbRow(Map.of("name", OvsdbAtom.of("ovsdb0"),
                "interfaces", OvsdbSet.of(new OvsdbNamedUuid("iface")))), "port"),
            new OvsdbInsert("Bridge", new OvsdbRow(Map.of("name", OvsdbAtom.of("br-ovsdb"),
                "ports", OvsdbSet.of(new OvsdbNamedUuid("port")),
                "datapath_type", OvsdbAtom.of("dummy"), "fail_mode", OvsdbSet.of(OvsdbAtom.of("secure")))),
                "bridge"),
            new OvsdbMutate("Open_vSwitch", List.of(), List.of(
                OvsdbMutation.insert("bridges", OvsdbSet.of(new OvsdbNamedUuid("bridge"))))),
            new OvsdbComment("tunnelmesh: ovsdb client integration test"))));
        assertEquals(Optional.empty(), result.failure());
        final UUID iface = result.insertedUuid(0);
        final UUID bridge = result.insertedUuid(2);
        assertEquals(new OvsdbOperationResult.Counted(1), result.results().get(3));

        final var inserted = updates.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(inserted, "no update3 after the transaction");
        assertInstanceOf(OvsdbRowUpdate2.Insert.class, inserted.updates().tables().get("Bridge").get(bridge));
        final var row = assertInstanceOf(OvsdbRowUpdate2.Insert.class,
            inserted.updates().tables().get("Interface").get(iface)).row();
        assertEquals(Optional.of(OvsdbAtom.of("internal")), row.get("type"));

        // ovs-vswitchd realises the interface and writes its ofport: a modify with the new value
        assertEquals(OvsdbSet.of(new OvsdbInteger(ofport(updates, iface))),
            selectOfport(iface), "the ofport the monitor saw is the one the database holds");

        // a standalone (not clustered) database keeps no transaction history: its update3 carries the zero id and
        // resuming from it finds nothing, so the reply is the whole initial contents again
        assertEquals(new UUID(0, 0), inserted.lastTransactionId());
        final var resumed = await(client.monitorCondSince(schema, List.of(OvsdbMonitorRequest.of("Bridge", "name")
            .where(List.of(OvsdbCondition.nameIs("br-ovsdb")))), Optional.of(inserted.lastTransactionId()),
            update -> { }));
        assertFalse(resumed.initial().found());
        assertEquals(new OvsdbRowUpdate2.Initial(new OvsdbRow(Map.of("name", OvsdbAtom.of("br-ovsdb")))),
            resumed.initial().updates().tables().get("Bridge").get(bridge));
        await(client.monitorCancel(resumed.id()));
        await(client.monitorCancel(monitor.id()));
    }

    private static long ofport(final BlockingQueue<OvsdbUpdate3> updates, final UUID iface) throws Exception {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            final var update = updates.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            final var rows = update == null ? null : update.updates().tables().get("Interface");
            if (rows != null && rows.get(iface) instanceof OvsdbRowUpdate2.Modify modify
                    && modify.diff().get("ofport").orElse(OvsdbSet.empty()) instanceof OvsdbSet set
                    && set.size() == 1 && set.elements().iterator().next() instanceof OvsdbInteger port
                    && port.value() > 0) {
                return port.value();
            }
        }
        throw new AssertionError("ovs-vswitchd assigned no ofport within " + WAIT_SECONDS + " s");
    }

    private OvsdbSet selectOfport(final UUID iface) throws Exception {
        final var result = await(client.transact(schema, List.of(new OvsdbSelect("Interface",
            List.of(OvsdbCondition.equal("_uuid", OvsdbAtom.of(iface))), Optional.of(List.of("ofport"))))));
        final var rows = assertInstanceOf(OvsdbOperationResult.Selected.class, result.results().get(0)).rows();
        assertEquals(1, rows.size());
        return (OvsdbSet) rows.get(0).get("ofport").orElseThrow();
    }

    @Test
    void failingOperationReportsItsIndex() throws Exception {
        final var result = await(client.transact(schema, List.of(
            new OvsdbComment("first"),
            new OvsdbSelect("Bridge", List.of(OvsdbCondition.equal("colour", OvsdbAtom.of("red")))),
            new OvsdbComment("never"))));
        final var failure = result.failure().orElseThrow();
        assertEquals(1, failure.index());
        assertEquals("unknown column", failure.error().error());
        assertEquals(new OvsdbOperationResult.Done(), result.results().get(0));
        assertEquals(new OvsdbOperationResult.NotExecuted(), result.results().get(2));
    }

    @Test
    void failingCommitIsTheExtraResult() throws Exception {
        final var row = new OvsdbRow(Map.of("name", OvsdbAtom.of("br-dup")));
        final var result = await(client.transact(schema, List.of(new OvsdbInsert("Bridge", row, "a"),
            new OvsdbInsert("Bridge", row, "b"), new OvsdbMutate("Open_vSwitch", List.of(), List.of(
                OvsdbMutation.insert("bridges", OvsdbSet.of(new OvsdbNamedUuid("a"), new OvsdbNamedUuid("b"))))))));
        assertEquals(3, result.results().size());
        assertTrue(result.commitError().isPresent(), result.toString());
        assertEquals(new OvsdbOperationResult.Counted(1), result.results().get(2));
        assertEquals(3, result.failure().orElseThrow().index());
        assertEquals("constraint violation", result.failure().orElseThrow().error().error());
    }

    @Test
    void monitorAndMonitorCondReplyWithTheRows() throws Exception {
        final var updates = new LinkedBlockingQueue<OvsdbTableUpdates>();
        final var monitor = await(client.monitor(schema, List.of(OvsdbMonitorRequest.of("Open_vSwitch",
            "ovs_version", "iface_types")), updates::add));
        assertEquals(1, monitor.initial().tables().get("Open_vSwitch").size());
        final var cond = await(client.monitorCond(schema, List.of(OvsdbMonitorRequest.of("Open_vSwitch",
            "bridges")), update -> { }));
        assertEquals(1, cond.initial().tables().get("Open_vSwitch").size());
        assertInstanceOf(OvsdbRowUpdate2.Initial.class,
            cond.initial().tables().get("Open_vSwitch").values().iterator().next());
        await(client.monitorCancel(monitor.id()));
        await(client.monitorCancel(cond.id()));
        final var e = assertThrows(ExecutionException.class, () -> await(client.monitorCancel(monitor.id())));
        assertEquals("unknown monitor", assertInstanceOf(OvsdbRpcException.class, e.getCause()).error().error());
    }

    @Test
    void locksAreGrantedStolenAndReleased(final OvsSandbox sandbox) throws Exception {
        final var owner = new LockEvents();
        assertTrue(await(client.lock("tm_lock", owner)));
        try (var other = connect(sandbox)) {
            final var thief = new LockEvents();
            assertFalse(await(other.lock("tm_lock", thief)), "held by the owner");
            await(other.unlock("tm_lock"));
            await(other.steal("tm_lock", thief));
            // ovsdb-server 3.1 also sends the owner a redundant "locked" when a mere waiter unlocks: skip it
            owner.await("stolen tm_lock");
            // the robbed client stays queued for the lock: when the thief lets go, it is told it holds it again
            await(other.unlock("tm_lock"));
            owner.await("locked tm_lock");
        }
        await(client.unlock("tm_lock"));
    }

    /** The lock notifications one client received, in order. */
    private static final class LockEvents implements OvsdbLockListener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        void await(final String expected) throws InterruptedException {
            final var seen = new ArrayList<String>();
            for (var event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS); event != null;
                    event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS)) {
                if (event.equals(expected)) {
                    return;
                }
                seen.add(event);
            }
            throw new AssertionError("no \"" + expected + "\" within " + WAIT_SECONDS + " s, only " + seen);
        }

        @Override
        public void locked(final String lockId) {
            events.add("locked " + lockId);
        }

        @Override
        public void stolen(final String lockId) {
            events.add("stolen " + lockId);
        }
    }

    @Test
    void cancelledTransactionLeavesTheConnectionUsable() throws Exception {
        // waits until Open_vSwitch has no rows, which never happens, for a minute
        final var waiting = client.transact(schema, List.of(new OvsdbWait("Open_vSwitch", OptionalLong.of(60_000),
            List.of(), List.of("_uuid"), OvsdbWait.Until.EQUAL, List.of())));
        assertTrue(waiting.cancel(false));
        await(client.echo());
        assertTrue(await(client.listDbs()).contains("Open_vSwitch"));
    }
}
