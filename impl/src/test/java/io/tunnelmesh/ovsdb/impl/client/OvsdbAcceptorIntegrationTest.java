/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

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
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptor with a real {@code ovsdb-server} dialling it (the shared {@link OvsSandbox}, told
 * {@code ovsdb-server/add-remote}): the manager direction, in which the node connects and the controller asks.
 */
@ExtendWith({OvsSandboxExtension.class, NettyLeakDetection.class})
class OvsdbAcceptorIntegrationTest {
    private static final long WAIT_SECONDS = 20;
    private static final OvsdbClientConfig CONFIG = new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS), 1 << 20);
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
    void listensOnAUnixSocketThatOvsdbServerDials(final OvsSandbox sandbox) throws Exception {
        final var socket = sandbox.directory().resolve("manager.sock");
        final var acceptor = new OvsdbAcceptor(group, CONFIG, Optional.empty());
        final BlockingQueue<OvsdbJsonRpcClient> accepted = new LinkedBlockingQueue<>();
        final var listening = acceptor.listen(UnixDomainSocketAddress.of(socket), accepted::add);
        if (!OvsdbConnector.unixSocketsSupported()) {
            final var e = assertThrows(ExecutionException.class, () -> listening.get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertInstanceOf(UnsupportedOperationException.class, e.getCause(), e.toString());
            return;
        }
        final var channel = listening.get(WAIT_SECONDS, TimeUnit.SECONDS);
        final var remote = "unix:" + socket;
        sandbox.dbAppctl("ovsdb-server/add-remote", remote);
        try {
            final var client = accepted.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(client, "ovsdb-server did not dial " + remote);
            try (client) {
                assertTrue(client.listDbs().get(WAIT_SECONDS, TimeUnit.SECONDS).contains("Open_vSwitch"));
                assertTrue(client.getSchema("Open_vSwitch").get(WAIT_SECONDS, TimeUnit.SECONDS).table("Interface")
                    .isPresent());
            }
        } finally {
            sandbox.dbAppctl("ovsdb-server/remove-remote", remote);
            channel.close().syncUninterruptibly();
        }
        assertFalse(Files.exists(socket), "closing the listener removes its socket file");
    }
}
