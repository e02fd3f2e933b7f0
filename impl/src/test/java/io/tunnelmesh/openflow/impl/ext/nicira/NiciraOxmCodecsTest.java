/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OxmFieldCodec;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshContext;
import io.tunnelmesh.openflow.api.ext.nicira.NxmReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunMetadata;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmUnknown;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import io.tunnelmesh.openflow.impl.codec.v13.V13OxmCodecs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Nicira field codecs: every one registered in the full registry round-trips arbitrary fields of its key byte for
 * byte; families (registers, NSH context headers, tunnel metadata) encode each record under the key its index names;
 * the registry refuses a plain codec sharing a family's class.
 */
class NiciraOxmCodecsTest {
    private static final OfCodecRegistry REGISTRY = NiciraExtensions.addTo(V13Codecs.addTo(OfCodecRegistry.builder()))
        .build();
    private static final OfCodecContext CONTEXT = REGISTRY.context(OfVersion.OF13);
    private static final Set<OxmKey> BASIC = V13OxmCodecs.all().stream().map(OxmFieldCodec::key)
        .collect(Collectors.toUnmodifiableSet());

    @Example
    void everyRegisteredExtensionFieldCodecRoundTripsItsOwnFields() {
        final var tested = new HashSet<OxmKey>();
        for (var codec : REGISTRY.fieldCodecs()) {
            if (BASIC.contains(codec.key())) {
                continue;
            }
            NiciraFieldArbitraries.fieldsOf(codec).sampleStream().limit(40).forEach(field -> {
                final var key = assertRoundTrip(field);
                assertEquals(codec.key(), key, field + " was written under another key");
            });
            tested.add(codec.key());
        }
        assertEquals(NiciraOxmCodecs.all().size(), tested.size());
        assertEquals(16 + 8 + 4 + 64 + 17, tested.size(), "the Nicira codecs lost or gained fields");
    }

    @Property(tries = 500)
    void anyNiciraFieldRoundTrips(@ForAll("niciraFields") final OxmField field) {
        assertRoundTrip(field);
    }

    @Provide
    Arbitrary<OxmField> niciraFields() {
        return Arbitraries.oneOf(NiciraOxmCodecs.all().stream()
            .<Arbitrary<? extends OxmField>>map(NiciraFieldArbitraries::fieldsOf).toList());
    }

    @Example
    void registerIsWrittenUnderTheKeyItsIndexNames() {
        assertEquals("000107080000000500000fff", encode(NxmReg.masked(3, 5, 0xfff)));
        assertEquals("00011e04ffffffff", encode(NxmReg.of(15, -1)));
        assertEquals("ffff1008005ad65000000007", encode(NxmNshContext.of(3, 7)));
        assertEquals("0001ce0111", encode(NxmTunMetadata.of(63, OfBytes.ofHex("11"))));
    }

    @Example
    void familyMemberWithoutItsCodecIsBadField() {
        final var onlyReg0 = OfCodecRegistry.builder().addField(NiciraOxmCodecs.all().stream()
            .filter(codec -> codec.fieldClass() == NxmReg.class).findFirst().orElseThrow()).build();
        final var context = onlyReg0.context(OfVersion.OF13);
        final var out = Unpooled.buffer();
        try {
            context.encodeOxm(NxmReg.of(0, 1), out);
            assertEquals("0001000400000001", ByteBufUtil.hexDump(out));
            final var thrown = assertThrows(OfCodecException.class, () -> context.encodeOxm(NxmReg.of(3, 1), out));
            assertEquals(OfErrorCode.OFPBMC_BAD_FIELD, thrown.error());
            assertTrue(thrown.getMessage().contains("OXM(class 0x0001, field 3)"), thrown.getMessage());
        } finally {
            out.release();
        }
    }

    @Example
    void plainCodecMayNotShareAFamilyClass() {
        final var plain = OxmFieldCodecs.maskedInt(new OxmKey(0x0001, 120, 0), "REG_IMPOSTOR", NxmReg.class, 4,
            (value, mask) -> new NxmReg(0, value, mask), NxmReg::value, NxmReg::mask);
        final var builder = NiciraExtensions.addTo(OfCodecRegistry.builder()).addField(plain);
        final var thrown = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(thrown.getMessage().startsWith("two OXM field codecs encode " + NxmReg.class.getName()),
            thrown.getMessage());
    }

    @Example
    void duplicateKeyIsRefused() {
        final var builder = NiciraExtensions.addTo(OfCodecRegistry.builder());
        assertThrows(IllegalArgumentException.class, () -> builder.addFields(List.of(NiciraOxmCodecs.all().get(0))));
    }

    @Example
    void withoutTheExtensionNiciraFieldsStayOpaque() {
        final var plain = V13Codecs.addTo(OfCodecRegistry.builder()).build().context(OfVersion.OF13);
        final var in = Unpooled.wrappedBuffer(OfBytes.ofHex("00014004c0000202").toByteArray());
        try {
            final var field = assertInstanceOf(OxmUnknown.class, plain.decodeOxm(in));
            assertEquals(new OxmUnknown(1, 32, false, OfBytes.ofHex("c0000202")), field);
            assertFalse(in.isReadable());
        } finally {
            in.release();
        }
    }

    private static String encode(final OxmField field) {
        final var out = Unpooled.buffer();
        try {
            CONTEXT.encodeOxm(field, out);
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }

    /** Encodes, decodes, re-encodes; returns the key the field was written under. */
    private static OxmKey assertRoundTrip(final OxmField field) {
        final var first = Unpooled.buffer();
        final var second = Unpooled.buffer();
        try {
            CONTEXT.encodeOxm(field, first);
            final int header = first.getInt(0);
            final int oxmClass = header >>> 16;
            final var key = new OxmKey(oxmClass, header >>> 9 & 0x7f, oxmClass == OxmKey.EXPERIMENTER
                ? first.getInt(4) : 0);
            final var decoded = CONTEXT.decodeOxm(first);
            assertEquals(field, decoded);
            assertFalse(first.isReadable());
            CONTEXT.encodeOxm(decoded, second);
            assertEquals(ByteBufUtil.hexDump(first, 0, first.writerIndex()), ByteBufUtil.hexDump(second));
            return key;
        } finally {
            first.release();
            second.release();
        }
    }
}
