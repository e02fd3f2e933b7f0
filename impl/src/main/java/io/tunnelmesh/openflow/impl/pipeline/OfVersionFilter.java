/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Once a version is negotiated (OpenFlow 1.3.5 section 6.3.1), refuses frames of any other version with
 * {@code OFPET_BAD_REQUEST/OFPBRC_BAD_VERSION} in the negotiated version, carrying the frame's first 64 bytes
 * (section 7.4.4); the connection stays. Before negotiation every frame passes. It works on frames, before the
 * message decoder, so the error can quote the offending bytes exactly and nothing is decoded in vain.
 *
 * <p>Not sharable: it holds the version of one connection, set on its event loop.
 */
public final class OfVersionFilter extends ChannelInboundHandlerAdapter {
    private static final int ERROR_DATA_LENGTH = 64;

    private final OfRateLimitedLog log;
    private @Nullable OfVersion version;

    /**
     * A filter passing everything until {@link #lock(OfVersion)}.
     *
     * @param log where refused frames are reported
     */
    public OfVersionFilter(final OfRateLimitedLog log) {
        this.log = log;
    }

    /**
     * Refuses every frame of another version from now on.
     *
     * @param negotiated the negotiated version
     */
    public void lock(final OfVersion negotiated) {
        version = negotiated;
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        final var locked = version;
        if (locked == null || !(msg instanceof ByteBuf frame)
            || frame.getUnsignedByte(frame.readerIndex()) == locked.wireVersion()) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            final var theirs = OfVersion.valueOf(frame.getUnsignedByte(frame.readerIndex()));
            final int xid = frame.getInt(frame.readerIndex() + 4);
            final int length = Math.min(frame.readableBytes(), ERROR_DATA_LENGTH);
            final var data = OfBytes.copyOf(ByteBufUtil.getBytes(frame, frame.readerIndex(), length));
            log.warn(ctx.channel().remoteAddress() + ": " + OfErrorCode.OFPBRC_BAD_VERSION + ": " + theirs
                + " after negotiating " + locked);
            // written from the tail: this stage sits before the encoder; in the negotiated version, which the peer
            // understands (OpenFlow 1.0: type 1 code 0 as well, but a 1.0 header)
            ctx.channel().writeAndFlush(OfVersion.OF10.equals(locked)
                ? Of10Error.answering(xid, OfErrorCode.OFPBRC_BAD_VERSION, data)
                : OfError.answering(xid, OfErrorCode.OFPBRC_BAD_VERSION, data));
        } finally {
            frame.release();
        }
    }
}
