/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.OfSystemListener;
import io.tunnelmesh.openflow.api.connection.OfTransport;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionHandler;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.v10.Of10FeaturesReply;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider on real loopback sockets: TCP with accept and refuse, client mode, TLS with mutual authentication,
 * UDP, and a stop that leaves no thread behind.
 */
@ExtendWith(NettyLeakDetection.class)
class OfSwitchConnectionProviderTest {
    private static final long WAIT = 20;

    @TempDir
    static Path keyDir;
    private static OfTestKeys keys;
    private static MultiThreadIoEventLoopGroup switches;

    /** Accepts (or refuses) switches and reports handshakes and disconnects through futures. */
    private static final class Handler implements SwitchConnectionHandler, OfSystemListener {
        final boolean accept;
        final CompletableFuture<OfConnection> ready = new CompletableFuture<>();
        final CompletableFuture<OfDisconnectReason> disconnected = new CompletableFuture<>();

        Handler(final boolean accept) {
            this.accept = accept;
        }

        @Override
        public boolean accept(final InetSocketAddress remote) {
            return accept;
        }

        @Override
        public void onSwitchConnected(final OfConnection connection) {
            connection.setSystemListener(this);
        }

        @Override
        public void onHandshakeDone(final OfConnection connection) {
            ready.complete(connection);
        }

        @Override
        public void onDisconnected(final OfConnection connection, final OfDisconnectReason reason) {
            disconnected.complete(reason);
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        keys = OfTestKeys.generate(keyDir);
        switches = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void tearDown() throws Exception {
        switches.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }

    private static <T> T await(final CompletableFuture<T> future)
            throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(WAIT, TimeUnit.SECONDS);
    }

    private static SwitchConnectionConfig.Builder config() {
        return SwitchConnectionConfig.builder().workerThreads(1);
    }

    @Test
    void tcpSwitchIsAcceptedHandshakesAndCanBeClosed() throws Exception {
        final var handler = new Handler(true);
        final var provider = new OfSwitchConnectionProvider(config().build(), OfEmbeddedSwitch.REGISTRY, handler);
        try {
            final var bound = await(provider.start());
            assertNotEquals(0, bound.getPort(), "the ephemeral port is exposed");
            final var peer = new OfScriptedSwitch(0x42, null);
            peer.dial(switches, bound);
            final var connection = await(handler.ready);
            assertEquals(0x42, connection.features().datapathId());
            assertEquals(OfVersion.OF13, connection.version());
            assertTrue(provider.counters().received() >= 2);
            connection.close();
            await(peer.closed);
            assertEquals(OfDisconnectReason.Cause.LOCAL_CLOSE, await(handler.disconnected).cause());
        } finally {
            await(provider.stop());
        }
    }

    @Test
    void stoppingTheProviderIsALocalCloseForItsSwitches() throws Exception {
        final var handler = new Handler(true);
        final var provider = new OfSwitchConnectionProvider(config().build(), OfEmbeddedSwitch.REGISTRY, handler);
        try {
            final var peer = new OfScriptedSwitch(0x43, null);
            peer.dial(switches, await(provider.start()));
            await(handler.ready);
        } finally {
            await(provider.stop());
        }
        final var reason = await(handler.disconnected);
        assertEquals(OfDisconnectReason.Cause.LOCAL_CLOSE, reason.cause(), reason::toString);
        assertTrue(reason.detail().contains("stopping"), reason::toString);
    }

    @Test
    void openFlow10SwitchHandshakes() throws Exception {
        final var handler = new Handler(true);
        final var provider = new OfSwitchConnectionProvider(config().build(), OpenFlowCodecs.standard(), handler);
        try {
            final var peer = new OfScriptedSwitch(0x10, null, OfVersion.OF10);
            peer.dial(switches, await(provider.start()));
            final var connection = await(handler.ready);
            assertEquals(OfVersion.OF10, connection.version());
            assertEquals(OfVersion.OF10, await(peer.featuresRequested).version());
            final var features = connection.features();
            assertInstanceOf(Of10FeaturesReply.class, features);
            assertEquals(0x10, features.datapathId());
            assertEquals(254, features.tables());
            connection.close();
            await(peer.closed);
        } finally {
            await(provider.stop());
        }
    }

