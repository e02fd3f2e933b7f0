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
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.v10.Of10FeaturesReply;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import io.tunnelmesh.openflow.impl.pipeline.OfPipelineStage;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A switch on a real socket, with the production codec stages: answers HELLO, FEATURES_REQUEST and ECHO_REQUEST as
 * Open vSwitch does, and reports when the channel closes. Dials the controller, or listens for it (client mode).
 */
final class OfScriptedSwitch extends ChannelInitializer<Channel> {
    final long datapathId;
    final @Nullable SslContext ssl;
    final OfVersion version;
    final CompletableFuture<Void> closed = new CompletableFuture<>();
    final CompletableFuture<OfFeaturesRequest> featuresRequested = new CompletableFuture<>();

    OfScriptedSwitch(final long datapathId, final @Nullable SslContext ssl) {
        this(datapathId, ssl, OfVersion.OF13);
    }

    /**
     * A switch that speaks only {@code version}: its HELLO offers that version alone, and it answers
     * FEATURES_REQUEST with that version's reply (OpenFlow 1.0's carries no ports here).
     */
    OfScriptedSwitch(final long datapathId, final @Nullable SslContext ssl, final OfVersion version) {
        this.datapathId = datapathId;
        this.ssl = ssl;
        this.version = version;
    }

    Channel dial(final EventLoopGroup group, final InetSocketAddress controller) throws InterruptedException {
        return new Bootstrap().group(group).channel(NioSocketChannel.class).handler(this).connect(controller).sync()
            .channel();
    }

    Channel listen(final EventLoopGroup group) throws InterruptedException {
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class).childHandler(this)
            .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    }

    @Override
    protected void initChannel(final Channel channel) {
        final var context = ssl;
        if (context != null) {
            channel.pipeline().addLast(context.newHandler(channel.alloc(), "127.0.0.1", 0));
        }
        if (OfVersion.OF13.equals(version)) {
            OfPipelineStage.addCodecStages(channel.pipeline(), OfEmbeddedSwitch.DECODER, OfEmbeddedSwitch.ENCODER);
        } else {
            final var registry = OpenFlowCodecs.standard();
            OfPipelineStage.addCodecStages(channel.pipeline(), new OfMessageDecoder(registry),
                new OfMessageEncoder(registry));
        }
        channel.pipeline().addLast(new SimpleChannelInboundHandler<OfMessage>() {
            @Override
            public void channelActive(final ChannelHandlerContext ctx) {
                ctx.writeAndFlush(OfHello.offering(1, version));
                ctx.fireChannelActive();
            }

            @Override
            protected void channelRead0(final ChannelHandlerContext ctx, final OfMessage message) {
                if (message instanceof OfFeaturesRequest request) {
                    featuresRequested.complete(request);
                    ctx.writeAndFlush(OfVersion.OF13.equals(version)
                        ? new OfFeaturesReply(request.xid(), datapathId, 0, 254, 0, 0, 0)
                        : new Of10FeaturesReply(request.xid(), datapathId, 0, 254, 0, 0, List.of()));
                } else if (message instanceof OfEchoRequest echo) {
                    ctx.writeAndFlush(echo.reply());
                }
            }

            @Override
            public void channelInactive(final ChannelHandlerContext ctx) {
                closed.complete(null);
                ctx.fireChannelInactive();
            }

            @Override
            public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
                ctx.close();
            }
        });
    }
}
