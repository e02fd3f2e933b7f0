/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fuzzes {@link JsonRpcFrameDecoder} (and its {@link JsonRpcFramer}) with arbitrary byte streams cut into arbitrary
 * chunks, as a peer's TCP segments arrive: the decoder passes on exactly the JSON objects that one
 * {@link JsonRpcFramer#feed} of the whole stream passes on, in order, whatever the cuts; it closes the channel if and
 * only if that framer throws its documented {@link JsonRpcFramingException} (malformed JSON, a top-level value that
 * is not an object, a message over the size limit); no other exception leaves it; every buffer written in is
 * released. The limit is small ({@value #MAX_MESSAGE_BYTES} bytes), so that the fuzzer reaches it and memory stays
 * bounded by it.
 *
 * <p>The first input byte seeds the chunk sizes (0: the whole stream in one write), the rest is the stream. The
 * normal test run replays the committed inputs in {@code JsonRpcFrameDecoderFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes for real, see {@code docs/fuzzing.md}.
 */
@ExtendWith(NettyLeakDetection.class)
class JsonRpcFrameDecoderFuzzTest {
    private static final int MAX_MESSAGE_BYTES = 512;
    private static final int MAX_CHUNK = 64;

    @FuzzTest(maxDuration = "5m")
    void framesAnyStreamInAnyChunks(final byte[] input) {
        if (input.length == 0) {
            return;
        }
        final var stream = Arrays.copyOfRange(input, 1, input.length);
        final var expected = new ArrayList<ObjectNode>();
        boolean invalid = false;
        try {
            new JsonRpcFramer(MAX_MESSAGE_BYTES).feed(stream, 0, stream.length, expected::add);
        } catch (JsonRpcFramingException e) {
            invalid = true;
        }
        final var channel = new EmbeddedChannel(new JsonRpcFrameDecoder(MAX_MESSAGE_BYTES));
        final var messages = new ArrayList<ObjectNode>();
        final var written = new ArrayList<ByteBuf>();
        for (var chunk : chunks(stream, input[0] & 0xff)) {
            if (!channel.isOpen()) {
                break; // a closed connection reads nothing more
            }
            final var in = ByteBufAllocator.DEFAULT.buffer(chunk.length).writeBytes(chunk);
            written.add(in);
            // the decoder handles its own failure (it closes the channel): any exception here fails the test
            channel.writeInbound(in);
            for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
                messages.add(assertInstanceOf(ObjectNode.class, message));
            }
            assertNull(channel.readOutbound(), "a decoder writes nothing");
        }
        assertEquals(expected, messages, "the same messages whatever the chunks");
        assertEquals(invalid, !channel.isOpen(), "closed if and only if the stream is not a JSON-RPC stream");
        assertFalse(channel.finish(), "nothing left over at close");
        for (var in : written) {
            assertEquals(0, in.refCnt(), "the decoder releases every buffer it is given");
        }
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
}
