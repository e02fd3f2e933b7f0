/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import io.tunnelmesh.openflow.impl.pipeline.OfPipelineStage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A controller the test scripts, on a real socket with the production codec stages: it listens (for active
 * switches) or dials (a passive switch), sends what the test says, and queues what it receives (messages, and
 * decode failures) for the test to expect, in order. One connection at a time.
 */
final class ScriptedController implements AutoCloseable {
    static final OfCodecRegistry REGISTRY = OpenFlowCodecs.standard();
    private static final OfMessageDecoder DECODER = new OfMessageDecoder(REGISTRY);
    private static final OfMessageEncoder ENCODER = new OfMessageEncoder(REGISTRY);
    private static final long WAIT_SECONDS = 10;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Channel> connected = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private @Nullable Channel server;

    /**
     * Listens on a free loopback port.
     *
     * @return the address to point switches at
     */
    InetSocketAddress listen() throws InterruptedException {
        final var bound = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
            .childHandler(initializer()).bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync()
            .channel();
        server = bound;
        return (InetSocketAddress) bound.localAddress();
    }

    /**
     * Dials a listening switch.
     *
     * @param address the switch's address
     */
    void dial(final InetSocketAddress address) throws InterruptedException {
        new Bootstrap().group(group).channel(NioSocketChannel.class).handler(initializer()).connect(address).sync();
    }

    private ChannelInitializer<Channel> initializer() {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(final Channel channel) {
                OfPipelineStage.addCodecStages(channel.pipeline(), DECODER, ENCODER);
                channel.pipeline().addLast(new SimpleChannelInboundHandler<Object>() {
                    @Override
                    public void channelActive(final ChannelHandlerContext ctx) {
                        connected.complete(ctx.channel());
                        ctx.fireChannelActive();
                    }

                    @Override
                    protected void channelRead0(final ChannelHandlerContext ctx, final Object message) {
                        received.add(message);
                    }

                    @Override
                    public void channelInactive(final ChannelHandlerContext ctx) {
                        closed.complete(null);
                        ctx.fireChannelInactive();
                    }
                });
            }
        };
    }

    /**
     * The connection, once a switch is connected.
     *
     * @return the channel
     */
    Channel channel() throws Exception {
        return connected.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    void send(final OfMessage message) throws Exception {
        channel().writeAndFlush(message).sync();
    }

    /**
     * Sends bytes as they are, which need not be a valid message.
     *
     * @param hex the bytes
     */
    void sendRaw(final String hex) throws Exception {
        channel().writeAndFlush(Unpooled.wrappedBuffer(OfBytes.ofHex(hex).toByteArray())).sync();
    }

    /**
     * The next thing received: a message, or a decode failure.
     *
     * @param timeout how long to wait
     * @return it, or {@code null} after the timeout
     */
    @Nullable Object poll(final Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The next message, which must be of a type.
     *
     * @param <T> the type
     * @param type the type
     * @return the message
     */
    <T> T expect(final Class<T> type) throws InterruptedException {
        final var next = poll(Duration.ofSeconds(WAIT_SECONDS));
        assertNotNull(next, "nothing received within 10 s, expected a " + type.getSimpleName());
        return assertInstanceOf(type, next);
    }

    /**
     * Asserts nothing else was received within a time.
     *
     * @param time how long to wait
     */
    void expectNothing(final Duration time) throws InterruptedException {
        assertNull(poll(time));
    }

    CompletableFuture<Void> closed() {
        return closed;
    }

    @Override
    public void close() throws InterruptedException {
        final var bound = server;
        if (bound != null) {
            bound.close().sync();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
}
