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
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfConnectionException;
import io.tunnelmesh.openflow.api.connection.OfCounterSnapshot;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.OfTransport;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionHandler;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionProvider;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfDisconnectHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import io.tunnelmesh.openflow.impl.pipeline.OfRateLimitedLog;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SwitchConnectionProvider} on Netty NIO: a server socket (TCP or TLS) or a datagram socket (UDP) on the
 * configured address, plus client mode dialing switches that listen. Every connection gets the pipeline
 * {@link OfChannelInitializer} builds. The event loop threads are this provider's own, named
 * {@code of-provider-<n>}; {@link #stop()} completes once they have all ended.
 * <pre>
 *   new --start()--&gt; listening --stop()--&gt; stopped (threads gone)
 *    \--connect(switch)--&gt; dialing works before and after start()
 * </pre>
 */
public final class OfSwitchConnectionProvider implements SwitchConnectionProvider {
    private static final Logger LOG = LoggerFactory.getLogger(OfSwitchConnectionProvider.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final SwitchConnectionConfig config;
    private final OfTrafficCounters counters = new OfTrafficCounters();
    private final String threadPoolName;
    private final EventLoopGroup group;
    private final ChannelGroup channels;
    private final OfChannelInitializer serverInitializer;
    private final OfChannelInitializer clientInitializer;
    private final OfChannelInitializer plainInitializer;
    private final @Nullable OfUdpTransport udp;

    /**
     * A provider; nothing listens until {@link #start()}.
     *
     * @param config the configuration
     * @param registry the codecs
     * @param handler accepts or refuses switches and takes their connections
     * @throws IllegalArgumentException if the TLS key material cannot be loaded
     */
    public OfSwitchConnectionProvider(final SwitchConnectionConfig config, final OfCodecRegistry registry,
            final SwitchConnectionHandler handler) {
        this.config = config;
        threadPoolName = "of-provider-" + INSTANCES.incrementAndGet();
        final var decoder = new OfMessageDecoder(registry);
        final var encoder = new OfMessageEncoder(registry);
        final var log = OfRateLimitedLog.of(LOG);
        final SslContext serverSsl;
        final SslContext clientSsl;
        final var tls = config.tls();
        if (config.transport() == OfTransport.TLS && tls != null) {
            try {
                serverSsl = OfTlsContextFactory.server(tls);
                clientSsl = OfTlsContextFactory.client(tls);
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalArgumentException("cannot load TLS key material " + tls + ": " + e, e);
            }
        } else {
            serverSsl = null;
            clientSsl = null;
        }
        serverInitializer = new OfChannelInitializer(config, decoder, encoder, counters, log, handler, serverSsl);
        clientInitializer = new OfChannelInitializer(config, decoder, encoder, counters, log, handler, clientSsl);
        plainInitializer = new OfChannelInitializer(config, decoder, encoder, counters, log, handler, null);
        group = new MultiThreadIoEventLoopGroup(config.workerThreads(), new DefaultThreadFactory(threadPoolName),
            NioIoHandler.newFactory());
        channels = new DefaultChannelGroup(threadPoolName, group.next());
        udp = config.transport() == OfTransport.UDP ? new OfUdpTransport(group, plainInitializer, channels, log,
            threadPoolName) : null;
    }

    /**
     * The name prefix of this provider's threads.
     *
     * @return the prefix
     */
    public String threadPoolName() {
        return threadPoolName;
    }

    @Override
    public CompletableFuture<InetSocketAddress> start() {
        final var address = new InetSocketAddress(config.bindAddress(), config.port());
        final var transport = udp;
        final ChannelFuture bound = transport != null ? transport.bind(address)
            : new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(tracked(serverInitializer))
                .bind(address);
        final var result = new CompletableFuture<InetSocketAddress>();
        bound.addListener(done -> {
            if (done.isSuccess()) {
                channels.add(bound.channel());
                final var local = (InetSocketAddress) bound.channel().localAddress();
                LOG.info("OpenFlow {} listening on {}", config.transport(), local);
                result.complete(local);
            } else {
                result.completeExceptionally(done.cause());
            }
        });
        return result;
    }

    @Override
    public CompletableFuture<OfConnection> connect(final InetSocketAddress switchAddress) {
        final var result = new CompletableFuture<OfConnection>();
        if (udp != null) {
            result.completeExceptionally(new OfConnectionException("client mode needs TCP or TLS, not UDP"));
            return result;
        }
        final var connected = new Bootstrap().group(group).channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                config.handshakeTimeout().toMillis()))
            // the channel has no remote address yet when it is initialized: the handler's accept() and TLS (the
            // peer name checked against the switch's certificate) need the one dialed
            .attr(OfChannelInitializer.REMOTE, switchAddress)
            .handler(tracked(clientInitializer))
            .connect(switchAddress);
        connected.addListener(done -> {
            final var adapter = connected.channel().attr(OfChannelInitializer.ADAPTER).get();
            if (!done.isSuccess()) {
                result.completeExceptionally(done.cause());
            } else if (adapter == null) {
                result.completeExceptionally(new OfConnectionException(switchAddress
                    + " refused by the switch connection handler"));
            } else {
                result.complete(adapter);
            }
        });
        return result;
    }

    private ChannelInitializer<Channel> tracked(final OfChannelInitializer initializer) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(final Channel channel) {
                channels.add(channel);
                channel.pipeline().addLast(initializer);
            }
        };
    }

    @Override
    public CompletableFuture<Void> stop() {
        final var result = new CompletableFuture<Void>();
        final var transport = udp;
        // the switches hear of it as this side closing, not as the peer going away
        channels.forEach(channel -> OfDisconnectHandler.recordReason(channel, OfDisconnectReason.Cause.LOCAL_CLOSE,
            "the switch connection provider is stopping"));
        channels.close().addListener(closed -> group.shutdownGracefully(0, 5, TimeUnit.SECONDS)
            .addListener(terminated -> {
                if (transport == null) {
                    result.complete(null);
                } else {
                    transport.stop().addListener(udpTerminated -> result.complete(null));
                }
            }));
        return result;
    }

    @Override
    public OfCounterSnapshot counters() {
        return counters.snapshot();
    }
}
