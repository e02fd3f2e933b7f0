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
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcEndpoint;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcPipelineStage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Dials an OVSDB server over TCP ({@code tcp:IP:PORT}, RFC 7047 section 4; the IANA port is 6640), TLS
 * ({@code ssl:IP:PORT}, RFC 7047 section 6, when a client TLS context is configured) or a Unix domain socket
 * ({@code unix:FILE}, {@code ovsdb-server(1)}) and returns a client once the connection is up.
 *
 * <p>Unix sockets use Netty's NIO domain socket channel (the JDK's {@code UnixDomainSocketAddress}, Java 16 and
 * later), so they run on the same NIO event loops as TCP and need no native transport library; a platform without
 * them fails {@code unix:} connections with an {@link UnsupportedOperationException} saying so.
 */
public final class OvsdbConnector {
    /** Why this platform has no Unix domain sockets, or empty if it has them; probed once. */
    private static final Optional<String> NO_UNIX_SOCKETS = probeUnixSockets();

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
     * Whether {@code unix:} targets can be dialled here: the JDK and the operating system open Unix domain sockets.
     *
     * @return true if they can
     */
    public static boolean unixSocketsSupported() {
        return NO_UNIX_SOCKETS.isEmpty();
    }

    @SuppressWarnings("checkstyle:IllegalCatch") // the probe's whole point: whatever opening fails with, say why
    private static Optional<String> probeUnixSockets() {
        try (var probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of(e.toString());
        }
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
     * @param target {@code tcp:}, {@code ssl:} or {@code unix:}
     * @return the client, once connected (for TLS: once the handshake succeeded, else failed with its error, such as
     *     an {@code SSLHandshakeException} naming the failed PKIX path for a server the CA did not sign); for
     *     {@code unix:} on a platform without Unix domain sockets, failed with an
     *     {@link UnsupportedOperationException}
     */
    public CompletableFuture<OvsdbJsonRpcClient> connect(final OvsdbTarget target) {
        return switch (target) {
            case OvsdbTarget.Inet inet when inet.transport() == OvsdbTarget.Transport.SSL -> tls.isPresent()
                ? connect(inet.address(), tls)
                : CompletableFuture.failedFuture(new IllegalStateException("no TLS context to dial " + target));
            case OvsdbTarget.Inet inet -> connect(inet.address(), Optional.empty());
            case OvsdbTarget.Unix unix -> NO_UNIX_SOCKETS.isEmpty()
                ? connect(new Bootstrap().channel(NioDomainSocketChannel.class), unix.address(), channel -> { })
                : CompletableFuture.failedFuture(new UnsupportedOperationException("cannot dial " + target
                    + ": this platform has no Unix domain sockets (" + NO_UNIX_SOCKETS.orElseThrow() + ")"));
        };
    }

    private CompletableFuture<OvsdbJsonRpcClient> connect(final InetSocketAddress address,
            final Optional<SslContext> context) {
        return connect(new Bootstrap().channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true),
            address, channel -> context.ifPresent(ssl -> channel.pipeline().addLast(ssl.newHandler(channel.alloc(),
                address.getHostString(), address.getPort()))));
    }

    /**
     * Dials with a bootstrap that knows its channel type; {@code secure} adds a TLS handler, or nothing.
     */
    private CompletableFuture<OvsdbJsonRpcClient> connect(final Bootstrap bootstrap, final SocketAddress address,
            final Consumer<Channel> secure) {
        final var router = new OvsdbNotificationRouter();
        final var endpoint = new JsonRpcEndpoint(config.requestTimeout(), router);
        final var result = new CompletableFuture<OvsdbJsonRpcClient>();
        bootstrap.group(group)
            .handler(new ChannelInitializer<Channel>() {
                @Override
                protected void initChannel(final Channel channel) {
                    secure.accept(channel);
                    JsonRpcPipelineStage.addStages(channel.pipeline(), config.maxMessageBytes(),
                        config.inactivityProbe(), endpoint);
                }
            })
            .connect(address).addListener((ChannelFutureListener) connect -> {
                if (!connect.isSuccess()) {
                    result.completeExceptionally(connect.cause());
                    return;
                }
                final var ssl = connect.channel().pipeline().get(SslHandler.class);
                if (ssl == null) {
                    result.complete(new OvsdbJsonRpcClient(endpoint, router));
                    return;
                }
                ssl.handshakeFuture().addListener(handshake -> {
                    if (handshake.isSuccess()) {
                        result.complete(new OvsdbJsonRpcClient(endpoint, router));
                    } else {
                        result.completeExceptionally(handshake.cause());
                    }
                });
            });
        return result;
    }
}
