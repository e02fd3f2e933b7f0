/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.connection;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalIoHandler;
import io.netty.channel.local.LocalServerChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Future;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.impl.pipeline.OfRateLimitedLog;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OpenFlow over UDP as openflowjava offers it: one datagram carries exactly one message, and each remote address is
 * one logical connection. Each logical connection gets the very same pipeline as a TCP connection, on an in-VM
 * {@link LocalChannel} pair bridged to the datagram socket:
 * <pre>
 *   switch A --datagram--&gt; NioDatagramChannel --demultiplex by sender--&gt; bridge A (LocalChannel)
 *                                                                            |  in-VM pair
 *   switch A &lt;--datagram-- NioDatagramChannel &lt;--one buffer per message--  OF pipeline A (LocalChannel child)
 * </pre>
 * A datagram whose OpenFlow length does not match its size is dropped (it cannot be one message). When the OF
 * pipeline closes a connection (idle, refused, incompatible), the bridge goes too; a later datagram from the same
 * address starts a new connection.
 */
final class OfUdpTransport {
    private static final AtomicLong BRIDGES = new AtomicLong();

    private final EventLoopGroup group;
    private final EventLoopGroup localGroup;
    private final OfChannelInitializer initializer;
    private final ChannelGroup channels;
    private final OfRateLimitedLog log;
    private final LocalAddress hub;
    private final Map<InetSocketAddress, ChannelFuture> bridges = new ConcurrentHashMap<>();
    private final Map<LocalAddress, InetSocketAddress> remotes = new ConcurrentHashMap<>();

    OfUdpTransport(final EventLoopGroup group, final OfChannelInitializer initializer, final ChannelGroup channels,
            final OfRateLimitedLog log, final String threadPoolName) {
        this.group = group;
        this.initializer = initializer;
        this.channels = channels;
        this.log = log;
        localGroup = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory(threadPoolName + "-udp"),
            LocalIoHandler.newFactory());
        hub = new LocalAddress(threadPoolName + "-udp-hub");
    }

    ChannelFuture bind(final InetSocketAddress address) {
        final var hubBound = new ServerBootstrap().group(localGroup).channel(LocalServerChannel.class)
            .childHandler(new ChannelInitializer<LocalChannel>() {
                @Override
                protected void initChannel(final LocalChannel channel) {
                    final var remote = remotes.get(channel.remoteAddress());
                    if (remote != null) {
                        channel.attr(OfChannelInitializer.REMOTE).set(remote);
                    }
                    channels.add(channel);
                    channel.pipeline().addLast(initializer);
                }
            }).bind(hub).syncUninterruptibly();
        channels.add(hubBound.channel());
        return new Bootstrap().group(group).channel(NioDatagramChannel.class).handler(new Demultiplexer())
            .bind(address);
    }

    Future<?> stop() {
        return localGroup.shutdownGracefully(0, 5, TimeUnit.SECONDS);
    }

    private ChannelFuture openBridge(final Channel datagrams, final InetSocketAddress sender) {
        final var local = new LocalAddress("of-udp-" + BRIDGES.incrementAndGet() + "-" + sender);
        remotes.put(local, sender);
        final var connected = new Bootstrap().group(localGroup).channel(LocalChannel.class)
            .handler(new Bridge(datagrams, sender, local)).connect(hub, local);
        channels.add(connected.channel());
        return connected;
    }

    /** Hands each datagram to the bridge of its sender, creating it on the first datagram. */
    private final class Demultiplexer extends SimpleChannelInboundHandler<DatagramPacket> {
        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final DatagramPacket packet) {
            final var content = packet.content();
            final int size = content.readableBytes();
            if (size < OfHeader.LENGTH || content.getUnsignedShort(content.readerIndex()
                    + OfHeader.LENGTH_FIELD_OFFSET) != size) {
                log.warn(packet.sender() + ": datagram of " + size + " bytes is not one OpenFlow message, dropped");
                return;
            }
            final var bridge = bridges.computeIfAbsent(packet.sender(), sender -> openBridge(ctx.channel(), sender));
            final var message = content.retainedDuplicate();
            // listeners run in order on the bridge's event loop, so datagrams keep their order
            bridge.addListener(connected -> {
                if (connected.isSuccess() && bridge.channel().isActive()) {
                    bridge.channel().writeAndFlush(message);
                } else {
                    message.release();
                }
            });
        }
    }

    /** The switch's end of an in-VM pair: what the OF pipeline writes leaves as datagrams to the switch. */
    private final class Bridge extends ChannelInboundHandlerAdapter {
        private final Channel datagrams;
        private final InetSocketAddress sender;
        private final LocalAddress local;

        Bridge(final Channel datagrams, final InetSocketAddress sender, final LocalAddress local) {
            this.datagrams = datagrams;
            this.sender = sender;
            this.local = local;
        }

        @Override
        public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
            if (msg instanceof ByteBuf buffer) {
                // one datagram per message, even when writes reach the bridge coalesced
                try {
                    while (buffer.readableBytes() >= OfHeader.LENGTH) {
                        final int length = Math.max(OfHeader.LENGTH, Math.min(buffer.readableBytes(),
                            buffer.getUnsignedShort(buffer.readerIndex() + OfHeader.LENGTH_FIELD_OFFSET)));
                        datagrams.write(new DatagramPacket(buffer.readRetainedSlice(length), sender));
                    }
                    datagrams.flush();
                } finally {
                    buffer.release();
                }
            } else {
                ctx.fireChannelRead(msg);
            }
        }

        @Override
        public void channelInactive(final ChannelHandlerContext ctx) {
            bridges.remove(sender);
            remotes.remove(local);
            ctx.fireChannelInactive();
        }
    }
}
