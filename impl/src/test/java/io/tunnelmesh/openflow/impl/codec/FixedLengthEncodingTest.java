/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionExtension;
import io.tunnelmesh.openflow.api.codec.OfActionKey;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.match.OxmExtensionField;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built-in field and action codecs write their headers with the final length before the body; these tests check
 * the bytes they produce for the shapes the standard set does not exercise (experimenter OXM fields, experimenter
 * actions of fixed length, fields narrower than 4 bytes with a mask) and that a payload writer which breaks its
 * declared width is refused with the structure's {@code *_BAD_LEN} instead of corrupting the message.
 */
@ExtendWith(NettyLeakDetection.class)
class FixedLengthEncodingTest {
    /** An experimenter field of 2 bytes, maskable. */
    record Narrow(int value, @Nullable Integer mask) implements OxmExtensionField {
    }

    /** A field whose writer writes fewer bytes than its declared width. */
    record Short3(int value) implements OxmExtensionField {
    }

    /** An experimenter action of fixed length 16. */
    record Mark(int value) implements OfActionExtension {
    }

    /** An action whose writer writes fewer bytes than its declared length. */
    record Truncated(int value) implements OfActionExtension {
    }

    private static final int EXPERIMENTER = 0x00abcdef;

    private static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder())
        .addField(OxmFieldCodecs.maskedInt(OxmKey.experimenter(EXPERIMENTER, 5), "NARROW", Narrow.class, 2,
            Narrow::new, Narrow::value, Narrow::mask))
        .addField(OxmFieldCodecs.of(OxmKey.experimenter(EXPERIMENTER, 6), "SHORT3", Short3.class, 4, false,
            (payload, masked) -> new Short3(payload.readInt()), field -> false,
            (field, out) -> out.writeMedium(field.value())))
        .addAction(OfActionCodecs.of(OfActionKey.experimenter(EXPERIMENTER, 7), "MARK", Mark.class, 16,
            (body, context) -> new Mark(body.skipBytes(2).readInt()),
            (action, out, context) -> out.writeShort(0).writeInt(action.value())))
        .addAction(OfActionCodecs.of(OfActionKey.standard(0x7ff0), "TRUNCATED", Truncated.class, 16,
            (body, context) -> new Truncated(body.readInt()),
            (action, out, context) -> out.writeInt(action.value()).writeInt(0).writeInt(0).writeInt(0)))
        .build();

    private static String encode(final Consumer<ByteBuf> writer) {
        final var out = ByteBufAllocator.DEFAULT.buffer();
        try {
            writer.accept(out);
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }

    @Test
    void experimenterFieldHeaderCountsItsExperimenterId() {
        final var context = REGISTRY.context(OfVersion.OF13);
        // class 0xffff, field 5, no mask, length 4 (experimenter) + 2
        assertEquals("ffff0a0600abcdef1234", encode(out -> context.encodeOxm(new Narrow(0x1234, null), out)));
        // mask bit set, length 4 + 2 + 2
        assertEquals("ffff0b0800abcdef1234ff00",
            encode(out -> context.encodeOxm(new Narrow(0x1234, 0xff00), out)));
    }

    @Test
    void narrowFieldsRoundTrip() {
        final var context = REGISTRY.context(OfVersion.OF13);
        final var field = new Narrow(0xbeef, 0x0ff0);
        final var out = ByteBufAllocator.DEFAULT.buffer();
        try {
            context.encodeOxm(field, out);
            assertEquals(field, context.decodeOxm(out));
            assertEquals(0, out.readableBytes());
        } finally {
            out.release();
        }
    }

    @Test
    void fieldWriterBreakingItsWidthIsRefused() {
        final var context = REGISTRY.context(OfVersion.OF13);
        final var error = assertThrows(OfCodecException.class,
            () -> encode(out -> context.encodeOxm(new Short3(7), out)));
        assertEquals(OfErrorCode.OFPBMC_BAD_LEN, error.error());
    }

    @Test
    void fixedLengthExperimenterActionGoesOutWithItsLength() {
        final var context = REGISTRY.context(OfVersion.OF13);
        // type 0xffff, length 16, experimenter, subtype 7, then the body and no padding
        assertEquals("ffff001000abcdef0007000000000009",
            encode(out -> context.encodeActions(List.of(new Mark(9)), out)));
    }

    @Test
    void fixedLengthActionWriterBreakingItsLengthIsRefused() {
        final var context = REGISTRY.context(OfVersion.OF13);
        final var error = assertThrows(OfCodecException.class,
            () -> encode(out -> context.encodeActions(List.of(new Truncated(1)), out)));
        assertEquals(OfErrorCode.OFPBAC_BAD_LEN, error.error());
    }
}
