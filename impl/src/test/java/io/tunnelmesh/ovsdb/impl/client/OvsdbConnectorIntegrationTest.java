/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import io.tunnelmesh.openflow.impl.ovs.OvsSandboxExtension;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connector's {@code unix:} targets against a real {@code ovsdb-server} listening on {@code punix:db.sock} (the
 * shared {@link OvsSandbox}): the client lists the databases and commits a transaction that {@code ovs-vsctl} then
 * sees. On a platform without Unix domain sockets the same test checks the refusal instead.
 */
@ExtendWith({OvsSandboxExtension.class, NettyLeakDetection.class})
class OvsdbConnectorIntegrationTest {
    private static final long WAIT_SECONDS = 20;
    private static EventLoopGroup group;

    @BeforeAll
    static void startEventLoop() {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopEventLoop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void dialsTheUnixSocketListsDatabasesAndTransacts(final OvsSandbox sandbox) throws Exception {
        final var connector = new OvsdbConnector(group, new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS),
            1 << 20));
        final var target = OvsdbTarget.parse("unix:" + sandbox.dbSocket());
        if (!OvsdbConnector.unixSocketsSupported()) {
            final var e = assertThrows(ExecutionException.class,
                () -> connector.connect(target).get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertTrue(assertInstanceOf(UnsupportedOperationException.class, e.getCause()).getMessage()
                .startsWith("cannot dial " + target + ": this platform has no Unix domain sockets"), e.toString());
            return;
        }
        try (var client = connector.connect(target).get(WAIT_SECONDS, TimeUnit.SECONDS)) {
            assertEquals(Optional.empty(), client.localAddress(), "a Unix socket has no IP address to point back at");
            assertTrue(client.listDbs().get(WAIT_SECONDS, TimeUnit.SECONDS).contains("Open_vSwitch"));
            final var schema = client.getSchema("Open_vSwitch").get(WAIT_SECONDS, TimeUnit.SECONDS);
            final var result = client.transact(schema, List.of(
                new OvsdbInsert("Bridge", new OvsdbRow(Map.of("name", OvsdbAtom.of("br-unix"),
                    "datapath_type", OvsdbAtom.of("dummy"))), "bridge"),
                new OvsdbMutate("Open_vSwitch", List.of(), List.of(
                    OvsdbMutation.insert("bridges", OvsdbSet.of(new OvsdbNamedUuid("bridge"))))))).get(WAIT_SECONDS,
                        TimeUnit.SECONDS);
            assertEquals(Optional.empty(), result.failure(), result.toString());
            assertTrue(sandbox.vsctl("list-br").lines().toList().contains("br-unix"), "ovs-vsctl sees the bridge");
        } finally {
            sandbox.vsctl("--if-exists", "del-br", "br-unix");
        }
    }

    @Test
    void refusesAMissingSocketWithTheOperatingSystemsReason(final OvsSandbox sandbox) {
        final var connector = new OvsdbConnector(group, new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS),
            1 << 20));
        final var missing = OvsdbTarget.parse("unix:" + Path.of(sandbox.directory().toString(), "nobody.sock"));
        final var e = assertThrows(ExecutionException.class,
            () -> connector.connect(missing).get(WAIT_SECONDS, TimeUnit.SECONDS));
        if (OvsdbConnector.unixSocketsSupported()) {
            assertTrue(assertInstanceOf(IOException.class, e.getCause()).getMessage().contains("No such file"),
                e.toString());
        } else {
            assertInstanceOf(UnsupportedOperationException.class, e.getCause(), e.toString());
        }
    }
}
