/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcEndpoint;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcPipelineStage;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The passive side of RFC 7047 section 4: listens where nodes dial ({@code ovs-vsctl set-manager tcp:IP:PORT}, or
 * {@code ssl:} with a server TLS context) and hands each accepted connection to a consumer as a client: the node is
 * the server of the conversation whoever dialled. It also listens on a Unix domain socket ({@code punix:FILE} in
 * {@code ovsdb-server(1)}'s terms), which a local {@code ovsdb-server} dials with {@code --remote=unix:FILE}.
 */
public final class OvsdbAcceptor {
    private final EventLoopGroup group;
    private final OvsdbClientConfig config;
    private final Optional<SslContext> tls;

    /**
     * An acceptor.
     *
     * @param group the event loops that accept and run the connections
     * @param config how connections behave
     * @param tls the server TLS context, or empty for plain TCP
     */
    public OvsdbAcceptor(final EventLoopGroup group, final OvsdbClientConfig config, final Optional<SslContext> tls) {
        this.group = group;
        this.config = config;
        this.tls = tls;
    }

    /**
     * Starts listening.
     *
     * @param address where to listen: an {@link InetSocketAddress} (port 0 lets the kernel pick) or a
     *     {@link UnixDomainSocketAddress} (a file that must not exist yet; closing the channel removes it)
     * @param accepted receives each new connection's client, on its event loop, once it is active
     * @return the listening channel, once bound; closing it stops accepting; failed with an
     *     {@link IllegalArgumentException} for a Unix socket with a TLS context, or another kind of address, and with
     *     an {@link UnsupportedOperationException} for a Unix socket on a platform without them
     */
    public CompletableFuture<Channel> listen(final SocketAddress address, final Consumer<OvsdbJsonRpcClient> accepted) {
        final ServerBootstrap bootstrap;
        switch (address) {
            case InetSocketAddress inet -> bootstrap = new ServerBootstrap().channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true);
            case UnixDomainSocketAddress unix when tls.isPresent() -> {
                return CompletableFuture.failedFuture(new IllegalArgumentException("cannot listen on punix:"
                    + unix.getPath() + " with TLS: Open vSwitch has no TLS over Unix sockets"));
            }
            case UnixDomainSocketAddress unix when !OvsdbConnector.unixSocketsSupported() -> {
                return CompletableFuture.failedFuture(new UnsupportedOperationException("cannot listen on punix:"
                    + unix.getPath() + ": this platform has no Unix domain sockets"));
            }
            case UnixDomainSocketAddress unix -> bootstrap = new ServerBootstrap()
                .channel(NioServerDomainSocketChannel.class);
            default -> {
                return CompletableFuture.failedFuture(new IllegalArgumentException("cannot listen on " + address
                    + ": neither an IP socket address nor a Unix socket path"));
            }
        }
        return listen(bootstrap, address, accepted);
    }

    private CompletableFuture<Channel> listen(final ServerBootstrap bootstrap, final SocketAddress address,
            final Consumer<OvsdbJsonRpcClient> accepted) {
        final var result = new CompletableFuture<Channel>();
        final var bind = bootstrap.group(group)
            .childHandler(new ChannelInitializer<Channel>() {
                @Override
                protected void initChannel(final Channel channel) {
                    final var router = new OvsdbNotificationRouter();
                    final var endpoint = new JsonRpcEndpoint(config.requestTimeout(), router);
                    tls.ifPresent(ssl -> channel.pipeline().addLast(ssl.newHandler(channel.alloc())));
                    JsonRpcPipelineStage.addStages(channel.pipeline(), config.maxMessageBytes(),
                        config.inactivityProbe(), endpoint);
                    channel.eventLoop().execute(() -> accepted.accept(new OvsdbJsonRpcClient(endpoint, router)));
                }
            })
            .bind(address);
        bind.addListener(done -> {
            if (done.isSuccess()) {
                result.complete(bind.channel());
            } else {
                result.completeExceptionally(done.cause());
            }
        });
        return result;
    }
}
