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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The frame decoder on an {@link EmbeddedChannel}: messages split anywhere are reassembled, braces inside strings do
 * not count, and a message over the limit, malformed JSON or a top-level value that is not an object close the
 * connection; every buffer is released.
 */
@ExtendWith(NettyLeakDetection.class)
class JsonRpcFrameDecoderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FIRST = "{\"method\":\"echo\",\"params\":[\"}{\\\"\",{\"a\":[1,2.5,null]}],\"id\":1}";
    private static final String SECOND = "{\"id\":7,\"result\":[\"Open_vSwitch\"],\"error\":null}";

    private static JsonNode tree(final String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static ByteBuf bytes(final byte[] bytes, final int from, final int to) {
        return Unpooled.copiedBuffer(bytes, from, to - from);
    }

    private static List<Object> inbound(final EmbeddedChannel channel) {
        final var messages = new ArrayList<>();
        for (Object message = channel.readInbound(); message != null; message = channel.readInbound()) {
            messages.add(message);
        }
        return messages;
    }

    @Test
    void reassemblesMessagesSplitAtEveryByte() {
        final byte[] stream = (FIRST + "\n " + SECOND).getBytes(StandardCharsets.UTF_8);
        for (int split = 1; split < stream.length; split++) {
            final var channel = new EmbeddedChannel(new JsonRpcFrameDecoder(1024));
            final var head = bytes(stream, 0, split);
            final var tail = bytes(stream, split, stream.length);
            channel.writeInbound(head);
            channel.writeInbound(tail);
            assertEquals(List.of(tree(FIRST), tree(SECOND)), inbound(channel), "split at " + split);
            assertEquals(0, head.refCnt());
            assertEquals(0, tail.refCnt());
            assertFalse(channel.finish());
        }
    }

    @Test
    void decodesByteByByte() {
        final byte[] stream = (SECOND + SECOND).getBytes(StandardCharsets.UTF_8);
        final var channel = new EmbeddedChannel(new JsonRpcFrameDecoder(1024));
        for (int i = 0; i < stream.length; i++) {
            channel.writeInbound(bytes(stream, i, i + 1));
        }
        assertEquals(List.of(tree(SECOND), tree(SECOND)), inbound(channel));
        assertFalse(channel.finish());
    }

    @Test
    void decodesMultiByteUtf8SplitInsideACharacter() {
        final var json = "{\"method\":\"echo\",\"params\":[\"café ☃\"],\"id\":\"x\"}";
        final byte[] stream = json.getBytes(StandardCharsets.UTF_8);
        final int inside = json.indexOf('é') + 1; // the second byte of the two-byte é
        final var channel = new EmbeddedChannel(new JsonRpcFrameDecoder(1024));
        channel.writeInbound(bytes(stream, 0, inside));
        channel.writeInbound(bytes(stream, inside, stream.length));
        assertEquals(List.of(tree(json)), inbound(channel));
        assertFalse(channel.finish());
    }

    @Test
    void acceptsMessagesOfExactlyTheLimit() {
        final byte[] stream = (SECOND + " \n" + SECOND).getBytes(StandardCharsets.UTF_8);
        final var channel = new EmbeddedChannel(new JsonRpcFrameDecoder(SECOND.length()));
        channel.writeInbound(bytes(stream, 0, stream.length));
        assertEquals(List.of(tree(SECOND), tree(SECOND)), inbound(channel));
        assertTrue(channel.isOpen());
        assertFalse(channel.finish());
    }

    @Test
    void closesOnACompleteMessageOverTheLimit() {
        final byte[] stream = (SECOND + SECOND).getBytes(StandardCharsets.UTF_8);
        final var channel = new EmbeddedChannel(new JsonRpcFrameDecoder(SECOND.length() - 1));
        final var buf = bytes(stream, 0, stream.length);
        channel.writeInbound(buf);
        assertEquals(List.of(), inbound(channel));
        assertFalse(channel.isOpen());
        assertEquals(0, buf.refCnt());
        assertFalse(channel.finish());
    }

    @Test
    void closesAsSoonAsAnUnfinishedMessageOutgrowsTheLimit() {
        final var channel = new EmbeddedChannel(new JsonRpcFrameDecoder(100));
        final byte[] start = "{\"method\":\"update\",\"params\":[\"".getBytes(StandardCharsets.UTF_8);
        channel.writeInbound(bytes(start, 0, start.length));
        assertTrue(channel.isOpen());
        final byte[] filler = new byte[80];
        Arrays.fill(filler, (byte) 'x');
        channel.writeInbound(bytes(filler, 0, filler.length));
        assertFalse(channel.isOpen(), "a message of at least 110 bytes is over the limit of 100");
        assertEquals(List.of(), inbound(channel));
        assertFalse(channel.finish());
    }

    @Test
    void closesOnMalformedJson() {
        assertCloses("{\"id\":1,\"result\":}");
        assertCloses("{\"id\":1 \"result\":2}");
        assertCloses("}");
    }

    @Test
    void closesOnTopLevelValuesOtherThanObjects() {
        assertCloses("[1,2]");
        assertCloses("\"echo\"");
        assertCloses("42 ");
    }

    @Test
    void passesTheMessagesBeforeTheFailure() {
        final var channel = new EmbeddedChannel(new JsonRpcFrameDecoder(1024));
        final byte[] stream = (SECOND + "{oops}").getBytes(StandardCharsets.UTF_8);
        channel.writeInbound(bytes(stream, 0, stream.length));
        assertEquals(List.of(tree(SECOND)), inbound(channel));
        assertFalse(channel.isOpen());
        assertFalse(channel.finish());
    }

    @Test
    void framerRejectsDeepNestingWithoutRecursion() {
        final var framer = new JsonRpcFramer(1 << 20);
        final byte[] deep = ("{\"a\":".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        final var e = assertThrows(JsonRpcFramingException.class,
            () -> framer.feed(deep, 0, deep.length, message -> { }));
        assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
        final var again = assertThrows(JsonRpcFramingException.class, () -> framer.feed(deep, 0, 1, message -> { }));
        assertEquals("the stream failed before", again.getMessage());
    }

    @Test
    void framerReportsPartialMessages() throws JsonRpcFramingException {
        final var framer = new JsonRpcFramer(1024);
        final byte[] stream = SECOND.getBytes(StandardCharsets.UTF_8);
        final var messages = new ArrayList<JsonNode>();
        framer.feed(stream, 0, 5, messages::add);
        assertEquals(List.of(), messages);
        assertTrue(framer.inMessage());
        framer.feed(stream, 5, stream.length - 5, messages::add);
        assertEquals(List.of(tree(SECOND)), messages);
        assertFalse(framer.inMessage());
    }

    private static void assertCloses(final String text) {
        final var channel = new EmbeddedChannel(new JsonRpcFrameDecoder(1024));
        final byte[] stream = text.getBytes(StandardCharsets.UTF_8);
        final var buf = bytes(stream, 0, stream.length);
        channel.writeInbound(buf);
        assertNull(channel.readInbound(), text);
        assertFalse(channel.isOpen(), text);
        assertEquals(0, buf.refCnt());
        assertFalse(channel.finish());
    }
}
