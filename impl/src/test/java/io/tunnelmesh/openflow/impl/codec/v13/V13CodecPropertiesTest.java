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
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfHelloElement;
import io.tunnelmesh.openflow.api.message.OfHelloUnknownElement;
import io.tunnelmesh.openflow.api.message.OfHelloVersionBitmap;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfPacketIn;
import io.tunnelmesh.openflow.api.message.OfPacketOut;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Encode/decode identity over random OpenFlow 1.3 messages: decoding what was encoded gives the message back, and
 * encoding that gives the same bytes. And robustness: a frame of any registered type with a random body decodes
 * into a message or a failure, never an exception, and never reads past its frame.
 */
class V13CodecPropertiesTest {
    private static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder()).build();
    private static final OfMessageEncoder ENCODER = new OfMessageEncoder(REGISTRY);
    private static final OfMessageDecoder DECODER = new OfMessageDecoder(REGISTRY);

    @Property(tries = 300)
    void flowModRoundTrips(@ForAll("flowMods") final OfFlowMod flowMod) {
        assertRoundTrip(flowMod);
    }

    @Property(tries = 200)
    void packetInRoundTrips(@ForAll("packetIns") final OfPacketIn packetIn) {
        assertRoundTrip(packetIn);
    }

    @Property(tries = 200)
    void packetOutRoundTrips(@ForAll("packetOuts") final OfPacketOut packetOut) {
        assertRoundTrip(packetOut);
    }

    @Property(tries = 200)
    void helloRoundTrips(@ForAll("hellos") final OfHello hello) {
        assertRoundTrip(hello);
    }

    @Property(tries = 200)
    void errorOfAnyTypeAndCodeRoundTrips(@ForAll("errors") final OfError error) {
        assertRoundTrip(error);
    }

    @Property(tries = 2000)
    void randomBodyNeverThrows(@ForAll("types") final int type, @ForAll("bodies") final OfBytes body) {
        final var frame = Unpooled.buffer().writeByte(OfVersion.OF13.wireVersion()).writeByte(type)
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
    Arbitrary<OfFlowMod> flowMods() {
        return Builders.withBuilder(OfFlowMod::builder)
            .use(Arbitraries.integers()).in((b, xid) -> b.xid(xid))
            .use(Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(List::of))
                .in((b, cookie) -> b.cookie(cookie.get(0), cookie.get(1)))
            .use(V13Arbitraries.u8()).in((b, table) -> b.table(table))
            .use(V13Arbitraries.commands()).in((b, command) -> b.command(command))
            .use(Combinators.combine(V13Arbitraries.u16(), V13Arbitraries.u16()).as(List::of))
                .in((b, timeouts) -> b.timeouts(timeouts.get(0), timeouts.get(1)))
            .use(V13Arbitraries.u16()).in((b, priority) -> b.priority(priority))
            .use(Arbitraries.integers()).in((b, buffer) -> b.bufferId(buffer))
            .use(Combinators.combine(Arbitraries.integers(), Arbitraries.integers()).as(List::of))
                .in((b, out) -> b.out(out.get(0), out.get(1)))
            .use(V13Arbitraries.u16()).in((b, flags) -> b.flags(flags))
            .use(V13Arbitraries.matches()).in((b, match) -> b.match(match))
            .use(V13Arbitraries.instructions().list().ofMaxSize(4))
                .in((b, instructions) -> {
                    instructions.forEach(b::instruction);
                    return b;
                })
            .build(OfFlowMod.Builder::build);
    }

    @Provide
    Arbitrary<OfPacketIn> packetIns() {
        return Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), V13Arbitraries.u16(),
            V13Arbitraries.u8(), V13Arbitraries.u8(), Arbitraries.longs(), V13Arbitraries.matches(),
            V13Arbitraries.bytes(200)).as(OfPacketIn::new);
    }

    @Provide
    Arbitrary<OfPacketOut> packetOuts() {
        return Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), Arbitraries.integers(),
            V13Arbitraries.actionLists(), V13Arbitraries.bytes(200)).as(OfPacketOut::new);
    }

    @Provide
    Arbitrary<OfHello> hellos() {
        final Arbitrary<OfHelloElement> bitmap = Arbitraries.integers().list().ofMinSize(1).ofMaxSize(3)
            .map(OfHelloVersionBitmap::new);
        final Arbitrary<OfHelloElement> unknown = Combinators.combine(Arbitraries.integers().between(2, 0xffff),
            V13Arbitraries.bytes(20)).as(OfHelloUnknownElement::new);
        return Combinators.combine(Arbitraries.just(OfVersion.OF13), Arbitraries.integers(),
            Arbitraries.oneOf(bitmap, unknown).list().ofMaxSize(3)).as(OfHello::new);
    }

    @Provide
    Arbitrary<OfError> errors() {
        return Combinators.combine(Arbitraries.integers(), V13Arbitraries.u16().filter(type -> type != 0xffff),
            V13Arbitraries.u16(), V13Arbitraries.bytes(80))
            .as((xid, type, code, data) -> new OfError(xid, OfErrorCode.valueOf(type, code), data));
    }

    @Provide
    Arbitrary<Integer> types() {
        return Arbitraries.oneOf(Arbitraries.of(REGISTRY.codecs().stream().map(codec -> codec.type()).toList()),
            V13Arbitraries.u8());
    }

    @Provide
    Arbitrary<OfBytes> bodies() {
        return V13Arbitraries.bytes(120);
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
