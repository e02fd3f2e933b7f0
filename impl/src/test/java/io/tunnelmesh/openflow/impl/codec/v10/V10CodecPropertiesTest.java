/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.api.message.v10.Of10FeaturesReply;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowMod;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowModCommand;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowRemoved;
import io.tunnelmesh.openflow.api.message.v10.Of10GetConfigReply;
import io.tunnelmesh.openflow.api.message.v10.Of10PacketIn;
import io.tunnelmesh.openflow.api.message.v10.Of10PacketOut;
import io.tunnelmesh.openflow.api.message.v10.Of10PortMod;
import io.tunnelmesh.openflow.api.message.v10.Of10PortStatus;
import io.tunnelmesh.openflow.api.message.v10.Of10QueueGetConfigReply;
import io.tunnelmesh.openflow.api.message.v10.Of10SetConfig;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReply;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequest;
import io.tunnelmesh.openflow.api.message.v10.Of10Vendor;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Encode/decode identity over random OpenFlow 1.0 messages of every shape: decoding what was encoded gives the
 * message back, and encoding that gives the same bytes. And robustness: a 1.0 frame of any type with a random body
 * decodes into a message or a failure, never an exception, and never reads past its frame.
 */
class V10CodecPropertiesTest {
    private static final OfMessageEncoder ENCODER = new OfMessageEncoder(V10GoldenVectorTest.REGISTRY);
    private static final OfMessageDecoder DECODER = new OfMessageDecoder(V10GoldenVectorTest.REGISTRY);

    @Property(tries = 300)
    void flowModRoundTrips(@ForAll("flowMods") final Of10FlowMod message) {
        assertRoundTrip(message);
    }

    @Property(tries = 300)
    void statsRequestRoundTrips(@ForAll("statsRequests") final Of10StatsRequest message) {
        assertRoundTrip(message);
    }

    @Property(tries = 300)
    void statsReplyRoundTrips(@ForAll("statsReplies") final Of10StatsReply message) {
        assertRoundTrip(message);
        assertEquals((message.flags() & 1) != 0, message.more());
    }

    @Property(tries = 300)
    void switchMessagesRoundTrip(@ForAll("switchMessages") final OfMessage message) {
        assertRoundTrip(message);
    }

    @Property(tries = 300)
    void controllerMessagesRoundTrip(@ForAll("controllerMessages") final OfMessage message) {
        assertRoundTrip(message);
    }

    @Property(tries = 2000)
    void randomBodyNeverThrows(@ForAll("types") final int type, @ForAll("bodies") final OfBytes body) {
        final var frame = Unpooled.buffer().writeByte(OfVersion.OF10.wireVersion()).writeByte(type)
            .writeShort(8 + body.length()).writeInt(1).writeBytes(body.toByteArray());
        try {
            final var result = DECODER.decode(frame);
            assertTrue(result instanceof OfMessage || result instanceof OfDecodeFailure, String.valueOf(result));
            assertEquals(0, frame.readerIndex());
        } finally {
            frame.release();
        }
    }

    @Provide
    Arbitrary<Of10FlowMod> flowMods() {
        final var fields = Combinators.combine(Arbitraries.integers(), V10Arbitraries.matches(), Arbitraries.longs(),
            V10Arbitraries.u16(), V10Arbitraries.u16(), V10Arbitraries.u16(), V10Arbitraries.u16(),
            Arbitraries.integers()).as(List::<Object>of);
        return Combinators.combine(fields, V10Arbitraries.u16(), V10Arbitraries.u16(), V10Arbitraries.actionLists())
            .as((f, outPort, flags, actions) -> new Of10FlowMod((Integer) f.get(0),
                (io.tunnelmesh.openflow.api.message.v10.Of10Match) f.get(1), (Long) f.get(2),
                Of10FlowModCommand.valueOf((Integer) f.get(3)), (Integer) f.get(4), (Integer) f.get(5),
                (Integer) f.get(6), (Integer) f.get(7), outPort, flags, actions));
    }

    @Provide
    Arbitrary<Of10StatsRequest> statsRequests() {
        return Combinators.combine(Arbitraries.integers(), V10Arbitraries.u16(), V10Arbitraries.statsRequestBodies())
            .as(Of10StatsRequest::new);
    }

    @Provide
    Arbitrary<Of10StatsReply> statsReplies() {
        return Combinators.combine(Arbitraries.integers(), V10Arbitraries.u16(), V10Arbitraries.statsReplyBodies())
            .as(Of10StatsReply::new);
    }

    @Provide
    Arbitrary<OfMessage> switchMessages() {
        final var xids = Arbitraries.integers();
        return Arbitraries.oneOf(List.of(
            Combinators.combine(xids, Arbitraries.longs(), Arbitraries.integers(), V10Arbitraries.u8(),
                Arbitraries.integers(), Arbitraries.integers(), V10Arbitraries.ports().list().ofMaxSize(4))
                .as(Of10FeaturesReply::new),
            Combinators.combine(xids, Arbitraries.integers(), V10Arbitraries.u16(), V10Arbitraries.u16(),
                V10Arbitraries.u8(), V10Arbitraries.bytes(100)).as(Of10PacketIn::new),
            Combinators.combine(
                Combinators.combine(xids, V10Arbitraries.matches(), Arbitraries.longs(), V10Arbitraries.u16(),
                    V10Arbitraries.u8()).as(List::<Object>of),
                Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), V10Arbitraries.u16(),
                    Arbitraries.longs(), Arbitraries.longs()).as(List::<Object>of))
                .as((a, b) -> new Of10FlowRemoved((Integer) a.get(0),
                    (io.tunnelmesh.openflow.api.message.v10.Of10Match) a.get(1), (Long) a.get(2), (Integer) a.get(3),
                    (Integer) a.get(4), (Integer) b.get(0), (Integer) b.get(1), (Integer) b.get(2), (Long) b.get(3),
                    (Long) b.get(4))),
            Combinators.combine(xids, V10Arbitraries.u8(), V10Arbitraries.ports()).as(Of10PortStatus::new),
            Combinators.combine(xids, V10Arbitraries.errorCodes(), V10Arbitraries.bytes(80)).as(Of10Error::new),
            Combinators.combine(xids, V10Arbitraries.switchConfigs()).as(Of10GetConfigReply::new),
            Combinators.combine(xids, V10Arbitraries.u16(), V10Arbitraries.queues().list().ofMaxSize(3))
                .as(Of10QueueGetConfigReply::new),
            Combinators.combine(xids, Arbitraries.integers(), V10Arbitraries.bytes(40)).as(Of10Vendor::new)));
    }

    @Provide
    Arbitrary<OfMessage> controllerMessages() {
        final var xids = Arbitraries.integers();
        return Arbitraries.oneOf(List.of(
            Combinators.combine(xids, Arbitraries.integers(), V10Arbitraries.u16(), V10Arbitraries.actionLists(),
                V10Arbitraries.bytes(100)).as(Of10PacketOut::new),
            Combinators.combine(xids, V10Arbitraries.u16(), V10Arbitraries.macs(), Arbitraries.integers(),
                Arbitraries.integers(), Arbitraries.integers()).as(Of10PortMod::new),
            Combinators.combine(xids, V10Arbitraries.switchConfigs()).as(Of10SetConfig::new)));
    }

    @Provide
    Arbitrary<Integer> types() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 21), V10Arbitraries.u8());
    }

    @Provide
    Arbitrary<OfBytes> bodies() {
        return V10Arbitraries.bytes(200);
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
