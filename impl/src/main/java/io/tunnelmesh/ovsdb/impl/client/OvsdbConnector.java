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
import io.tunnelmesh.ovsdb.api.OvsdbClient;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcEndpoint;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcPipelineStage;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/**
 * Dials an OVSDB server over TCP ({@code tcp:IP:PORT}, RFC 7047 section 4; the IANA port is 6640) and returns a
 * client once the connection is up.
 */
public final class OvsdbConnector {
    private final EventLoopGroup group;
    private final OvsdbClientConfig config;

    /**
     * A connector.
     *
     * @param group the event loops that run the connections
     * @param config how connections behave
     */
    public OvsdbConnector(final EventLoopGroup group, final OvsdbClientConfig config) {
        this.group = group;
        this.config = config;
    }

    /**
     * Connects to a server.
     *
     * @param address the server's address
     * @return the client, once connected
     */
    public CompletableFuture<OvsdbClient> connect(final InetSocketAddress address) {
        final var router = new OvsdbNotificationRouter();
        final var endpoint = new JsonRpcEndpoint(config.requestTimeout(), router);
        final var result = new CompletableFuture<OvsdbClient>();
        new Bootstrap().group(group).channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .handler(new ChannelInitializer<Channel>() {
                @Override
                protected void initChannel(final Channel channel) {
                    JsonRpcPipelineStage.addStages(channel.pipeline(), config.maxMessageBytes(), endpoint);
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
