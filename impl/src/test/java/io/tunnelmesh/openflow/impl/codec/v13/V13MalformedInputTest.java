/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of malformed OpenFlow 1.3 frame decodes into an {@link OfDecodeFailure} naming the error Open vSwitch
 * would answer with, never into an exception, a partial message or a read past the frame.
 */
@ExtendWith(NettyLeakDetection.class)
class V13MalformedInputTest {
    private static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder()).build();
    /** The 40 fixed bytes of a FLOW_MOD after its header: all zero but priority and the three "any" fields. */
    private static final String FLOW_MOD_FIXED = "0000000000000000" + "0000000000000000" + "0000" + "0000" + "0000"
        + "8000" + "ffffffff" + "ffffffff" + "ffffffff" + "0000" + "0000";
    private static final String MATCH_ALL = "0001000400000000";
    /** The 16 fixed bytes of a PACKET_IN after its header: unbuffered, total_len 0, OFPR_ACTION, table 0, cookie 0. */
    private static final String PACKET_IN_FIXED = "ffffffff" + "0000" + "01" + "00" + "0000000000000000";

    @Test
    void flowModShorterThanItsFixedPartIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 14 length 48 < 56",
            message(14, FLOW_MOD_FIXED));
    }

    @Test
    void matchOfStandardTypeIsBadType() {
        assertFailure(OfErrorCode.OFPBMC_BAD_TYPE, "OF1.3 type 14: OFPET_BAD_MATCH/OFPBMC_BAD_TYPE: match type 0 is "
            + "not OFPMT_OXM", message(14, FLOW_MOD_FIXED + "0000000400000000"));
    }

    @Test
    void matchLongerThanMessageIsBadLen() {
        assertFailure(OfErrorCode.OFPBMC_BAD_LEN, "OF1.3 type 14: OFPET_BAD_MATCH/OFPBMC_BAD_LEN: match length 20 "
            + "(padded 24) does not fit the 8 bytes left", message(14, FLOW_MOD_FIXED + "0001001480000004"));
    }

    @Test
    void oxmLengthNotMatchingFieldIsBadLen() {
        assertFailure(OfErrorCode.OFPBMC_BAD_LEN, "OF1.3 type 14: OFPET_BAD_MATCH/OFPBMC_BAD_LEN: OXM_OF_IPV4_SRC "
            + "length 5 != 4", message(14, FLOW_MOD_FIXED + "0001000d80001605c000020100000000"));
    }

    @Test
    void oxmPastItsMatchIsBadLen() {
        assertFailure(OfErrorCode.OFPBMC_BAD_LEN, "OF1.3 type 14: OFPET_BAD_MATCH/OFPBMC_BAD_LEN: OXM field length 4 "
            + "exceeds the 2 bytes left", message(14, FLOW_MOD_FIXED + "0001000a800000040000000000000000"));
    }

    @Test
    void maskOnUnmaskableFieldIsBadMask() {
        assertFailure(OfErrorCode.OFPBMC_BAD_MASK, "OF1.3 type 14: OFPET_BAD_MATCH/OFPBMC_BAD_MASK: OXM_OF_IN_PORT "
            + "cannot be masked", message(14, FLOW_MOD_FIXED + "000100108000010800000001ffffffff"));
    }

    @Test
    void vlanIdWiderThanThirteenBitsIsBadValue() {
        assertFailure(OfErrorCode.OFPBMC_BAD_VALUE, "OF1.3 type 14: OFPET_BAD_MATCH/OFPBMC_BAD_VALUE: OXM_OF_VLAN_VID "
            + "must be an unsigned 13-bit value: 8292",
            message(14, FLOW_MOD_FIXED + "0001000a80000c02206400000000" + "0000"));
    }

    @Test
    void actionLengthNotMultipleOfEightIsBadLen() {
        assertFailure(OfErrorCode.OFPBAC_BAD_LEN, "OF1.3 type 14: OFPET_BAD_ACTION/OFPBAC_BAD_LEN: action type 0 "
            + "length 12 is not a multiple of 8 within the 16 bytes left",
            message(14, FLOW_MOD_FIXED + MATCH_ALL + "0004001800000000" + "0000000c000000010000000000000000"));
    }

    @Test
    void outputActionOfWrongLengthIsBadLen() {
        assertFailure(OfErrorCode.OFPBAC_BAD_LEN, "OF1.3 type 14: OFPET_BAD_ACTION/OFPBAC_BAD_LEN: OFPAT_OUTPUT "
            + "length 8 != 16", message(14, FLOW_MOD_FIXED + MATCH_ALL + "0004001000000000" + "0000000800000001"));
    }

    @Test
    void zeroLengthInstructionIsBadLen() {
        assertFailure(OfErrorCode.OFPBIC_BAD_LEN, "OF1.3 type 14: OFPET_BAD_INSTRUCTION/OFPBIC_BAD_LEN: instruction "
            + "type 1 length 0 is not a multiple of 8 within the 8 bytes left",
            message(14, FLOW_MOD_FIXED + MATCH_ALL + "0001000002000000"));
    }

    @Test
    void packetOutActionsPastTheMessageIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 13: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: actions_len 32 "
            + "exceeds the 16 bytes left", message(13, "ffffffff fffffffd 0020 000000000000"
                + "00000010000000010000000000000000"));
    }

    @Test
    void bytesAfterFixedSizeMessageAreBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 24 has 4 bytes after its contents",
            message(24, "00000002000000000000000000000007aabbccdd"));
    }

    @Test
    void helloElementShorterThanItsHeaderIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 0: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: hello element "
            + "length 2 does not fit the 8 bytes left", message(0, "0001000200000010"));
    }

    @Test
    void packetInShorterThanItsFixedPartIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 10 length 33 < 34",
            message(10, PACKET_IN_FIXED + "000100040000000000"));
    }

    @Test
    void packetInMatchLongerThanMessageIsBadLen() {
        assertFailure(OfErrorCode.OFPBMC_BAD_LEN, "OF1.3 type 10: OFPET_BAD_MATCH/OFPBMC_BAD_LEN: match length 24 "
            + "(padded 24) does not fit the 10 bytes left", message(10, PACKET_IN_FIXED + "0001001880000004" + "0000"));
    }

    @Test
    void packetInFieldPastItsMatchIsBadLen() {
        // tun_id announces 8 bytes, its match leaves 4
        assertFailure(OfErrorCode.OFPBMC_BAD_LEN, "OF1.3 type 10: OFPET_BAD_MATCH/OFPBMC_BAD_LEN: OXM field length 8 "
            + "exceeds the 4 bytes left", message(10, PACKET_IN_FIXED + "0001000c80004c0800000001" + "00000000"
                + "0000" + "aabb"));
    }

    @Test
    void packetInMaskedInPortIsBadMask() {
        assertFailure(OfErrorCode.OFPBMC_BAD_MASK, "OF1.3 type 10: OFPET_BAD_MATCH/OFPBMC_BAD_MASK: OXM_OF_IN_PORT "
            + "cannot be masked", message(10, PACKET_IN_FIXED + "000100108000010800000001ffffffff" + "0000"));
    }

    @Test
    void packetInTunnelIdOfWrongLengthIsBadLen() {
        assertFailure(OfErrorCode.OFPBMC_BAD_LEN, "OF1.3 type 10: OFPET_BAD_MATCH/OFPBMC_BAD_LEN: OXM_OF_TUNNEL_ID "
            + "length 4 != 8", message(10, PACKET_IN_FIXED + "0001000c80004c0400000001" + "00000000" + "0000"));
    }

    @Test
    void packetInExperimenterFieldWithoutExperimenterIsBadLen() {
        // oxm_class 0xffff needs a 4-byte experimenter ID inside its length
        assertFailure(OfErrorCode.OFPBMC_BAD_LEN, "OF1.3 type 10: OFPET_BAD_MATCH/OFPBMC_BAD_LEN: experimenter OXM "
            + "field 1 length 2 < 4", message(10, PACKET_IN_FIXED + "0001000affff02020000" + "000000000000"
                + "0000"));
    }

    @Test
    void experimenterErrorWithoutExperimenterIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 1: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: experimenter error "
            + "length 12 < 16", message(1, "ffff0001"));
    }

    @Test
    void errorOfUnknownTypeAndCodeRoundTrips() {
        final var wire = frame(1, "00ff1234cafe");
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(wire));
        final var out = ByteBufAllocator.DEFAULT.buffer();
        try {
            final var error = assertInstanceOf(OfError.class, new OfMessageDecoder(REGISTRY).decode(in));
            assertEquals("OFPET_UNKNOWN(255)/UNKNOWN(4660)", error.error().toString());
            new OfMessageEncoder(REGISTRY).encode(error, out);
            assertEquals(wire, ByteBufUtil.hexDump(out));
        } finally {
            in.release();
            out.release();
        }
    }

    private static String message(final int type, final String body) {
        return frame(type, body.replace(" ", ""));
    }

    private static String frame(final int type, final String body) {
        return String.format("04%02x%04x00000001", type, 8 + body.length() / 2) + body;
    }

    private static void assertFailure(final OfErrorCode error, final String detail, final String wire) {
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(wire));
        try {
            final var failure = assertInstanceOf(OfDecodeFailure.class, new OfMessageDecoder(REGISTRY).decode(in));
            assertEquals(error, failure.error());
            assertEquals(detail, failure.detail());
            assertEquals(0, in.readerIndex(), "the frame is left for the error reply");
        } finally {
            in.release();
        }
    }
}
