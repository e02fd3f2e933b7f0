/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.connection;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.AttributeKey;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason.Cause;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailureHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfDisconnectHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfEchoHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfEncodeCounter;
import io.tunnelmesh.openflow.impl.pipeline.OfFrameDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfFrameMeter;
import io.tunnelmesh.openflow.impl.pipeline.OfHandshakeHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import io.tunnelmesh.openflow.impl.pipeline.OfOutboundQueue;
import io.tunnelmesh.openflow.impl.pipeline.OfPipelineStage;
import io.tunnelmesh.openflow.impl.pipeline.OfRateLimitedLog;
import io.tunnelmesh.openflow.impl.pipeline.OfVersionFilter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Builds the pipeline of one OpenFlow channel, server or client side, in the order {@link OfPipelineStage} draws, after
 * asking the {@link SwitchConnectionHandler} whether the peer may connect (refused: closed at once). The connection
 * adapter is kept as a channel attribute, so the code that dialed a switch can hand it out.
 */
public final class OfChannelInitializer extends ChannelInitializer<Channel> {
    /** The connection adapter of a channel, once initialized. */
    public static final AttributeKey<OfConnectionAdapter> ADAPTER =
        AttributeKey.valueOf(OfChannelInitializer.class, "adapter");
    /** The peer's address, for channels whose own remote address is not the switch's (UDP bridges). */
    public static final AttributeKey<InetSocketAddress> REMOTE =
        AttributeKey.valueOf(OfChannelInitializer.class, "remote");

    private final SwitchConnectionConfig config;
    private final OfMessageDecoder decoder;
    private final OfMessageEncoder encoder;
    private final OfTrafficCounters counters;
    private final OfRateLimitedLog log;
    private final SwitchConnectionHandler handler;
    private final @Nullable SslContext ssl;

    /**
     * An initializer.
     *
     * @param config the configuration
     * @param decoder the shared message decoder
     * @param encoder the shared message encoder
     * @param counters the provider's counters; each connection counts into a child
     * @param log the provider's rate-limited log
     * @param handler accepts or refuses switches, takes their connections
     * @param ssl the TLS context, or {@code null} for plain TCP
     */
    public OfChannelInitializer(final SwitchConnectionConfig config, final OfMessageDecoder decoder,
            final OfMessageEncoder encoder, final OfTrafficCounters counters, final OfRateLimitedLog log,
            final SwitchConnectionHandler handler, final @Nullable SslContext ssl) {
        this.config = config;
        this.decoder = decoder;
        this.encoder = encoder;
        this.counters = counters;
        this.log = log;
        this.handler = handler;
        this.ssl = ssl;
    }

    @Override
    protected void initChannel(final Channel channel) {
        final var given = channel.attr(REMOTE).get();
        final var remote = given != null ? given : channel.remoteAddress() instanceof InetSocketAddress inet ? inet
            : new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (!handler.accept(remote)) {
            log.warn(remote + ": refused by the switch connection handler");
            OfDisconnectHandler.close(channel, Cause.LOCAL_CLOSE, "refused by the switch connection handler");
            return;
        }
        final var adapter = build(channel, remote);
        channel.attr(ADAPTER).set(adapter);
        handler.onSwitchConnected(adapter);
    }

    private OfConnectionAdapter build(final Channel channel, final InetSocketAddress remote) {
        final var connectionCounters = counters.newChild();
        final var meter = new OfFrameMeter(connectionCounters);
        final var filter = new OfVersionFilter(log);
        final var queue = new OfOutboundQueue(config.queueCapacity(), config.flushMessages(), config.flushDelay());
        final var adapter = new OfConnectionAdapter(channel, remote, connectionCounters, queue, meter,
            config.requestTimeout(), config.maxMultipartParts(), config.maxMultipartBytes());
        final var pipeline = channel.pipeline();
        final var context = ssl;
        if (context != null) {
            pipeline.addLast(OfPipelineStage.TLS.handlerName(), context.newHandler(channel.alloc(),
                remote.getHostString(), remote.getPort()));
        }
        pipeline.addLast(OfPipelineStage.FRAME_DECODER.handlerName(), new OfFrameDecoder())
            .addLast(OfPipelineStage.FRAME_METER.handlerName(), meter)
            .addLast(OfPipelineStage.VERSION_FILTER.handlerName(), filter)
            .addLast(OfPipelineStage.MESSAGE_DECODER.handlerName(), decoder)
            .addLast(OfPipelineStage.MESSAGE_ENCODER.handlerName(), encoder)
            .addLast(OfPipelineStage.ENCODE_COUNTER.handlerName(), new OfEncodeCounter(connectionCounters))
            .addLast(OfPipelineStage.DECODE_FAILURE.handlerName(), new OfDecodeFailureHandler(connectionCounters, log))
            .addLast(OfPipelineStage.HANDSHAKE.handlerName(), new OfHandshakeHandler(config.supportedVersions(),
                config.handshakeTimeout(), adapter::nextXid, filter, adapter, log))
            .addLast(OfPipelineStage.IDLE_STATE.handlerName(), new IdleStateHandler(
                config.idleTimeout().toNanos(), 0, 0, TimeUnit.NANOSECONDS))
            .addLast(OfPipelineStage.ECHO.handlerName(), new OfEchoHandler(config.echoTimeout(), adapter::nextXid))
            .addLast(OfPipelineStage.CONNECTION_ADAPTER.handlerName(), adapter)
            .addLast(OfPipelineStage.OUTBOUND_QUEUE.handlerName(), queue)
            .addLast(OfPipelineStage.DISCONNECT.handlerName(), new OfDisconnectHandler(adapter::disconnected, log));
        return adapter;
    }
}
