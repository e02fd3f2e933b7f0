/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.EncoderException;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.connection.OfTrafficCounters;

/**
 * Counts what the shared {@link OfMessageEncoder} below it encodes and fails to encode. The encoder runs
 * synchronously within {@code ctx.write}: when the write returns with its promise failed by an
 * {@link EncoderException}, the message could not be encoded; otherwise it was.
 * <pre>
 *   writers --OfMessage--&gt; of-encode-counter --OfMessage--&gt; of-message-encoder --ByteBuf--&gt; socket
 * </pre>
 */
public final class OfEncodeCounter extends ChannelOutboundHandlerAdapter {
    private final OfTrafficCounters counters;

    /**
     * A counter for one connection.
     *
     * @param counters the connection's counters
     */
    public OfEncodeCounter(final OfTrafficCounters counters) {
        this.counters = counters;
    }

    @Override
    public void write(final ChannelHandlerContext ctx, final Object msg, final ChannelPromise promise) {
        final int count;
        if (msg instanceof OfMessage) {
            count = 1;
        } else if (msg instanceof OfMessageBatch batch) {
            count = batch.messages().size();
        } else {
            ctx.write(msg, promise);
            return;
        }
        final var checked = promise.unvoid();
        ctx.write(msg, checked);
        if (checked.isDone() && checked.cause() instanceof EncoderException) {
            // a batch is written whole or not at all: one of its messages failed, the others were not written
            counters.encodeFailure();
        } else {
            counters.encoded(count);
        }
    }
}
