/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import io.tunnelmesh.openflow.impl.ovs.OvsSandboxExtension;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.client.OvsdbAcceptor;
import io.tunnelmesh.ovsdb.impl.client.OvsdbClientConfig;
import io.tunnelmesh.ovsdb.impl.client.OvsdbConnector;
import io.tunnelmesh.ovsdb.impl.client.OvsdbTarget;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions against a real {@code ovsdb-server} (the shared {@link OvsSandbox}) and against a server that accepts
 * connections and never speaks.
 */
@ExtendWith({OvsSandboxExtension.class, NettyLeakDetection.class})
class OvsdbSessionTest {
    private static final long WAIT_SECONDS = 20;
    private static final OvsdbSessionConfig FAST = new OvsdbSessionConfig("Open_vSwitch",
        new OvsdbBackoff(Duration.ofMillis(50), Duration.ofMillis(200)));
    private static EventLoopGroup group;

    @BeforeAll
    static void startEventLoop() {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopEventLoop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static OvsdbConnector connector(final Duration probe) {
        return new OvsdbConnector(group, new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS), 16 << 20, probe));
    }

    @Test
    void connectsReadsTheSchemaAndTellsListenersAlsoWhenClosed(final OvsSandbox sandbox) throws Exception {
        final var address = sandbox.dbTcpAddress();
        final var events = new SessionEvents();
        try (var session = new OvsdbSession(connector(Duration.ofSeconds(5)),
                OvsdbTarget.parse("tcp:127.0.0.1:" + address.getPort()), FAST)) {
            session.addListener(events);
            session.start();
            assertEquals("connected", events.next());
            final var connection = session.connection().orElseThrow();
            assertEquals("Open_vSwitch", connection.schema().name());
            connection.client().echo().get(WAIT_SECONDS, TimeUnit.SECONDS);
            // the server closes the connection: the session is told, then reconnects by itself
            connection.client().close();
            assertEquals("disconnected", events.next());
            assertEquals("connected", events.next());
        }
        assertEquals("disconnected", events.next(), "closing the session closes its connection");
    }

    @Test
    void silentServerIsProbedDroppedAndDialledAgain() throws Exception {
        try (var silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            final BlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();
            final var acceptor = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed: the test is over
                }
            });
            final var target = OvsdbTarget.parse("tcp:127.0.0.1:" + silent.getLocalPort());
            final long begin = System.nanoTime();
            try (var session = new OvsdbSession(connector(Duration.ofMillis(100)), target, FAST)) {
                session.start();
                try (var first = accepted.poll(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    assertNotNull(first, "the session never dialled");
                    first.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
                    // get_schema, then the probe's echo after 100 ms of silence, then the end of the stream
                    final var received = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(received.contains("\"get_schema\""), received);
                    assertTrue(received.contains("\"echo\""), received);
                }
                final long droppedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
                assertTrue(droppedAfter < 5_000, "dropped after " + droppedAfter + " ms, not about 200");
                try (var second = accepted.poll(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    assertNotNull(second, "the session did not dial again");
                }
            }
            silent.close();
            acceptor.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
    }

    @Test
    void managerPortIdentifiesANodeThatDials(final OvsSandbox sandbox) throws Exception {
        sandbox.vsctl("set", "Open_vSwitch", ".", "external_ids:system-id=node-7");
        final BlockingQueue<String> nodes = new LinkedBlockingQueue<>();
        final var config = new OvsdbClientConfig(Duration.ofSeconds(WAIT_SECONDS), 16 << 20);
        try (var port = new OvsdbManagerPort(new OvsdbAcceptor(group, config,
                Optional.empty()), new OvsdbNodeListener() {
                    @Override
                    public void nodeConnected(final String nodeId, final OvsdbSessionConnection connection) {
                        nodes.add("connected " + nodeId + " " + connection.schema().name());
                    }

                    @Override
                    public void nodeDisconnected(final String nodeId, final OvsdbSessionConnection connection) {
                        nodes.add("disconnected " + nodeId);
                    }
                })) {
            final InetSocketAddress bound = port.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
            final var remote = "tcp:127.0.0.1:" + bound.getPort();
            sandbox.dbAppctl("ovsdb-server/add-remote", remote);
            try {
                assertEquals("connected node-7 Open_vSwitch", nodes.poll(WAIT_SECONDS, TimeUnit.SECONDS));
            } finally {
                sandbox.dbAppctl("ovsdb-server/remove-remote", remote);
            }
            assertEquals("disconnected node-7", nodes.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        }
    }

    @Test
    void reconnectToAClusteredDatabaseResumesWithOnlyTheChanges() throws Exception {
        try (var clustered = OvsSandbox.startClusteredDatabase()) {
            final var starts = new LinkedBlockingQueue<String>();
            final var events = new SessionEvents();
            try (var session = new OvsdbSession(connector(Duration.ofSeconds(5)),
                    OvsdbTarget.parse("tcp:127.0.0.1:" + clustered.dbTcpAddress().getPort()), FAST)) {
                session.addListener(events);
                final var monitor = session.addMonitor(new OvsdbMonitorSink() {
                    @Override
                    public List<OvsdbMonitorRequest> requests() {
                        return List.of(OvsdbMonitorRequest.of("Open_vSwitch", "external_ids"));
                    }

                    @Override
                    public void start(final OvsdbDatabaseSchema schema, final boolean resumed,
                            final OvsdbTableUpdates2 updates) {
                        starts.add("resumed=" + resumed + " rows=" + updates.tables().getOrDefault("Open_vSwitch",
                            Map.of()).size());
                    }

                    @Override
                    public void update(final OvsdbTableUpdates2 updates) {
                        starts.add("update");
                    }
                });
                session.start();
                assertEquals("connected", events.next());
                assertEquals("resumed=false rows=1", starts.poll(WAIT_SECONDS, TimeUnit.SECONDS));
                clustered.vsctl("--no-wait", "set", "Open_vSwitch", ".", "external_ids:seen=1");
                assertEquals("update", starts.poll(WAIT_SECONDS, TimeUnit.SECONDS));
                assertTrue(monitor.lastTransactionId().isPresent(), "a clustered database names its transactions");

                session.connection().orElseThrow().client().close();
                assertEquals("disconnected", events.next());
                assertEquals("connected", events.next());
                assertEquals("resumed=true rows=0", starts.poll(WAIT_SECONDS, TimeUnit.SECONDS),
                    "an idle reconnect transfers no rows");
            }
        }
    }

    /** What a session's listeners heard, in order. */
    private static final class SessionEvents implements OvsdbSessionListener {
        private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        String next() throws InterruptedException {
            final var event = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(event, "no session event within " + WAIT_SECONDS + " s");
            return event;
        }

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
