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
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Cuts an OpenFlow byte stream into frames, one message each, with Netty's stock
 * {@link LengthFieldBasedFrameDecoder}: the 16-bit big-endian length at offset 2 counts the whole message (OpenFlow
 * 1.3.5 section 7.1.1), so the adjustment is -4 and nothing is stripped.
 *
 * <p>A length below 8 cannot be framed past: the decoder discards everything it holds and everything that follows,
 * raises {@code OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: length 7 < 8} and closes the connection, as Open vSwitch does.
 * Nothing is leaked: the discarded bytes are consumed, so the cumulation buffer is released.
 *
 * <p>Not sharable: it holds the cumulation of one connection.
 */
public final class OfFrameDecoder extends LengthFieldBasedFrameDecoder {
    private boolean discarding;

    /**
     * A frame decoder for one connection.
     */
    public OfFrameDecoder() {
        super(OfHeader.MAX_LENGTH, OfHeader.LENGTH_FIELD_OFFSET, 2, -4, 0);
    }

    @Override
    protected @Nullable Object decode(final ChannelHandlerContext ctx, final ByteBuf in) throws Exception {
        if (discarding) {
            in.skipBytes(in.readableBytes());
            return null;
        }
        if (OfVersionDetector.detect(in) instanceof OfVersionDetector.Invalid invalid) {
            discarding = true;
            in.skipBytes(in.readableBytes());
            ctx.close();
            throw new OfCodecException(invalid.error(), invalid.detail());
        }
        return super.decode(ctx, in);
    }
}
