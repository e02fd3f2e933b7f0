/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.ReferenceCountUtil;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link JsonRpcInactivityProbe} over a real socket, on a one-thread event loop: a silent peer is echoed after one
 * interval and dropped after the second, and what the peer sent while the loop was stuck is read before it is given
 * up.
 */
@ExtendWith(NettyLeakDetection.class)
class JsonRpcInactivityProbeTest {
    private static final long INTERVAL_MILLIS = 150;

    private MultiThreadIoEventLoopGroup group;
    private ServerSocket server;

    @BeforeEach
    void start() throws IOException {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private Channel connect(final ChannelInboundHandlerAdapter handler) throws InterruptedException {
        return new Bootstrap().group(group).channel(NioSocketChannel.class)
            .handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(final SocketChannel ch) {
                    ch.pipeline().addLast(handler);
                }
            }).connect(server.getLocalSocketAddress()).sync().channel();
    }

    private Channel connectProbed() throws InterruptedException {
        return new Bootstrap().group(group).channel(NioSocketChannel.class)
            .handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(final SocketChannel ch) {
                    JsonRpcPipelineStage.addStages(ch.pipeline(), 1 << 20, Duration.ofMillis(INTERVAL_MILLIS),
                        new JsonRpcEndpoint(Duration.ofSeconds(5), notification -> { }));
                }
            }).connect(server.getLocalSocketAddress()).sync().channel();
    }

    /** Reads what the probe sent until its echo request came. */
    private static void awaitEcho(final Socket peer) throws IOException {
        final InputStream in = peer.getInputStream();
        final var text = new StringBuilder();
        final byte[] buffer = new byte[512];
        while (!text.toString().contains("\"echo\"")) {
            final int read = in.read(buffer);
            assertTrue(read > 0, "closed before the echo");
            text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aSilentPeerIsEchoedThenDropped() throws Exception {
        final var channel = connectProbed();
        try (Socket peer = server.accept()) {
            final long start = System.nanoTime();
            awaitEcho(peer);
            assertTrue(channel.closeFuture().await(20 * INTERVAL_MILLIS), "still open");
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(2 * INTERVAL_MILLIS) * 9 / 10);
        }
    }

    @Test
    void whatThePeerSentWhileOurLoopWasBusyIsReadBeforeTheConnectionIsGivenUp() throws Exception {
        final var channel = connectProbed();
        final var blocking = new CountDownLatch(1);
        final var unblocked = new CountDownLatch(1);
        // another connection on the same one-thread loop, whose reading keeps the loop busy past the second interval
        final var busy = connect(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(final ChannelHandlerContext ctx, final Object msg) throws InterruptedException {
                ReferenceCountUtil.release(msg);
                blocking.countDown();
                TimeUnit.MILLISECONDS.sleep(3 * INTERVAL_MILLIS);
                unblocked.countDown();
            }
        });
        try (Socket peer = server.accept(); Socket busyPeer = server.accept()) {
            awaitEcho(peer);
            busyPeer.getOutputStream().write(1);
            assertTrue(blocking.await(5, TimeUnit.SECONDS));
            // the echo's reply, while the loop is stuck
            peer.getOutputStream().write("{\"id\":\"x\",\"result\":[],\"error\":null}"
                .getBytes(StandardCharsets.UTF_8));
            assertTrue(unblocked.await(5, TimeUnit.SECONDS));
            assertFalse(channel.closeFuture().await(INTERVAL_MILLIS / 2), "closed with the peer's answer unread");
            // silent again: dropped after two more intervals
            assertTrue(channel.closeFuture().await(20 * INTERVAL_MILLIS), "still open");
        } finally {
            busy.close().sync();
        }
    }
}
