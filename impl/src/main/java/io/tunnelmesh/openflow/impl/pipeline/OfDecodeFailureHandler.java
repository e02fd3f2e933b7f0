/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.connection.OfTrafficCounters;

/**
 * Answers every {@link OfDecodeFailure} with its {@code OFPT_ERROR} (OpenFlow 1.3.5 section 7.4.4: the error carries
 * the xid and at least the first 64 bytes of the offending message) and keeps the connection, as Open vSwitch does
 * for a message it cannot parse; counts decoded messages and failures. Messages pass on untouched.
 *
 * <p>Not sharable only because it counts into one connection's counters.
 */
public final class OfDecodeFailureHandler extends ChannelInboundHandlerAdapter {
    private final OfTrafficCounters counters;
    private final OfRateLimitedLog log;

    /**
     * A handler counting into a connection's counters.
     *
     * @param counters the counters
     * @param log where failures are reported, at a bounded rate
     */
    public OfDecodeFailureHandler(final OfTrafficCounters counters, final OfRateLimitedLog log) {
        this.counters = counters;
        this.log = log;
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (msg instanceof OfDecodeFailure failure) {
            counters.decodeFailure();
            log.warn(ctx.channel().remoteAddress() + ": " + failure);
            ctx.writeAndFlush(failure.toError());
            return;
        }
        if (msg instanceof OfMessage) {
            counters.decoded();
        }
        ctx.fireChannelRead(msg);
    }
}
