/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link OfEchoHandler} over a real socket, towards a peer that never answers echoes (a switch busy with what we sent
 * before the echo): it stays connected while it keeps reading our output, however slowly, or keeps sending other
 * messages, and is closed one echo timeout after it stops.
 */
@ExtendWith(NettyLeakDetection.class)
class OfEchoHandlerTest {
    private static final long IDLE_MILLIS = 100;
    private static final long ECHO_MILLIS = 300;
    private static final int CHUNK = 64 << 10;
    /** Far more than the socket buffers hold, so that our side's outbound buffer stays busy. */
    private static final int CHUNKS = 128;

    private MultiThreadIoEventLoopGroup group;
    private ScheduledExecutorService peerReader;
    private ServerSocket server;

    @BeforeEach
    void start() throws IOException {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        peerReader = Executors.newSingleThreadScheduledExecutor();
        server = new ServerSocket();
        server.setReceiveBufferSize(16 << 10);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() throws IOException {
        peerReader.shutdownNow();
        server.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private Channel connect() throws InterruptedException {
        return connect(new ChannelInboundHandlerAdapter());
    }

    private Channel connect(final ChannelInboundHandlerAdapter after) throws InterruptedException {
        return connect(after, CHUNKS);
    }

    private Channel connect(final ChannelInboundHandlerAdapter after, final int chunks) throws InterruptedException {
        final OfCodecRegistry registry = V13Codecs.addTo(OfCodecRegistry.builder()).build();
        final var channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
            .option(ChannelOption.SO_SNDBUF, 16 << 10)
            .handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(final SocketChannel ch) {
                    OfPipelineStage.addCodecStages(ch.pipeline(), registry);
                    ch.pipeline().addLast(new IdleStateHandler(IDLE_MILLIS, 0, 0, TimeUnit.MILLISECONDS))
                        .addLast(new OfEchoHandler(Duration.ofMillis(ECHO_MILLIS), () -> 7)).addLast(after);
                }
            }).connect(server.getLocalSocketAddress()).sync().channel();
        for (int i = 0; i < chunks; i++) {
            channel.write(Unpooled.wrappedBuffer(new byte[CHUNK]));
        }
        channel.flush();
        return channel;
    }

    @Test
    void aPeerReadingOurOutputStaysConnectedWithoutAnsweringTheEcho() throws Exception {
        final var channel = connect();
        try (Socket peer = server.accept()) {
            final InputStream in = peer.getInputStream();
            final var read = new AtomicLong();
            final var reading = peerReader.scheduleAtFixedRate(() -> {
                try {
                    read.addAndGet(in.read(new byte[8 << 10]));
                } catch (IOException e) {
                    // closed: the assertions below tell
                }
            }, 0, 20, TimeUnit.MILLISECONDS);
            // many idle-plus-echo periods pass without a reply, but with our bytes being read
            assertFalse(channel.closeFuture().await(5 * (IDLE_MILLIS + ECHO_MILLIS)), "closed while read");
            assertTrue(read.get() > 0);
            reading.cancel(false);
            assertTrue(channel.closeFuture().await(10 * (IDLE_MILLIS + ECHO_MILLIS)),
                "still open after the peer stopped reading");
        }
    }

    @Test
    void aPeerSendingOtherMessagesStaysConnectedWithoutReadingOrAnsweringTheEcho() throws Exception {
        // what passes the echo handler: the peer's barrier replies, never an echo reply of ours
        final var passed = new CopyOnWriteArrayList<Object>();
        final var channel = connect(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
                passed.add(msg);
            }
        });
        try (Socket peer = server.accept()) {
            final OutputStream out = peer.getOutputStream();
            // a barrier reply now and then: less often than the idle time, so that each time an echo is awaited,
            // and more often than idle time plus echo timeout. Our output is never read, our echo never answered
            final var sending = peerReader.scheduleAtFixedRate(() -> {
                try {
                    out.write(new byte[] {4, 21, 0, 8, 0, 0, 0, 1});
                    out.flush();
                } catch (IOException e) {
                    // closed: the assertions below tell
                }
            }, 0, IDLE_MILLIS + ECHO_MILLIS / 2, TimeUnit.MILLISECONDS);
            assertFalse(channel.closeFuture().await(5 * (IDLE_MILLIS + ECHO_MILLIS)), "closed while sending");
            sending.cancel(false);
            // the reply to our echo (xid 7) arrives late, after the wait ended: taken, not passed on
            out.write(new byte[] {4, 3, 0, 8, 0, 0, 0, 7, 4, 21, 0, 8, 0, 0, 0, 2});
            out.flush();
            assertTrue(channel.closeFuture().await(10 * (IDLE_MILLIS + ECHO_MILLIS)),
                "still open after the peer went silent");
            assertTrue(passed.size() >= 5, "barrier replies passed: " + passed.size());
            assertTrue(passed.stream().allMatch(OfBarrierReply.class::isInstance), passed.toString());
            assertEquals(2, ((OfBarrierReply) passed.get(passed.size() - 1)).xid());
        }
    }

    @Test
    void whatThePeerSentWhileOurLoopWasBusyIsReadBeforeTheConnectionIsGivenUp() throws Exception {
        // nothing of ours waiting to be written: no progress to keep the connection, only the peer's message
        final var channel = connect(new ChannelInboundHandlerAdapter(), 0);
        final var blocking = new CountDownLatch(1);
        final var unblocked = new CountDownLatch(1);
        // another connection on the same one-thread loop, whose reading keeps the loop busy past the echo timeout,
        // as a switch emulator's loop applying another switch's large bundle does
        final var busy = new Bootstrap().group(group).channel(NioSocketChannel.class)
            .handler(new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(final ChannelHandlerContext ctx, final Object msg) throws InterruptedException {
                    ReferenceCountUtil.release(msg);
                    blocking.countDown();
                    TimeUnit.MILLISECONDS.sleep(2 * ECHO_MILLIS);
                    unblocked.countDown();
                }
            }).connect(server.getLocalSocketAddress()).sync().channel();
        try (Socket peer = server.accept(); Socket busyPeer = server.accept()) {
            // our echo goes out after the idle time (the peer reads none of our output, so no progress either)
            TimeUnit.MILLISECONDS.sleep(IDLE_MILLIS + 50);
            busyPeer.getOutputStream().write(1);
            assertTrue(blocking.await(5, TimeUnit.SECONDS));
            // the peer answers while our loop is stuck: a barrier reply, any message proves it alive
            peer.getOutputStream().write(new byte[] {4, 21, 0, 8, 0, 0, 0, 1});
            assertTrue(unblocked.await(5, TimeUnit.SECONDS));
            // the echo timeout fell due while the loop was busy; the reply was already in the socket
            assertFalse(channel.closeFuture().await(IDLE_MILLIS / 2), "closed with the peer's answer unread");
            // and a peer that then goes silent is still closed
            assertTrue(channel.closeFuture().await(10 * (IDLE_MILLIS + ECHO_MILLIS)), "still open");
        } finally {
            busy.close().sync();
        }
    }

    @Test
    void aPeerReadingNothingIsClosedAfterIdleAndEchoTimeout() throws Exception {
        final var channel = connect();
        try (Socket peer = server.accept()) {
            final long start = System.nanoTime();
            assertTrue(channel.closeFuture().await(10 * (IDLE_MILLIS + ECHO_MILLIS)), "still open");
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS + ECHO_MILLIS) / 2);
        }
    }
}
