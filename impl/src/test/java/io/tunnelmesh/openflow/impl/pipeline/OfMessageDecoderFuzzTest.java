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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBufAllocator;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fuzzes {@link OfMessageDecoder#decode(io.netty.buffer.ByteBuf)} with arbitrary frames whose header length is
 * right (the frame decoder guarantees that much): every frame decodes into a message or an {@link OfDecodeFailure},
 * nothing throws, nothing leaks, and every decoded message encodes into bytes that decode to an equal message.
 *
 * <p>The normal test run replays the committed inputs in {@code OfMessageDecoderFuzzTestInputs/} (seeds are the
 * golden OVS vectors); {@code JAZZER_FUZZ=1} fuzzes for real, see {@code docs/fuzzing.md}.
 */
@ExtendWith(NettyLeakDetection.class)
class OfMessageDecoderFuzzTest {
    private static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder()).build();
    private static final OfMessageDecoder DECODER = new OfMessageDecoder(REGISTRY);
    private static final OfMessageEncoder ENCODER = new OfMessageEncoder(REGISTRY);

    @FuzzTest(maxDuration = "5m")
    void decodesAnyFrameIntoMessageOrFailure(final byte[] input) {
        final var frame = ByteBufAllocator.DEFAULT.buffer().writeBytes(frameOf(input));
        final Object decoded;
        try {
            decoded = DECODER.decode(frame);
            assertEquals(0, frame.readerIndex(), "decode must not move the frame's reader index");
        } finally {
            frame.release();
        }
        assertNotNull(decoded);
        if (decoded instanceof OfHello hello && REGISTRY.encoder(hello) == null) {
            // HELLO is decoded whatever its version, for negotiation (OfMessageDecoder); only known versions encode
            assertFalse(REGISTRY.codecs().stream().anyMatch(codec -> codec.version() == hello.version()));
        } else if (decoded instanceof OfMessage message) {
            assertReencodes(message);
        } else {
            final var failure = assertInstanceOf(OfDecodeFailure.class, decoded);
            assertNotNull(failure.toError());
            assertTrue(failure.frame().length() <= 64, "error data is at most 64 bytes");
        }
    }

    /**
     * The input as a frame: at least a header, at most 65535 bytes, the header's length field set to the frame's
     * length. Version, type and xid are whatever the input says.
     */
    static byte[] frameOf(final byte[] input) {
        final var frame = Arrays.copyOf(input, Math.clamp(input.length, OfHeader.LENGTH, OfHeader.MAX_LENGTH));
        frame[OfHeader.LENGTH_FIELD_OFFSET] = (byte) (frame.length >>> 8);
        frame[OfHeader.LENGTH_FIELD_OFFSET + 1] = (byte) frame.length;
        return frame;
    }

    private static void assertReencodes(final OfMessage message) {
        final var out = ByteBufAllocator.DEFAULT.buffer();
        try {
            ENCODER.encode(message, out);
            assertEquals(message, DECODER.decode(out), "a decoded message re-encodes to itself");
        } finally {
            out.release();
        }
    }
}
