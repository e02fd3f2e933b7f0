/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionUnknown;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorType;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowMod;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed OpenFlow 1.0 frames decode into a failure naming the error a 1.0 switch answers, in the library-wide
 * numbering of {@link OfErrorCode} and, through {@link Of10ErrorCode#fromOf13(OfErrorCode)}, in the 1.0 numbering
 * Open vSwitch would put on the wire. Unknown error codes, action types and statistics types are not malformed:
 * they decode opaquely and re-encode byte for byte.
 */
@ExtendWith(NettyLeakDetection.class)
class V10MalformedInputTest {
    private static final OfMessageDecoder DECODER = new OfMessageDecoder(V10GoldenVectorTest.REGISTRY);
    /** The 40-byte match of "match everything" and the 24 fixed bytes of a FLOW_MOD after it. */
    private static final String FLOW_MOD_FIXED = "003820ff" + "00".repeat(36) + "0000000000000000" + "0000" + "0000"
        + "0000" + "8000" + "ffffffff" + "ffff" + "0000";

    @Test
    void flowModShorterThanItsFixedPartIsBadLen() {
        assertFailure(Of10ErrorCode.OFPBRC_BAD_LEN, "OF1.0 type 14 length 64 < 72",
            message(14, FLOW_MOD_FIXED.substring(0, 112)));
    }

    @Test
    void actionLengthNotMultipleOfEightIsBadActionLen() {
        assertFailure(Of10ErrorCode.OFPBAC_BAD_LEN, "action type 0 length 12 is not a multiple of 8",
            message(14, FLOW_MOD_FIXED + "0000000c00020000" + "00000000"));
    }

    @Test
    void actionPastTheMessageIsBadActionLen() {
        assertFailure(Of10ErrorCode.OFPBAC_BAD_LEN, "action type 11 length 16 is not a multiple of 8 within the 8",
            message(14, FLOW_MOD_FIXED + "000b001000020000"));
    }

    @Test
    void actionShorterThanEightBytesIsBadActionLen() {
        assertFailure(Of10ErrorCode.OFPBAC_BAD_LEN, "action needs 8 bytes, 4 left",
            message(14, FLOW_MOD_FIXED + "00000008"));
    }

    @Test
    void standardActionOfWrongLengthIsBadActionLen() {
        assertFailure(Of10ErrorCode.OFPBAC_BAD_LEN, "action type 0 length 16 != 8",
            message(14, FLOW_MOD_FIXED + "0000001000020000" + "0000000000000000"));
        assertFailure(Of10ErrorCode.OFPBAC_BAD_LEN, "action type 4 length 8 != 16",
            message(14, FLOW_MOD_FIXED + "0004000800112233"));
    }

    @Test
    void unknownActionTypeIsKeptOpaqueAndReencoded() {
        final var wire = message(14, FLOW_MOD_FIXED + "0020001000000000" + "0102030405060708");
        final var flowMod = assertInstanceOf(Of10FlowMod.class, decode(wire));
        assertEquals(new Of10ActionUnknown(0x20, OfBytes.ofHex("000000000102030405060708")),
            flowMod.actions().get(0));
        assertEquals(wire, encode(flowMod));
        // a switch answers an unknown type with OFPBAC_BAD_TYPE; the record refuses to stand for a standard type
        assertThrows(IllegalArgumentException.class, () -> new Of10ActionUnknown(0, OfBytes.ofHex("00000000")));
        assertEquals(Optional.of(Of10ErrorCode.OFPBAC_BAD_TYPE), Of10ErrorCode.fromOf13(OfErrorCode.OFPBAC_BAD_TYPE));
    }

    @Test
    void packetOutActionsPastTheMessageIsBadLen() {
        assertFailure(Of10ErrorCode.OFPBRC_BAD_LEN, "actions_len 16 is not a multiple of 8 within the 8 bytes left",
            message(13, "ffffffff" + "0001" + "0010" + "0000000800020000"));
    }

    @Test
    void packetOutActionsLengthNotMultipleOfEightIsBadLen() {
        assertFailure(Of10ErrorCode.OFPBRC_BAD_LEN, "actions_len 4 is not a multiple of 8",
            message(13, "ffffffff" + "0001" + "0004" + "0000000800020000"));
    }

    @Test
    void featuresReplyWithPartialPortIsBadLen() {
        assertFailure(Of10ErrorCode.OFPBRC_BAD_LEN, "port list of 8 bytes is not a multiple of 48",
            message(6, "0000000000000001" + "00000100" + "fe000000" + "000000c7" + "00000fff" + "0001aabbccddee01"));
    }

    @Test
    void flowStatsEntryShorterThanItsFixedPartIsBadLen() {
        assertFailure(Of10ErrorCode.OFPBRC_BAD_LEN, "flow stats entry length 80 does not fit",
            message(17, "00010000" + "0050" + "00".repeat(86)));
    }

    @Test
    void tableStatsNotAWholeNumberOfEntriesIsBadLen() {
        assertFailure(Of10ErrorCode.OFPBRC_BAD_LEN, "stats type 3 body of 60 bytes is not a multiple of 64",
            message(17, "00030000" + "00".repeat(60)));
    }

    @Test
    void flowStatsRequestWithoutItsMatchIsBadLen() {
        assertFailure(Of10ErrorCode.OFPBRC_BAD_LEN, "stats type 1 body of 4 bytes < 44",
            message(16, "00010000" + "003820ff"));
    }

    @Test
    void minRatePropertyOfWrongLengthIsBadLen() {
        assertFailure(Of10ErrorCode.OFPBRC_BAD_LEN, "queue property 1 length 8 is wrong for its type",
            message(21, "0001000000000000" + "00000007" + "00100000" + "0001000800000000"));
    }

    @Test
    void portStatusShorterThanItsPortIsBadLen() {
        assertFailure(Of10ErrorCode.OFPBRC_BAD_LEN, "OF1.0 type 12 length 56 < 64",
            message(12, "02000000000000000001aabbccddee01" + "00".repeat(32)));
    }

    @Test
    void typeOutsideTheOneZeroSetIsBadType() {
        assertFailure(Of10ErrorCode.OFPBRC_BAD_TYPE, "type 22 is not known in OF1.0", message(22, ""));
    }

    @Test
    void unknownErrorTypesAndCodesRoundTrip() {
        final var nxVendorError = message(1, "b0c20000" + "0123");
        final var error = assertInstanceOf(Of10Error.class, decode(nxVendorError));
        assertEquals("OFPET_UNKNOWN(45250)/UNKNOWN(0)", error.error().toString());
        assertEquals(nxVendorError, encode(error));
        final var unknownCode = message(1, "00030063");
        final var flowModFailed = assertInstanceOf(Of10Error.class, decode(unknownCode));
        assertEquals(Of10ErrorType.FLOW_MOD_FAILED, flowModFailed.error().type());
        assertEquals("OFPET_FLOW_MOD_FAILED/UNKNOWN(99)", flowModFailed.error().toString());
        assertEquals(unknownCode, encode(flowModFailed));
    }

    @Test
    void oneThreeErrorsMapToTheirOneZeroNumbers() {
        assertEquals(Optional.of(Of10ErrorCode.OFPFMFC_ALL_TABLES_FULL),
            Of10ErrorCode.fromOf13(OfErrorCode.OFPFMFC_TABLE_FULL));
        assertEquals(Optional.of(Of10ErrorCode.OFPFMFC_OVERLAP), Of10ErrorCode.fromOf13(OfErrorCode.OFPFMFC_OVERLAP));
        assertEquals(Optional.of(Of10ErrorCode.OFPFMFC_BAD_COMMAND),
            Of10ErrorCode.fromOf13(OfErrorCode.OFPFMFC_BAD_COMMAND));
        assertEquals(3, Of10ErrorCode.OFPFMFC_ALL_TABLES_FULL.type().code());
        assertEquals(Optional.of(Of10ErrorCode.OFPPMFC_BAD_HW_ADDR),
            Of10ErrorCode.fromOf13(OfErrorCode.OFPPMFC_BAD_HW_ADDR));
        assertEquals(Optional.of(Of10ErrorCode.OFPQOFC_EPERM), Of10ErrorCode.fromOf13(OfErrorCode.OFPQOFC_EPERM));
        assertEquals(Optional.of(Of10ErrorCode.OFPBRC_BAD_STAT),
            Of10ErrorCode.fromOf13(OfErrorCode.OFPBRC_BAD_MULTIPART));
        assertEquals(Optional.empty(), Of10ErrorCode.fromOf13(OfErrorCode.OFPBRC_BAD_TABLE_ID));
        assertEquals(Optional.empty(), Of10ErrorCode.fromOf13(OfErrorCode.OFPFMFC_BAD_TIMEOUT));
        assertEquals(Optional.empty(), Of10ErrorCode.fromOf13(OfErrorCode.OFPBMC_BAD_WILDCARDS));
        assertEquals(Optional.empty(), Of10ErrorCode.fromOf13(OfErrorCode.OFPBIC_UNKNOWN_INST));
    }

    private static String message(final int type, final String body) {
        return String.format("01%02x%04x00000001", type, 8 + body.length() / 2) + body;
    }

    private static Object decode(final String wire) {
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(wire));
        try {
            return DECODER.decode(in);
        } finally {
            in.release();
        }
    }

    private static String encode(final io.tunnelmesh.openflow.api.message.OfMessage message) {
        final var out = ByteBufAllocator.DEFAULT.buffer();
        try {
            new OfMessageEncoder(V10GoldenVectorTest.REGISTRY).encode(message, out);
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }

    private static void assertFailure(final Of10ErrorCode expected, final String detail, final String wire) {
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(wire));
        try {
            final var failure = assertInstanceOf(OfDecodeFailure.class, DECODER.decode(in));
            // the answer a 1.0 switch gets is a 1.0 OFPT_ERROR with the 1.0 type and code
            assertEquals(expected, assertInstanceOf(Of10Error.class, failure.toError()).error(), failure.toString());
            assertTrue(failure.detail().contains(detail), failure.detail());
            assertEquals(0, in.readerIndex(), "the frame is left for the error reply");
        } finally {
            in.release();
        }
    }
}
