/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.PromiseCombiner;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.impl.pipeline.OfRateLimitedLog;

/**
 * The head of a UDP switch connection's pipeline, where a TCP connection has its socket: OpenFlow over UDP as the
 * library's provider speaks it, exactly one message per datagram.
 * <pre>
 *   in:  DatagramPacket --its OpenFlow length equals its size?--&gt; its content (one frame), else dropped
 *   out: ByteBuf of n messages --&gt; n buffers, one datagram each (the channel is connected to the controller)
 * </pre>
 * The frame decoder after it then sees whole frames only. Outbound buffers holding several messages come from the
 * load generator, which encodes batches.
 */
final class SwitchDatagramFraming extends ChannelDuplexHandler {
    /** The stage's name. */
    static final String NAME = "of-datagram-framing";

    private final OfRateLimitedLog log;

    SwitchDatagramFraming(final OfRateLimitedLog log) {
        this.log = log;
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (!(msg instanceof DatagramPacket packet)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            final var content = packet.content();
            final int size = content.readableBytes();
            if (size < OfHeader.LENGTH
                    || content.getUnsignedShort(content.readerIndex() + OfHeader.LENGTH_FIELD_OFFSET) != size) {
                log.warn(packet.sender() + ": datagram of " + size + " bytes is not one OpenFlow message, dropped");
                return;
            }
            ctx.fireChannelRead(content.retain());
        } finally {
            packet.release();
        }
    }

    @Override
    public void write(final ChannelHandlerContext ctx, final Object msg, final ChannelPromise promise) {
        if (!(msg instanceof ByteBuf buffer) || !holdsMoreThanOneMessage(buffer)) {
            ctx.write(msg, promise);
            return;
        }
        final var combiner = new PromiseCombiner(ctx.executor());
        try {
            while (buffer.readableBytes() >= OfHeader.LENGTH) {
                final int length = Math.max(OfHeader.LENGTH, Math.min(buffer.readableBytes(),
                    buffer.getUnsignedShort(buffer.readerIndex() + OfHeader.LENGTH_FIELD_OFFSET)));
                combiner.add(ctx.write(buffer.readRetainedSlice(length)));
            }
        } finally {
            ReferenceCountUtil.release(buffer);
        }
        combiner.finish(promise);
    }

    private static boolean holdsMoreThanOneMessage(final ByteBuf buffer) {
        return buffer.readableBytes() > OfHeader.LENGTH
            && buffer.getUnsignedShort(buffer.readerIndex() + OfHeader.LENGTH_FIELD_OFFSET) < buffer.readableBytes();
    }
}
