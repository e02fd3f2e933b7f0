/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.connection.OfTrafficCounters;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import io.tunnelmesh.openflow.impl.pipeline.OfRateLimitedLog;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What every switch of a fleet shares: the configuration, the codecs and the shared pipeline stages, the event loops,
 * the dial pacer, the fleet's counters, and whether the fleet is stopping (then nobody dials again).
 */
final class FleetWiring {
    /** The connect timeout of a dial; a controller that does not accept within it counts as a failed attempt. */
    static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final FleetConfig config;
    private final OfCodecRegistry registry;
    private final OfMessageDecoder decoder;
    private final SwitchBundleAddDecoder bundleAddDecoder;
    private final OfMessageEncoder encoder;
    private final OfRateLimitedLog log;
    private final EventLoopGroup group;
    private final ConnectPacer pacer;
    private final OfTrafficCounters counters = new OfTrafficCounters();
    private final LongAdder connectAttempts = new LongAdder();
    private final LongAdder connectFailures = new LongAdder();
    private final LongAdder disconnects = new LongAdder();
    private final Bootstrap client;
    private final EncodedRequestBytes requestBytes;
    private final @Nullable SslContext ssl;
    private volatile boolean stopping;

    FleetWiring(final FleetConfig config, final OfCodecRegistry registry, final EventLoopGroup group,
            final ConnectPacer pacer, final OfRateLimitedLog log) {
        this.config = config;
        this.registry = registry;
        this.decoder = new OfMessageDecoder(registry);
        this.bundleAddDecoder = new SwitchBundleAddDecoder(decoder);
        this.encoder = new OfMessageEncoder(registry);
        this.log = log;
        this.group = group;
        this.pacer = pacer;
        this.client = config.transport() instanceof SwitchTransport.Udp
            ? new Bootstrap().group(group).channel(NioDatagramChannel.class)
            : new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS);
        this.ssl = config.transport() instanceof SwitchTransport.Tls tls
            ? SwitchTlsContextFactory.create(tls, !(config.mode() instanceof FleetConfig.Passive)) : null;
        this.requestBytes = new EncodedRequestBytes(registry);
    }

    FleetConfig config() {
        return config;
    }

    OfCodecRegistry registry() {
        return registry;
    }

    OfMessageDecoder decoder() {
        return decoder;
    }

    /**
     * The fleet's memo of bundled flow-mods, in front of {@link #decoder}.
     */
    SwitchBundleAddDecoder bundleAddDecoder() {
        return bundleAddDecoder;
    }

    OfMessageEncoder encoder() {
        return encoder;
    }

    OfRateLimitedLog log() {
        return log;
    }

    EventLoopGroup group() {
        return group;
    }

    ConnectPacer pacer() {
        return pacer;
    }

    OfTrafficCounters counters() {
        return counters;
    }

    /**
     * The TLS context of every connection, client side when the switches dial, server side when they listen.
     *
     * @return the context, or {@code null} unless the transport is TLS
     */
    @Nullable SslContext ssl() {
        return ssl;
    }

    /**
     * Whether the transport is UDP.
     */
    boolean isDatagram() {
        return config.transport() instanceof SwitchTransport.Udp;
    }

    /**
     * A client bootstrap template (a TCP socket, or a datagram socket for UDP); callers {@code clone(loop)} it and
     * set their handler.
     */
    Bootstrap client() {
        return client;
    }

    /**
     * The bytes of requests, for errors: encoded again with the fleet's codecs.
     */
    EncodedRequestBytes requestBytes() {
        return requestBytes;
    }

    LongAdder connectAttempts() {
        return connectAttempts;
    }

    LongAdder connectFailures() {
        return connectFailures;
    }

    LongAdder disconnects() {
        return disconnects;
    }

    boolean isStopping() {
        return stopping;
    }

    void stopping() {
        stopping = true;
    }
}
