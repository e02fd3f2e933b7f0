/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartType;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Encode/decode identity over random multipart requests and replies of every OpenFlow 1.3 body type (OpenFlow 1.3.5
 * section 7.3.5): decoding what was encoded gives the message back, and encoding that gives the same bytes. And
 * robustness: a multipart frame of any type code, defined or not, with a random body decodes into a message or a
 * failure, never an exception, and never reads past its frame.
 */
class MultipartCodecPropertiesTest {
    private static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder()).build();
    private static final OfMessageEncoder ENCODER = new OfMessageEncoder(REGISTRY);
    private static final OfMessageDecoder DECODER = new OfMessageDecoder(REGISTRY);

    @Property(tries = 600)
    void requestOfEveryBodyRoundTrips(@ForAll("xids") final int xid, @ForAll("flags") final int flags,
            @ForAll("requestBodies") final OfMultipartRequestBody body) {
        assertRoundTrip(new OfMultipartRequest(xid, flags, body));
    }

    @Property(tries = 600)
    void replyOfEveryBodyRoundTrips(@ForAll("xids") final int xid, @ForAll("flags") final int flags,
            @ForAll("replyBodies") final OfMultipartReplyBody body) {
        final var reply = new OfMultipartReply(xid, flags, body);
        assertEquals((flags & 1) != 0, reply.more(), "more() is the REPLY_MORE bit");
        assertRoundTrip(reply);
    }

    @Property(tries = 1500)
    void randomMultipartBodyNeverThrows(@ForAll("messageTypes") final int messageType,
            @ForAll("multipartTypes") final int multipartType, @ForAll("bodies") final OfBytes body) {
        final var frame = Unpooled.buffer().writeByte(OfVersion.OF13.wireVersion()).writeByte(messageType)
            .writeShort(16 + body.length()).writeInt(1).writeShort(multipartType).writeShort(0).writeInt(0)
            .writeBytes(body.toByteArray());
        try {
            final var result = DECODER.decode(frame);
            assertTrue(result instanceof OfMessage || result instanceof OfDecodeFailure, String.valueOf(result));
            assertEquals(0, frame.readerIndex());
        } finally {
            frame.release();
        }
    }

    @Provide
    Arbitrary<Integer> xids() {
        return Arbitraries.integers();
    }

    @Provide
    Arbitrary<Integer> flags() {
        return Arbitraries.oneOf(Arbitraries.of(0, 1), V13Arbitraries.u16());
    }

    @Provide
    Arbitrary<OfMultipartRequestBody> requestBodies() {
        return MultipartArbitraries.requestBodies();
    }

    @Provide
    Arbitrary<OfMultipartReplyBody> replyBodies() {
        return MultipartArbitraries.replyBodies();
    }

    @Provide
    Arbitrary<Integer> messageTypes() {
        return Arbitraries.of(18, 19);
    }

    @Provide
    Arbitrary<Integer> multipartTypes() {
        return Arbitraries.oneOf(Arbitraries.of(Arrays.stream(OfMultipartType.values()).map(OfMultipartType::code)
            .toList()), V13Arbitraries.u16());
    }

    @Provide
    Arbitrary<OfBytes> bodies() {
        return Arbitraries.oneOf(V13Arbitraries.bytes(160), V13Arbitraries.bytesOfMultipleOf8(0));
    }

    private static void assertRoundTrip(final OfMessage message) {
        final ByteBuf first = Unpooled.buffer();
        final ByteBuf second = Unpooled.buffer();
        try {
            ENCODER.encode(message, first);
            final var decoded = DECODER.decode(first);
            assertEquals(message, decoded);
            ENCODER.encode((OfMessage) decoded, second);
            assertEquals(ByteBufUtil.hexDump(first), ByteBufUtil.hexDump(second));
        } finally {
            first.release();
            second.release();
        }
    }
}