    @Test
    void refusedSwitchIsClosed() throws Exception {
        final var handler = new Handler(false);
        final var provider = new OfSwitchConnectionProvider(config().build(), OfEmbeddedSwitch.REGISTRY, handler);
        try {
            final var peer = new OfScriptedSwitch(1, null);
            peer.dial(switches, await(provider.start()));
            await(peer.closed);
            assertFalse(handler.ready.isDone());
        } finally {
            await(provider.stop());
        }
    }

    @Test
    void clientModeDialsAListeningSwitch() throws Exception {
        final var handler = new Handler(true);
        final var provider = new OfSwitchConnectionProvider(config().build(), OfEmbeddedSwitch.REGISTRY, handler);
        final var peer = new OfScriptedSwitch(0x99, null);
        final var listening = peer.listen(switches);
        try {
            final var connection = await(provider.connect((InetSocketAddress) listening.localAddress()));
            assertEquals(0x99, await(handler.ready).features().datapathId());
            assertTrue(connection.isConnected());
        } finally {
            await(provider.stop());
            listening.close().sync();
        }
    }

    @Test
    void stopEndsEveryThread() throws Exception {
        final var provider = new OfSwitchConnectionProvider(config().workerThreads(2).build(),
            OfEmbeddedSwitch.REGISTRY, new Handler(true));
        await(provider.start());
        await(provider.stop());
        for (var thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(provider.threadPoolName() + "-")) {
                thread.join(TimeUnit.SECONDS.toMillis(WAIT));
                assertFalse(thread.isAlive(), thread.getName());
            }
        }
    }

    @Test
    void tlsWithMutualAuthenticationAcceptsATrustedSwitchOnly() throws Exception {
        final var handler = new Handler(true);
        final var provider = new OfSwitchConnectionProvider(config().transport(OfTransport.TLS)
            .tls(keys.config("controller", true)).build(), OfEmbeddedSwitch.REGISTRY, handler);
        try {
            final var bound = await(provider.start());
            final var stranger = new OfScriptedSwitch(0x5, OfTlsContextFactory.client(keys.config("stranger", true)));
            stranger.dial(switches, bound);
            await(stranger.closed);
            assertFalse(stranger.featuresRequested.isDone(), "an untrusted certificate gets no OpenFlow");
            final var trusted = new OfScriptedSwitch(0x7, OfTlsContextFactory.client(keys.config("switch", true)));
            trusted.dial(switches, bound);
            final var connection = await(handler.ready);
            assertEquals(0x7, connection.features().datapathId());
        } finally {
            await(provider.stop());
        }
    }

    @Test
    void udpDatagramsFormOneConnectionPerRemoteAddress() throws Exception {
        final var handler = new Handler(true);
        final var provider = new OfSwitchConnectionProvider(config().transport(OfTransport.UDP).build(),
            OfEmbeddedSwitch.REGISTRY, handler);
        try (var socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT));
            final var bound = await(provider.start());
            send(socket, bound, OfHello.offering(1, OfVersion.OF13));
            assertTrue(receive(socket) instanceof OfHello);
            final var request = (OfFeaturesRequest) receive(socket);
            send(socket, bound, new OfFeaturesReply(request.xid(), 0x55, 0, 254, 0, 0, 0));
            final var connection = await(handler.ready);
            assertEquals(0x55, connection.features().datapathId());
            assertEquals(socket.getLocalPort(), connection.remoteAddress().getPort());
        } finally {
            await(provider.stop());
        }
    }

    private static void send(final DatagramSocket socket, final InetSocketAddress to, final OfMessage message)
            throws Exception {
        final var buffer = ByteBufAllocator.DEFAULT.heapBuffer();
        try {
            OfEmbeddedSwitch.ENCODER.encode(message, buffer);
            final var bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            socket.send(new DatagramPacket(bytes, bytes.length, to));
        } finally {
            buffer.release();
        }
    }

    private static OfMessage receive(final DatagramSocket socket) throws Exception {
        final var packet = new DatagramPacket(new byte[65535], 65535);
        socket.receive(packet);
        final var buffer = ByteBufAllocator.DEFAULT.heapBuffer().writeBytes(packet.getData(), 0, packet.getLength());
        try {
            final var decoded = OfEmbeddedSwitch.DECODER.decode(buffer);
            if (decoded instanceof OfMessage message) {
                return message;
            }
            throw new AssertionError("undecodable datagram: " + decoded);
        } finally {
            buffer.release();
        }
    }

    @Test
    void tlsWithoutKeyMaterialIsRefusedByTheConfig() {
        assertThrows(IllegalArgumentException.class, () -> config().transport(OfTransport.TLS).build());
    }
}
