/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.tunnelmesh.openflow.impl.connection.OfTrafficCounters;

/**
 * Sits between the frame decoder and the message decoder: counts frames and remembers the length of the last one, so
 * that later stages know how many wire bytes the message they hold took (the connection adapter bounds multipart
 * replies by bytes, OpenFlow 1.3.5 section 7.3.5). Frames pass through untouched.
 * <pre>
 *   of-frame-decoder --ByteBuf--&gt; of-frame-meter (count, remember length) --ByteBuf--&gt; of-message-decoder
 * </pre>
 * The message decoder is synchronous, so when a message reaches a later stage the remembered length is its own.
 * Not sharable: one per channel.
 */
public final class OfFrameMeter extends ChannelInboundHandlerAdapter {
    private final OfTrafficCounters counters;
    private int lastFrameLength;

    /**
     * A meter counting into the given counters.
     *
     * @param counters the connection's counters
     */
    public OfFrameMeter(final OfTrafficCounters counters) {
        this.counters = counters;
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (msg instanceof ByteBuf frame) {
            counters.received();
            lastFrameLength = frame.readableBytes();
        }
        ctx.fireChannelRead(msg);
    }

    /**
     * The length of the last frame read, header included; read on the channel's event loop.
     *
     * @return the length in bytes, 0 before the first frame
     */
    public int lastFrameLength() {
        return lastFrameLength;
    }

}
