/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link OfFrameDecoder} on an {@link EmbeddedChannel}: whole frames out of any chunking, and a length below 8
 * closes the connection without leaking what it held.
 */
@ExtendWith(NettyLeakDetection.class)
class OfFrameDecoderTest {
    private static final String ECHO = "0402000c00000001cafebabe";
    private static final String BARRIER = "0414000800000002";

    @Test
    void splitsTwoMessagesInOneRead() {
        final var channel = new EmbeddedChannel(new OfFrameDecoder());
        final var in = bytes(ECHO + BARRIER);
        channel.writeInbound(in);
        assertFrame(ECHO, channel.readInbound());
        assertFrame(BARRIER, channel.readInbound());
        assertNull(channel.readInbound());
        assertEquals(0, in.refCnt());
        assertFalse(channel.finish());
    }

    @Test
    void reassemblesMessageDribbledByteByByte() {
        final var channel = new EmbeddedChannel(new OfFrameDecoder());
        final var wire = HexFormat.of().parseHex(ECHO);
        for (int i = 0; i < wire.length - 1; i++) {
            channel.writeInbound(ByteBufAllocator.DEFAULT.buffer(1).writeByte(wire[i]));
            assertNull(channel.readInbound(), "no frame before byte " + (i + 1));
        }
        channel.writeInbound(ByteBufAllocator.DEFAULT.buffer(1).writeByte(wire[wire.length - 1]));
        assertFrame(ECHO, channel.readInbound());
        assertFalse(channel.finish());
    }

    @Test
    void lengthBelowEightIsBadLenAndClosesWithoutLeaking() {
        final var channel = new EmbeddedChannel(new OfFrameDecoder());
        final var in = bytes("0400000700000001" + BARRIER);
        final var thrown = assertThrows(DecoderException.class, () -> channel.writeInbound(in));
        final var cause = assertInstanceOf(OfCodecException.class, thrown.getCause());
        assertEquals(OfErrorCode.OFPBRC_BAD_LEN, cause.error());
        assertEquals("OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: length 7 < 8", cause.getMessage());
        assertEquals(0, in.refCnt());
        assertFalse(channel.isOpen());
        assertNull(channel.readInbound(), "nothing after a framing error is trusted");
        assertFalse(channel.finish());
    }

    @Test
    void laterInputAfterFramingErrorIsDiscarded() {
        // keep the channel open despite the decoder's close, as a read already in flight would find it
        final var closeSwallower = new ChannelOutboundHandlerAdapter() {
            @Override
            public void close(final ChannelHandlerContext ctx, final ChannelPromise promise) {
                promise.setSuccess();
            }
        };
        final var channel = new EmbeddedChannel(closeSwallower, new OfFrameDecoder());
        assertThrows(DecoderException.class, () -> channel.writeInbound(bytes("04000000")));
        final var late = bytes(BARRIER);
        channel.writeInbound(late);
        assertEquals(0, late.refCnt());
        assertNull(channel.readInbound(), "a stream that lost its framing is never framed again");
        assertFalse(channel.finish());
    }

    @Test
    void largestFrameIsAccepted() {
        final var channel = new EmbeddedChannel(new OfFrameDecoder());
        final var in = ByteBufAllocator.DEFAULT.buffer(0xffff).writeBytes(HexFormat.of().parseHex("0404ffff00000003"))
            .writeZero(0xffff - 8);
        channel.writeInbound(in);
        final ByteBuf frame = channel.readInbound();
        assertEquals(0xffff, frame.readableBytes());
        frame.release();
        assertFalse(channel.finish());
    }

    @Test
    void unfinishedFrameAtCloseIsReleased() {
        final var channel = new EmbeddedChannel(new OfFrameDecoder());
        final var in = bytes("0402000c0000");
        channel.writeInbound(in);
        assertFalse(channel.finish());
        assertEquals(0, in.refCnt());
    }

    private static ByteBuf bytes(final String hex) {
        return ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(hex));
    }

    private static void assertFrame(final String expectedHex, final ByteBuf frame) {
        try {
            assertEquals(expectedHex, ByteBufUtil.hexDump(frame));
        } finally {
            frame.release();
        }
    }
}
