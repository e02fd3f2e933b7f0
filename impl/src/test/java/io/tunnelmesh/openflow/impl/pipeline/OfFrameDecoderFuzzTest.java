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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fuzzes {@link OfFrameDecoder} with arbitrary byte streams cut into arbitrary chunks: it emits exactly the frames
 * a reference reading of the stream finds, in order and byte for byte; the only exception that leaves the pipeline
 * is the documented framing close ({@code OFPBRC_BAD_LEN} for a length below 8, channel closed); every buffer
 * written in is released.
 *
 * <p>The first input byte seeds the chunk sizes (0: the whole stream in one write), the rest is the stream. The
 * normal test run replays the committed inputs in {@code OfFrameDecoderFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes for real, see {@code docs/fuzzing.md}.
 */
@ExtendWith(NettyLeakDetection.class)
class OfFrameDecoderFuzzTest {
    private static final int MAX_CHUNK = 96;

    @FuzzTest(maxDuration = "5m")
    void framesAnyStreamInAnyChunks(final byte[] input) {
        if (input.length == 0) {
            return;
        }
        final var stream = Arrays.copyOfRange(input, 1, input.length);
        final var expected = ReferenceFraming.of(stream);
        final var channel = new EmbeddedChannel(new OfFrameDecoder());
        final var chunks = chunks(stream, input[0] & 0xff);
        final var frames = new ArrayList<String>();
        final var written = new ArrayList<ByteBuf>();
        boolean closed = false;
        for (var chunk : chunks) {
            final var in = ByteBufAllocator.DEFAULT.buffer(chunk.length).writeBytes(chunk);
            written.add(in);
            try {
                channel.writeInbound(in);
            } catch (DecoderException e) {
                final var cause = assertInstanceOf(OfCodecException.class, e.getCause());
                assertEquals(OfErrorCode.OFPBRC_BAD_LEN, cause.error());
                closed = true;
            }
            drain(channel, frames);
            if (closed) {
                break;
            }
        }
        assertEquals(expected.frames(), frames);
        assertEquals(expected.invalid(), closed, "a framing close if and only if a length is below 8");
        assertEquals(!closed, channel.isOpen());
        assertFalse(channel.finish(), "nothing left over at close");
        for (var in : written) {
            assertEquals(0, in.refCnt(), "the decoder releases every buffer it is given");
        }
    }

    private static void drain(final EmbeddedChannel channel, final List<String> frames) {
        for (ByteBuf frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
            try {
                frames.add(ByteBufUtil.hexDump(frame));
            } finally {
                frame.release();
            }
        }
        assertNull(channel.readOutbound(), "a decoder writes nothing");
    }

    private static List<byte[]> chunks(final byte[] stream, final int seed) {
        if (seed == 0) {
            return List.of(stream);
        }
        final var random = new SplittableRandom(seed);
        final var result = new ArrayList<byte[]>();
        for (int offset = 0; offset < stream.length; ) {
            final int size = Math.min(random.nextInt(1, MAX_CHUNK), stream.length - offset);
            result.add(Arrays.copyOfRange(stream, offset, offset + size));
            offset += size;
        }
        return result;
    }

    /**
     * How OpenFlow 1.3.5 section 7.1.1 frames a stream, written plainly: a header's 16-bit length at offset 2
     * counts the whole message; a length below 8 makes the rest of the stream unframeable.
     */
    private record ReferenceFraming(List<String> frames, boolean invalid) {
        static ReferenceFraming of(final byte[] stream) {
            final var frames = new ArrayList<String>();
            int offset = 0;
            while (stream.length - offset >= OfHeader.LENGTH_FIELD_OFFSET + 2) {
                final int length = (stream[offset + OfHeader.LENGTH_FIELD_OFFSET] & 0xff) << 8
                    | stream[offset + OfHeader.LENGTH_FIELD_OFFSET + 1] & 0xff;
                if (length < OfHeader.LENGTH) {
                    return new ReferenceFraming(frames, true);
                }
                if (stream.length - offset < length) {
                    break;
                }
                frames.add(ByteBufUtil.hexDump(stream, offset, length));
                offset += length;
            }
            assertTrue(offset <= stream.length);
            return new ReferenceFraming(frames, false);
        }
    }
}
