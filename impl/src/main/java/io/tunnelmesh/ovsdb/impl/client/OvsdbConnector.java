/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcEndpoint;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcPipelineStage;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Dials an OVSDB server over TCP ({@code tcp:IP:PORT}, RFC 7047 section 4; the IANA port is 6640) or TLS
 * ({@code ssl:IP:PORT}, RFC 7047 section 6, when a client TLS context is configured) and returns a client once the
 * connection is up.
 */
public final class OvsdbConnector {
    private final EventLoopGroup group;
    private final OvsdbClientConfig config;
    private final Optional<SslContext> tls;

    /**
     * A connector for plain TCP.
     *
     * @param group the event loops that run the connections
     * @param config how connections behave
     */
    public OvsdbConnector(final EventLoopGroup group, final OvsdbClientConfig config) {
        this(group, config, Optional.empty());
    }

    /**
     * A connector that can also dial {@code ssl:} targets.
     *
     * @param group the event loops that run the connections
     * @param config how connections behave
     * @param tls the client TLS context (key, certificate and trusted CA), for {@code ssl:} targets
     */
    public OvsdbConnector(final EventLoopGroup group, final OvsdbClientConfig config, final Optional<SslContext> tls) {
        this.group = group;
        this.config = config;
        this.tls = tls;
    }

    /**
     * The event loops of the connections, for scheduling work next to them.
     *
     * @return the group
     */
    public EventLoopGroup group() {
        return group;
    }

    /**
     * Connects to a server over plain TCP.
     *
     * @param address the server's address
     * @return the client, once connected
     */
    public CompletableFuture<OvsdbJsonRpcClient> connect(final InetSocketAddress address) {
        return connect(address, Optional.empty());
    }

    /**
     * Connects to a target.
     *
     * @param target {@code tcp:} or {@code ssl:}
     * @return the client, once connected (for TLS: once the connection is up; the handshake follows)
     */
    public CompletableFuture<OvsdbJsonRpcClient> connect(final OvsdbTarget target) {
        return switch (target.transport()) {
            case TCP -> connect(target.address(), Optional.empty());
            case SSL -> tls.isPresent() ? connect(target.address(), tls)
                : CompletableFuture.failedFuture(new IllegalStateException("no TLS context to dial " + target));
        };
    }

    private CompletableFuture<OvsdbJsonRpcClient> connect(final InetSocketAddress address,
            final Optional<SslContext> context) {
        final var router = new OvsdbNotificationRouter();
        final var endpoint = new JsonRpcEndpoint(config.requestTimeout(), router);
        final var result = new CompletableFuture<OvsdbJsonRpcClient>();
        new Bootstrap().group(group).channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .handler(new ChannelInitializer<Channel>() {
                @Override
                protected void initChannel(final Channel channel) {
                    context.ifPresent(ssl -> channel.pipeline().addLast(ssl.newHandler(channel.alloc(),
                        address.getHostString(), address.getPort())));
                    JsonRpcPipelineStage.addStages(channel.pipeline(), config.maxMessageBytes(),
                        config.inactivityProbe(), endpoint);
                }
            })
            .connect(address).addListener(connect -> {
                if (connect.isSuccess()) {
                    result.complete(new OvsdbJsonRpcClient(endpoint, router));
                } else {
                    result.completeExceptionally(connect.cause());
                }
            });
        return result;
    }
}
