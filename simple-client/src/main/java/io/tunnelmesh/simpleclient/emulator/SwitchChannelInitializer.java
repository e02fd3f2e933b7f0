/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.timeout.IdleStateHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailureHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfDisconnectHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfEchoHandler;
import io.tunnelmesh.openflow.impl.pipeline.OfEncodeCounter;
import io.tunnelmesh.openflow.impl.pipeline.OfFrameDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfFrameMeter;
import io.tunnelmesh.openflow.impl.pipeline.OfPipelineStage;
import io.tunnelmesh.openflow.impl.pipeline.OfVersionFilter;
import java.util.concurrent.TimeUnit;

/**
 * Builds the pipeline of one connection of an emulated switch from the production stages, with the switch's own
 * handshake and logic where a controller has its own:
 * <pre>
 *   of-tls               SslHandler, TLS only: client side when the switch dials, server side when it listens
 *   of-datagram-framing  SwitchDatagramFraming, UDP only: one datagram per message, both ways
 *   of-frame-decoder     OfFrameDecoder: one frame per message; a length below 8 closes
 *   of-frame-meter       OfFrameMeter: counts messages in
 *   of-version-filter    OfVersionFilter: OFPBRC_BAD_VERSION after negotiation
 *   of-bundle-add-memo   SwitchBundleAddDecoder (shared): a bundled flow-mod seen before, from memory
 *   of-message-decoder   OfMessageDecoder (shared): message, or a failure answered below
 *   of-message-encoder   OfMessageEncoder (shared)
 *   of-encode-counter    OfEncodeCounter: counts messages out
 *   of-decode-failure    OfDecodeFailureHandler: OFPT_ERROR with the offending bytes, connection kept
 *   of-switch-hello      SwitchHelloHandler: HELLO, negotiation; leaves when done
 *   of-idle-state        IdleStateHandler: nothing read for the echo interval
 *   of-echo              OfEchoHandler: answers ECHO_REQUEST; probes a silent controller, closes if it stays so
 *   of-switch            SwitchChannelHandler: the switch agent
 *   of-disconnect        OfDisconnectHandler: one disconnect notification
 * </pre>
 * Sharable (Netty's {@link ChannelInitializer} is): one per switch serves all its connections.
 */
final class SwitchChannelInitializer extends ChannelInitializer<Channel> {
    /** The handshake stage's name. */
    static final String HELLO = "of-switch-hello";
    /** The switch stage's name. */
    static final String SWITCH = "of-switch";

    private final EmulatedSwitch owner;
    private final FleetWiring wiring;

    SwitchChannelInitializer(final EmulatedSwitch owner, final FleetWiring wiring) {
        this.owner = owner;
        this.wiring = wiring;
    }

    @Override
    protected void initChannel(final Channel channel) {
        final var config = wiring.config();
        final var connection = owner.newConnection(channel);
        final var counters = owner.trafficCounters();
        final var log = wiring.log();
        final var filter = new OfVersionFilter(log);
        channel.config().setAutoRead(!owner.isReadingPaused());
        final var ssl = wiring.ssl();
        if (ssl != null) {
            channel.pipeline().addLast(OfPipelineStage.TLS.handlerName(),
                config.mode() instanceof FleetConfig.Active active ? ssl.newHandler(channel.alloc(),
                    active.controller().getHostString(), active.controller().getPort())
                    : ssl.newHandler(channel.alloc()));
        }
        if (wiring.isDatagram()) {
            channel.pipeline().addLast(SwitchDatagramFraming.NAME, new SwitchDatagramFraming(log));
        }
        channel.pipeline()
            .addLast(OfPipelineStage.FRAME_DECODER.handlerName(), new OfFrameDecoder())
            .addLast(OfPipelineStage.FRAME_METER.handlerName(), new OfFrameMeter(counters))
            .addLast(OfPipelineStage.VERSION_FILTER.handlerName(), filter)
            .addLast(SwitchBundleAddDecoder.NAME, wiring.bundleAddDecoder())
            .addLast(OfPipelineStage.MESSAGE_DECODER.handlerName(), wiring.decoder())
            .addLast(OfPipelineStage.MESSAGE_ENCODER.handlerName(), wiring.encoder())
            .addLast(OfPipelineStage.ENCODE_COUNTER.handlerName(), new OfEncodeCounter(counters))
            .addLast(OfPipelineStage.DECODE_FAILURE.handlerName(), new OfDecodeFailureHandler(counters, log))
            .addLast(HELLO, new SwitchHelloHandler(config.versions(), config.helloTimeout(), connection::nextXid,
                filter, version -> owner.negotiated(connection, version), log))
            .addLast(OfPipelineStage.IDLE_STATE.handlerName(), new IdleStateHandler(
                config.echoInterval().toNanos(), 0, 0, TimeUnit.NANOSECONDS))
            .addLast(OfPipelineStage.ECHO.handlerName(), new OfEchoHandler(config.echoTimeout(), connection::nextXid))
            .addLast(SWITCH, new SwitchChannelHandler(owner, connection))
            .addLast(OfPipelineStage.DISCONNECT.handlerName(), new OfDisconnectHandler(
                reason -> owner.disconnected(connection, reason), log));
    }
}
