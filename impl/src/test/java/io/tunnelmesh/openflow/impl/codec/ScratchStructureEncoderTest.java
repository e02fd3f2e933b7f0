/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionExtension;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.codec.OfActionKey;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.ext.nicira.OxmPacketType;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.GoldenMessage;
import io.tunnelmesh.openflow.impl.GoldenMessages;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry's scratch path ({@link ScratchStructureEncoder}, {@link ScratchWriter}, the built-in codecs'
 * {@link ScratchMessageEncoder}s) writes exactly what the {@code ByteBuf} path writes: for every golden vector, into
 * a buffer that already holds bytes, for messages larger than the scratch array, and for messages mixing built-in
 * parts with a third party's, which go through the {@code ByteBuf} path whole.
 */
@ExtendWith(NettyLeakDetection.class)
class ScratchStructureEncoderTest {
    /** A third party's action, written through the public {@code ByteBuf} SPI only. */
    record Mark(int value) implements OfActionExtension {
    }

    private static final OfCodecRegistry REGISTRY = OpenFlowCodecs.standard();
    private static final OfCodecRegistry WITH_MARK = OpenFlowCodecs.standardBuilder()
        .addAction(OfActionCodecs.of(OfActionKey.experimenter(0x00abcdef, 7), "MARK", Mark.class, 16,
            (body, context) -> new Mark(body.skipBytes(2).readInt()),
            (action, out, context) -> out.writeShort(0).writeInt(action.value())))
        .build();
    /** What a buffer holds before the message, so that the message does not start at index 0. */
    private static final String PREFIX = "a5a5a5";

