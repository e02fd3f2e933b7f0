/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.ovsdb.api.OvsdbClient;
import io.tunnelmesh.ovsdb.api.OvsdbLockListener;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate2;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbWait;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.client.OvsdbClientConfig;
import io.tunnelmesh.ovsdb.impl.client.OvsdbConnector;
import io.tunnelmesh.ovsdb.impl.client.OvsdbTarget;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcEndpoint;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcPipelineStage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the emulated server does beyond what {@link OvsdbServerAgreement} compares with the real one: a
 * {@code monitor_cond_since} that resumes from its history ({@code found} true, only the diff), a {@code wait} that
 * blocks until a later commit, locks, and the dial-out direction with the server's own {@code echo}.
 */
@ExtendWith(NettyLeakDetection.class)
class OvsdbEmulatedServerTest {
    private static final long WAIT_SECONDS = 20;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final OvsdbEmulatedServer server = new OvsdbEmulatedServer(
        OvsdbEmulatedDatabase.openVswitch(OvsdbEmulatorConfig.DEFAULT), group);
    private final InetSocketAddress address;
    private final OvsdbDatabaseSchema schema = server.database().schema();

    OvsdbEmulatedServerTest() throws InterruptedException {
        address = server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() {
        server.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private OvsdbClient connect() throws Exception {
        return await(new OvsdbConnector(group, new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS), 1 << 20))
            .connect(address));
    }

    private static <T> T await(final CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static OvsdbMutate addBridge(final String name) {
        return new OvsdbMutate("Open_vSwitch", List.of(), List.of(OvsdbMutation.insert("bridges",
            OvsdbSet.of(new OvsdbNamedUuid(name)))));
    }

    private static OvsdbInsert bridge(final String name) {
        return new OvsdbInsert("Bridge", new OvsdbRow(Map.of("name", OvsdbAtom.of(name))), name);
    }

    @Test
    void servesAUnixSocketWhereThePlatformHasThem() throws Exception {
        final var dir = Files.createTempDirectory("tunnelmesh-emulated-ovsdb");
        final var socket = UnixDomainSocketAddress.of(dir.resolve("db.sock"));
        try {
            final var connector = new OvsdbConnector(group, new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS),
                1 << 20));
            final var target = OvsdbTarget.parse("unix:" + socket.getPath());
            if (!OvsdbConnector.unixSocketsSupported()) {
                final var e = assertThrows(ExecutionException.class, () -> await(connector.connect(target)));
                assertInstanceOf(UnsupportedOperationException.class, e.getCause());
                return;
            }
            server.listen(socket);
            try (var client = await(connector.connect(target))) {
                assertEquals(List.of("Open_vSwitch"), await(client.listDbs()));
                final var result = await(client.transact(schema, List.of(bridge("brunix"), addBridge("brunix"))));
                assertEquals(Optional.empty(), result.failure());
                assertTrue(server.database().rows("Bridge").values().stream()
                    .anyMatch(row -> row.get("name").orElseThrow().equals(OvsdbAtom.of("brunix"))));
            }
        } finally {
            server.close();
            Files.deleteIfExists(socket.getPath());
            Files.delete(dir);
        }
    }

    @Test
    void monitorCondSinceResumesWithOnlyWhatChanged() throws Exception {
        final var requests = List.of(OvsdbMonitorRequest.of("Bridge", "name", "external_ids"));
        final UUID resumeFrom;
        try (var first = connect()) {
            await(first.transact(schema, List.of(bridge("br_a"), addBridge("br_a"), bridge("br_b"),
                addBridge("br_b"))));
            final var started = await(first.monitorCondSince(schema, requests, Optional.empty(), update -> { }));
            assertFalse(started.initial().found());
            assertEquals(2, started.initial().updates().tables().get("Bridge").size());
            resumeFrom = started.initial().lastTransactionId();
        }
        try (var second = connect()) {
            await(second.transact(schema, List.of(new OvsdbMutate("Bridge", List.of(OvsdbCondition.nameIs("br_a")),
                List.of(OvsdbMutation.insert("external_ids", OvsdbMap.ofStrings(Map.of("k", "v"))))))));
            final var resumed = await(second.monitorCondSince(schema, requests, Optional.of(resumeFrom),
                update -> { }));
            assertTrue(resumed.initial().found());
            final var rows = resumed.initial().updates().tables().get("Bridge");
            assertEquals(1, rows.size(), "only the modified bridge, not the whole table again");
            assertEquals(new OvsdbRowUpdate2.Modify(new OvsdbRow(Map.of("external_ids",
                OvsdbMap.ofStrings(Map.of("k", "v"))))), rows.values().iterator().next());
            assertEquals(server.database().lastTransactionId(), resumed.initial().lastTransactionId());
        }
    }

    @Test
    void waitBlocksUntilACommitMakesItTrue() throws Exception {
        try (var waiter = connect(); var writer = connect()) {
            final var waiting = waiter.transact(schema, List.of(new OvsdbWait("Bridge", OptionalLong.of(60_000),
                List.of(OvsdbCondition.nameIs("br_w")), List.of("name"), OvsdbWait.Until.NOT_EQUAL, List.of())));
            await(waiter.echo());
            assertFalse(waiting.isDone(), "no bridge br_w yet");
            await(writer.transact(schema, List.of(bridge("br_w"), addBridge("br_w"))));
            assertEquals(List.of(new OvsdbOperationResult.Done()), await(waiting).results());
        }
    }

    @Test
    void locksAreGrantedStolenAndHandedOn() throws Exception {
        final var events = new LinkedBlockingQueue<String>();
        final OvsdbLockListener listener = new OvsdbLockListener() {
            @Override
            public void locked(final String lockId) {
                events.add("locked");
            }

            @Override
            public void stolen(final String lockId) {
                events.add("stolen");
            }
        };
        try (var owner = connect(); var thief = connect()) {
            assertTrue(await(owner.lock("l", listener)));
            assertFalse(await(thief.lock("l", listener)));
            await(thief.unlock("l"));
            await(thief.steal("l", listener));
            assertEquals("stolen", events.poll(WAIT_SECONDS, TimeUnit.SECONDS));
            await(thief.unlock("l"));
            assertEquals("locked", events.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        }
    }

    @Test
    void dialsAManagerAndServesItsRequests() throws Exception {
        final var endpoints = new LinkedBlockingQueue<JsonRpcEndpoint>();
        final Channel manager = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
            .childHandler(new ChannelInitializer<>() {
                @Override
                protected void initChannel(final Channel channel) {
                    final var endpoint = new JsonRpcEndpoint(Duration.ofSeconds(WAIT_SECONDS), notification -> { });
                    JsonRpcPipelineStage.addStages(channel.pipeline(), 1 << 20, endpoint);
                    endpoints.add(endpoint);
                }
            }).bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
        try {
            await(server.connect((InetSocketAddress) manager.localAddress()));
            final var endpoint = endpoints.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(JsonNodeFactory.instance.arrayNode().add("Open_vSwitch"),
                await(endpoint.call("list_dbs", JsonNodeFactory.instance.arrayNode(), false)));
            final var session = server.sessions().get(0);
            assertEquals(JsonNodeFactory.instance.arrayNode().add("tunnelmesh-emulator"), await(session.echo()));
        } finally {
            manager.close().sync();
        }
    }
}
