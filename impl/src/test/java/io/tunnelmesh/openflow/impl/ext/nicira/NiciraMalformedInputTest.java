/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufAllocator;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvMap;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvTableMod;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtLabel;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshSpi;
import io.tunnelmesh.openflow.api.ext.nicira.NxmReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunMetadata;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed Nicira fields and TLV table messages decode into an {@link OfDecodeFailure} naming the error Open vSwitch
 * answers with ({@code nx_pull_match}: {@code OFPBMC_BAD_LEN} for a length its field does not have,
 * {@code OFPBMC_BAD_MASK} for a mask on an unmaskable field, {@code OFPBMC_BAD_VALUE} for a value out of range), and
 * records refuse values that could not be put on the wire.
 */
@ExtendWith(NettyLeakDetection.class)
class NiciraMalformedInputTest {
    private static final OfCodecRegistry REGISTRY = NiciraExtensions.addTo(V13Codecs.addTo(OfCodecRegistry.builder()))
        .build();
    /** The 40 fixed bytes of a FLOW_MOD after its header. */
    private static final String FLOW_MOD_FIXED = "000000000000000000000000000000000000000000008000"
        + "ffffffffffffffffffffffff00000000";

    @Test
    void registerOfFiveBytesIsBadLen() {
        assertMatchFailure(OfErrorCode.OFPBMC_BAD_LEN, "NXM_NX_REG3 length 5 != 4", "00010605000000050000000000");
    }

    @Test
    void maskedRegisterOfOddLengthIsBadLen() {
        assertMatchFailure(OfErrorCode.OFPBMC_BAD_LEN, "NXM_NX_REG3 length 6 != 8", "0001070600000005ffff");
    }

    @Test
    void maskOnConntrackZoneIsBadMask() {
        assertMatchFailure(OfErrorCode.OFPBMC_BAD_MASK, "NXM_NX_CT_ZONE cannot be masked", "0001d5040003ffff");
    }

    @Test
    void maskOnNshServiceIndexIsBadMask() {
        assertMatchFailure(OfErrorCode.OFPBMC_BAD_MASK, "NXOXM_NSH_SI cannot be masked",
            "ffff0b06005ad650ffff");
    }

    @Test
    void nshServicePathOverTwentyFourBitsIsBadValue() {
        assertMatchFailure(OfErrorCode.OFPBMC_BAD_VALUE, "NXOXM_NSH_SPI must be an unsigned 24-bit value: 16777216",
            "ffff0808005ad65001000000");
    }

    @Test
    void nshFieldWithoutItsExperimenterIdIsBadLen() {
        assertMatchFailure(OfErrorCode.OFPBMC_BAD_LEN, "experimenter OXM field 5 length 2 < 4", "ffff0a020000");
    }

    @Test
    void conntrackLabelOfEightBytesIsBadLen() {
        assertMatchFailure(OfErrorCode.OFPBMC_BAD_LEN, "NXM_NX_CT_LABEL length 8 != 16",
            "0001d8080000000000001234");
    }

    @Test
    void tunnelMetadataLongerThan124BytesIsBadLen() {
        assertMatchFailure(OfErrorCode.OFPBMC_BAD_LEN, "NXM_NX_TUN_METADATA0 length 125 is not 1 to 124",
            "0001507d" + "00".repeat(125));
    }

    @Test
    void emptyTunnelMetadataIsBadLen() {
        assertMatchFailure(OfErrorCode.OFPBMC_BAD_LEN, "NXM_NX_TUN_METADATA2 length 0 is not 1 to 124", "00015400");
    }

    @Test
    void maskedTunnelMetadataOfOddLengthIsBadLen() {
        assertMatchFailure(OfErrorCode.OFPBMC_BAD_LEN, "NXM_NX_TUN_METADATA0 length 3 is not twice a value of 1 to "
            + "124 bytes", "00015103aabbcc");
    }

    @Test
    void maskedTunnelMetadataOver248BytesIsBadLen() {
        assertMatchFailure(OfErrorCode.OFPBMC_BAD_LEN, "NXM_NX_TUN_METADATA0 length 250 is not twice a value of 1 "
            + "to 124 bytes", "000151fa" + "00".repeat(250));
    }

    @Test
    void packetTypeWithMaskIsBadMask() {
        assertMatchFailure(OfErrorCode.OFPBMC_BAD_MASK, "OXM_OF_PACKET_TYPE cannot be masked",
            "800059080001894fffffffff");
    }

    @Test
    void tlvTableModBetweenEntriesIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "NXT_TLV_TABLE_MOD body of 12 bytes is not 8 plus a multiple of 8",
            message(4, "00002320" + "00000018" + "0000000000000000" + "ffff0004"));
    }

    @Test
    void tlvTableModWithoutCommandIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "NXT_TLV_TABLE_MOD body of 4 bytes is not 8 plus a multiple of 8",
            message(4, "00002320" + "00000018" + "00000000"));
    }

    @Test
    void tlvTableReplyWithoutLimitsIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "NXT_TLV_TABLE_REPLY body of 8 bytes is not 16 plus a multiple of 8",
            message(4, "00002320" + "0000001a" + "0000010000400000"));
    }

    @Test
    void recordsRefuseWhatCannotBeEncoded() {
        assertThrows(IllegalArgumentException.class, () -> NxmTunMetadata.of(0, OfBytes.copyOf(new byte[125])));
        assertThrows(IllegalArgumentException.class, () -> NxmTunMetadata.of(64, OfBytes.ofHex("00")));
        assertThrows(IllegalArgumentException.class, () -> NxmTunMetadata.masked(0, OfBytes.ofHex("00"),
            OfBytes.ofHex("0000")));
        assertThrows(IllegalArgumentException.class, () -> NxmReg.of(16, 0));
        assertThrows(IllegalArgumentException.class, () -> new NxmNshSpi(1 << 24));
        assertThrows(IllegalArgumentException.class, () -> NxmCtLabel.of(OfBytes.ofHex("1234")));
        assertThrows(IllegalArgumentException.class, () -> new NxTlvMap(0x10000, 0, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> new NxTlvTableMod(1, 0x10000, List.of()));
    }

    private static void assertMatchFailure(final OfErrorCode error, final String detail, final String oxm) {
        final int length = 4 + oxm.length() / 2;
        final String match = String.format("0001%04x", length) + oxm + "00".repeat(-length & 7);
        assertFailure(error, detail, message(14, FLOW_MOD_FIXED + match));
    }

    private static String message(final int type, final String body) {
        return String.format("04%02x%04x00000001", type, 8 + body.length() / 2) + body;
    }

    private static void assertFailure(final OfErrorCode error, final String detail, final String wire) {
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(wire));
        try {
            final var failure = assertInstanceOf(OfDecodeFailure.class, new OfMessageDecoder(REGISTRY).decode(in));
            assertEquals(error, failure.error());
            assertTrue(failure.detail().endsWith(detail), failure.detail());
            assertEquals(0, in.readerIndex(), "the frame is left for the error reply");
        } finally {
            in.release();
        }
    }
}