    private static String hex(final BiConsumer<OfMessage, ByteBuf> encoder, final OfMessage message) {
        // a small buffer: the copy must grow it
        final var out = PooledByteBufAllocator.DEFAULT.directBuffer(16);
        try {
            out.writeMedium(0xa5a5a5);
            encoder.accept(message, out);
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }

    private static OfFlowMod flowMod(final List<OfAction> actions) {
        return OfFlowMod.builder().xid(9).cookie(0x544d000000000001L).priority(100)
            .match(OfMatch.builder().inPort(1).tunnelId(0x3e9).build())
            .applyActions(actions.toArray(OfAction[]::new)).build();
    }

    @Test
    void everyGoldenVectorComesOutOfBothPathsByteForByte() {
        final var scratchPathed = new ArrayList<String>();
        for (GoldenMessage golden : GoldenMessages.all()) {
            final var expected = PREFIX + golden.wire().toHex();
            assertEquals(expected, hex(REGISTRY::encodeThroughBuffer, golden.message()), golden.toString());
            assertEquals(expected, hex(REGISTRY::encode, golden.message()), golden.toString());
            final var out = PooledByteBufAllocator.DEFAULT.directBuffer(16);
            try {
                out.writeMedium(0xa5a5a5);
                if (REGISTRY.encodeThroughScratch(golden.message(), out)) {
                    scratchPathed.add(golden.toString());
                    assertEquals(expected, ByteBufUtil.hexDump(out), golden.toString());
                } else {
                    assertEquals(3, out.writerIndex(), golden + " declined the scratch path but wrote");
                }
            } finally {
                out.release();
            }
        }
        // every standard OF1.3 flow-mod vector has only built-in, scratch-capable parts
        final long standardFlowMods = GoldenMessages.all().stream()
            .filter(golden -> golden.message() instanceof OfFlowMod).count();
        assertTrue(scratchPathed.size() >= 5 && scratchPathed.size() <= standardFlowMods,
            "flow-mods through the scratch path: " + scratchPathed);
    }

    @Test
    void theTunnelFlowModTakesTheScratchPath() {
        final var message = flowMod(List.of(new OfActionSetField(OxmTunnelId.of(0x3e9)), new OfActionOutput(10, 0)));
        final var out = PooledByteBufAllocator.DEFAULT.directBuffer();
        try {
            assertTrue(REGISTRY.encodeThroughScratch(message, out));
            assertEquals(hex(REGISTRY::encodeThroughBuffer, message), PREFIX + ByteBufUtil.hexDump(out));
        } finally {
            out.release();
        }
    }

    @Test
    void largeMessagesComeOutWhole() {
        // 9,600 bytes of actions: far past a buffer's first capacity, and the array is reused after it
        for (int count : new int[] { 100, 600, 1, 600 }) {
            final var message = flowMod(Collections.nCopies(count, new OfActionOutput(7, 0xffe5)));
            final var out = PooledByteBufAllocator.DEFAULT.directBuffer(16);
            try {
                out.writeMedium(0xa5a5a5);
                assertTrue(REGISTRY.encodeThroughScratch(message, out), count + " actions");
                assertEquals(hex(REGISTRY::encodeThroughBuffer, message), ByteBufUtil.hexDump(out), count + " actions");
                assertEquals(3 + 80 + 16 * count, out.writerIndex());
            } finally {
                out.release();
            }
        }
    }

    @Test
    void aMessageLargerThanTheScratchArrayFailsAsTheBufferPathFails() {
        // 4,100 outputs: 65,600 bytes, more than a message may hold and than the scratch array holds
        final var message = flowMod(Collections.nCopies(4100, new OfActionOutput(7, 0)));
        final var viaBuffer = assertThrows(OfCodecException.class, () -> hex(REGISTRY::encodeThroughBuffer, message));
        final var viaEncode = assertThrows(OfCodecException.class, () -> hex(REGISTRY::encode, message));
        assertEquals(viaBuffer.error(), viaEncode.error());
        assertEquals(viaBuffer.getMessage(), viaEncode.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> hex(REGISTRY::encodeThroughScratch, message));
        // the writer was given back: the next message takes the scratch path again
        assertEquals(hex(REGISTRY::encodeThroughBuffer, flowMod(List.of(new OfActionOutput(1, 0)))),
            hex(REGISTRY::encode, flowMod(List.of(new OfActionOutput(1, 0)))));
        final var out = PooledByteBufAllocator.DEFAULT.directBuffer();
        try {
            assertTrue(REGISTRY.encodeThroughScratch(flowMod(List.of(new OfActionOutput(1, 0))), out));
        } finally {
            out.release();
        }
    }

    @Test
    void aThirdPartyActionSendsTheWholeMessageThroughTheBufferPath() {
        final var message = flowMod(List.of(new OfActionOutput(1, 0), new Mark(0x11223344), new OfActionOutput(2, 0)));
        final var out = PooledByteBufAllocator.DEFAULT.directBuffer(16);
        try {
            assertFalse(WITH_MARK.encodeThroughScratch(message, out));
            assertEquals(0, out.writerIndex());
        } finally {
            out.release();
        }
        final var encoded = hex(WITH_MARK::encode, message);
        assertEquals(hex(WITH_MARK::encodeThroughBuffer, message), encoded);
        // the third party's action, as its codec writes it, between the two outputs
        assertTrue(encoded.contains("0000001000000001" + "0000000000000000" + "ffff001000abcdef0007000011223344"
            + "0000001000000002"), encoded);
        final var decoder = new OfMessageDecoder(WITH_MARK);
        final var wire = PooledByteBufAllocator.DEFAULT.directBuffer();
        try {
            WITH_MARK.encode(message, wire);
            assertEquals(message, decoder.decode(wire));
        } finally {
            wire.release();
        }
    }

    @Test
    void aFieldWrittenThroughTheBufferSpiSendsTheMessageThroughTheBufferPath() {
        // packet_type is registered with OxmFieldCodecs.of, whose writer takes a ByteBuf
        final var message = OfFlowMod.builder().xid(3)
            .match(OfMatch.builder().add(new OxmPacketType(1, 0x894f)).build())
            .applyActions(new OfActionOutput(1, 0)).build();
        final var out = PooledByteBufAllocator.DEFAULT.directBuffer(16);
        try {
            assertFalse(REGISTRY.encodeThroughScratch(message, out));
            assertEquals(0, out.writerIndex());
        } finally {
            out.release();
        }
        assertEquals(hex(REGISTRY::encodeThroughBuffer, message), hex(REGISTRY::encode, message));
    }
}
