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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfHelloVersionBitmap;
import io.tunnelmesh.openflow.api.message.OfPacketOut;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The codec stages together on an {@link EmbeddedChannel}, as {@link OfPipelineStage#addCodecStages} installs them:
 * bytes in become messages or decode failures (the connection stays up), messages out become bytes, and the shared
 * handlers serve several channels.
 */
@ExtendWith(NettyLeakDetection.class)
class OfCodecPipelineTest {
    private static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder()).build();
    private static final OfMessageDecoder DECODER = new OfMessageDecoder(REGISTRY);
    private static final OfMessageEncoder ENCODER = new OfMessageEncoder(REGISTRY);

    private static EmbeddedChannel channel() {
        final var channel = new EmbeddedChannel();
        OfPipelineStage.addCodecStages(channel.pipeline(), DECODER, ENCODER);
        return channel;
    }

    @Test
    void stagesAreNamedInOrder() {
        final var channel = channel();
        assertEquals(List.of("of-frame-decoder", "of-message-decoder", "of-message-encoder"),
            channel.pipeline().names().subList(0, 3));
        assertFalse(channel.finish());
    }

    @Test
    void decodesMessagesFromStream() {
        final var channel = channel();
        final var in = bytes("04000010000000010001000800000010" + "0402000c00000005cafebabe");
        channel.writeInbound(in);
        assertEquals(new OfHello(OfVersion.OF13, 1, List.of(new OfHelloVersionBitmap(List.of(0x10)))),
            channel.readInbound());
        assertEquals(new OfEchoRequest(OfVersion.OF13, 5, OfBytes.ofHex("cafebabe")), channel.readInbound());
        assertEquals(0, in.refCnt());
        assertFalse(channel.finish());
    }

    @Test
    void encodesMessagesToBytes() {
        final var channel = channel();
        assertTrue(channel.writeOutbound(OfBarrierRequest.of(9)));
        assertOutbound("0414000800000009", channel);
        assertFalse(channel.finish());
    }

    @Test
    void unknownTypeBecomesBadTypeFailureAndConnectionStays() {
        final var channel = channel();
        channel.writeInbound(bytes("04ee000c00000007aabbccdd" + "0414000800000008"));
        final var failure = assertInstanceOf(OfDecodeFailure.class, channel.readInbound());
        assertEquals(OfErrorCode.OFPBRC_BAD_TYPE, failure.error());
        assertEquals(new OfError(7, OfErrorCode.OFPBRC_BAD_TYPE, OfBytes.ofHex("04ee000c00000007aabbccdd")),
            failure.toError());
        assertEquals(OfBarrierRequest.of(8), channel.readInbound(), "the next message still decodes");
        assertTrue(channel.isOpen());
        assertFalse(channel.finish());
    }

    @Test
    void unsupportedVersionBecomesBadVersionFailure() {
        final var channel = channel();
        channel.writeInbound(bytes("0514000800000003"));
        final var failure = assertInstanceOf(OfDecodeFailure.class, channel.readInbound());
        assertEquals(OfErrorCode.OFPBRC_BAD_VERSION, failure.error());
        assertEquals("OFPET_BAD_REQUEST/OFPBRC_BAD_VERSION: version OF(0x05) is not supported (OF(0x05), xid 3)",
            failure.toString());
        assertFalse(channel.finish());
    }

    @Test
    void helloOfUnknownVersionStillDecodesForNegotiation() {
        final var channel = channel();
        channel.writeInbound(bytes("06000010000000010001000800000050"));
        assertEquals(new OfHello(OfVersion.valueOf(6), 1, List.of(new OfHelloVersionBitmap(List.of(0x50)))),
            channel.readInbound());
        assertFalse(channel.finish());
    }

    @Test
    void errorReplyCarriesAtMostSixtyFourBytes() {
        final var channel = channel();
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex("04ee005000000001"))
            .writeZero(0x50 - 8);
        channel.writeInbound(in);
        final var failure = assertInstanceOf(OfDecodeFailure.class, channel.readInbound());
        assertEquals(64, assertInstanceOf(OfError.class, failure.toError()).data().length());
        assertFalse(channel.finish());
    }

    @Test
    void messageWithoutCodecFailsItsWriteAndReleasesTheBuffer() {
        final var channel = new EmbeddedChannel(new OfMessageEncoder(OfCodecRegistry.builder().build()));
        final var thrown = assertThrows(EncoderException.class, () -> channel.writeOutbound(OfBarrierRequest.of(1)));
        final var cause = assertInstanceOf(OfCodecException.class, thrown.getCause());
        assertEquals("OFPET_BAD_REQUEST/OFPBRC_BAD_TYPE: no codec encodes OfBarrierRequest in OF1.3",
            cause.getMessage());
        assertNull(channel.readOutbound());
        assertFalse(channel.finish());
    }

    @Test
    void messageLongerThanSixteenBitLengthFailsAndReleasesTheBuffer() {
        final var channel = channel();
        final var huge = OfPacketOut.of(1, OfBytes.copyOf(new byte[0x10000]), OfActionOutput.to(1));
        final var thrown = assertThrows(EncoderException.class, () -> channel.writeOutbound(huge));
        final var cause = assertInstanceOf(OfCodecException.class, thrown.getCause());
        assertEquals("OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: length 65576 > 65535", cause.getMessage());
        assertNull(channel.readOutbound());
        assertFalse(channel.finish());
    }

    @Test
    void sharedHandlersServeTwoChannels() {
        assertTrue(OfMessageEncoder.class.isAnnotationPresent(Sharable.class));
        assertTrue(OfMessageDecoder.class.isAnnotationPresent(Sharable.class));
        final var first = channel();
        final var second = channel();
        final var flowMod = OfFlowMod.builder().xid(4).match(OfMatch.builder().inPort(1).build())
            .applyActions(OfActionOutput.to(2)).build();
        first.writeOutbound(flowMod);
        second.writeOutbound(flowMod);
        final ByteBuf fromFirst = first.readOutbound();
        second.writeInbound(fromFirst);
        assertEquals(flowMod, second.readInbound());
        final ByteBuf fromSecond = second.readOutbound();
        fromSecond.release();
        assertFalse(first.finish());
        assertFalse(second.finish());
    }

    private static ByteBuf bytes(final String hex) {
        return ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(hex));
    }

    private static void assertOutbound(final String expectedHex, final EmbeddedChannel channel) {
        final ByteBuf out = channel.readOutbound();
        try {
            assertEquals(expectedHex, ByteBufUtil.hexDump(out));
        } finally {
            out.release();
        }
    }
}
