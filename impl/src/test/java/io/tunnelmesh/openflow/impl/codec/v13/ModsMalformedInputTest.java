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
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupModCommand;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import io.tunnelmesh.openflow.api.message.OfMeterModCommand;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed group, meter, port, table, queue and async messages, and malformed values of the OXM fields and actions
 * added with them, each failing with the error Open vSwitch answers (checked against its {@code ofputil_pull_*} and
 * {@code mf_is_value_valid}).
 */
@ExtendWith(NettyLeakDetection.class)
class ModsMalformedInputTest {
    private static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder()).build();
    private static final String GROUP_ADD_1 = "0000" + "00" + "00" + "00000001";
    private static final String METER_ADD_1 = "0000" + "0001" + "00000001";
    private static final String FLOW_MOD_FIXED = "0000000000000000" + "0000000000000000" + "0000" + "0000" + "0000"
        + "8000" + "ffffffff" + "ffffffff" + "ffffffff" + "0000" + "0000";
    private static final String MATCH_ALL = "0001000400000000";

    @Test
    void groupModShorterThanItsFixedPartIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 15 length 12 < 16", message(15, "00000000"));
    }

    @Test
    void bucketLeftoverShorterThanABucketIsBadBucket() {
        assertFailure(OfErrorCode.OFPGMFC_BAD_BUCKET, "OF1.3 type 15: OFPET_GROUP_MOD_FAILED/OFPGMFC_BAD_BUCKET: "
            + "buckets end with 8 leftover bytes", message(15, GROUP_ADD_1 + "0010000000000000"));
    }

    @Test
    void bucketShorterThanItsHeaderIsBadBucket() {
        assertFailure(OfErrorCode.OFPGMFC_BAD_BUCKET, "OF1.3 type 15: OFPET_GROUP_MOD_FAILED/OFPGMFC_BAD_BUCKET: "
            + "bucket length 8 < 16", message(15, GROUP_ADD_1 + "00080000ffffffffffffffff00000000"));
    }

    @Test
    void bucketLongerThanTheMessageIsBadBucket() {
        assertFailure(OfErrorCode.OFPGMFC_BAD_BUCKET, "OF1.3 type 15: OFPET_GROUP_MOD_FAILED/OFPGMFC_BAD_BUCKET: "
            + "bucket length 32 exceeds the 16 bytes left", message(15, GROUP_ADD_1
                + "00200000ffffffffffffffff00000000"));
    }

    @Test
    void bucketActionsNotAMultipleOfEightAreBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 15: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: bucket actions "
            + "length 4 is not a multiple of 8", message(15, GROUP_ADD_1 + "00140000ffffffffffffffff00000000"
                + "00000000"));
    }

    @Test
    void badActionInsideABucketIsReportedAsTheAction() {
        assertFailure(OfErrorCode.OFPBAC_BAD_LEN, "OF1.3 type 15: OFPET_BAD_ACTION/OFPBAC_BAD_LEN: OFPAT_OUTPUT "
            + "length 8 != 16", message(15, GROUP_ADD_1 + "00180000ffffffffffffffff00000000" + "0000000800000001"));
    }

    @Test
    void unknownGroupCommandAndTypeAreKept() {
        final var decoded = decode(message(15, "0009" + "07" + "00" + "00000001"));
        assertEquals(new OfGroupMod(1, OfGroupModCommand.valueOf(9), OfGroupType.valueOf(7), 1, List.of()), decoded);
        assertEquals("OFPGC_UNKNOWN(9)", OfGroupModCommand.valueOf(9).toString());
        assertEquals("OFPGT_UNKNOWN(7)", OfGroupType.valueOf(7).toString());
    }

    @Test
    void meterBandLeftoverShorterThanABandIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 29: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: meter bands end "
            + "with 12 leftover bytes", message(29, METER_ADD_1 + "00010010000003e800000000"));
    }

    @Test
    void meterBandShorterThanSixteenIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 29: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: meter band type 1 "
            + "length 12 < 16", message(29, METER_ADD_1 + "0001000c000003e80000000000000000"));
    }

    @Test
    void meterBandLongerThanTheMessageIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 29: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: meter band type 1 "
            + "length 24 exceeds the 16 bytes left", message(29, METER_ADD_1 + "00010018000003e80000000000000000"));
    }

    @Test
    void dropBandOfAnotherLengthThanSixteenIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 29: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: meter band type 1 "
            + "length 24 != 16", message(29, METER_ADD_1 + "00010018000003e8000000000000000000000000" + "00000000"));
    }

    @Test
    void unknownMeterCommandIsKept() {
        assertEquals(new OfMeterMod(1, OfMeterModCommand.valueOf(5), 0, 1, List.of()),
            decode(message(29, "0005" + "0000" + "00000001")));
        assertEquals("OFPMC_UNKNOWN(5)", OfMeterModCommand.valueOf(5).toString());
    }

    @Test
    void portModOfWrongLengthIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 16 length 36 < 40",
            message(16, "0000000100000000fa163e0000010000000000010000000100000000"));
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 16 has 8 bytes after its contents",
            message(16, "0000000100000000fa163e00000100000000000100000001000000000000000000000000" + "00000000"));
    }

    @Test
    void tableModOfWrongLengthIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 17 length 12 < 16", message(17, "03000000"));
    }

    @Test
    void asyncConfigOfWrongLengthIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 28 length 28 < 32",
            message(28, "00000007000000010000000700000000" + "00000005"));
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 26 has 4 bytes after its contents",
            message(26, "00000000"));
    }

    @Test
    void queueLongerThanTheMessageIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 23: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: queue 1 length 32 "
            + "exceeds the 16 bytes left", message(23, "0000000100000000" + "00000001000000010020000000000000"));
    }

    @Test
    void queueNotAMultipleOfEightIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 23: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: queue 1 length 20 "
            + "is not a multiple of 8", message(23, "0000000100000000" + "00000001000000010014000000000000"
                + "00000000"));
    }

    @Test
    void queuePropertyShorterThanItsHeaderIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 23: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: queue property 1 "
            + "length 4 < 8", message(23, "0000000100000000" + "00000001000000010018000000000000"
                + "0001000400000000"));
    }

    @Test
    void rateQueuePropertyOfAnotherLengthThanSixteenIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 23: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: queue property 2 "
            + "length 8 != 16", message(23, "0000000100000000" + "00000001000000010018000000000000"
                + "0002000800000000"));
    }

    @Test
    void experimenterQueuePropertyWithoutItsIdIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 23: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: experimenter queue "
            + "property length 8 < 16", message(23, "0000000100000000" + "00000001000000010018000000000000"
                + "ffff000800000000"));
    }

    @Test
    void ipv6FlowLabelWiderThanTwentyBitsIsBadValue() {
        // what ovs-ofctl writes for ipv6_label=0x100000, and what ovs-vswitchd refuses
        assertFailure(OfErrorCode.OFPBMC_BAD_VALUE, "OF1.3 type 14: OFPET_BAD_MATCH/OFPBMC_BAD_VALUE: "
            + "OXM_OF_IPV6_FLABEL must be an unsigned 20-bit value: 1048576",
            message(14, FLOW_MOD_FIXED + "0001001280000a0286dd8000380400100000000000000000"));
    }

    @Test
    void narrowFieldValuesOutOfRangeAreBadValue() {
        assertBadValue("80000e0108", "OXM_OF_VLAN_PCP must be an unsigned 3-bit value: 8");
        assertBadValue("8000100140", "OXM_OF_IP_DSCP must be an unsigned 6-bit value: 64");
        assertBadValue("8000120104", "OXM_OF_IP_ECN must be an unsigned 2-bit value: 4");
        assertBadValue("8000440400100000", "OXM_OF_MPLS_LABEL must be an unsigned 20-bit value: 1048576");
        assertBadValue("8000460108", "OXM_OF_MPLS_TC must be an unsigned 3-bit value: 8");
        assertBadValue("8000480102", "OXM_OF_MPLS_BOS must be an unsigned 1-bit value: 2");
        assertBadValue("80004e020200", "OXM_OF_IPV6_EXTHDR must be an unsigned 9-bit value: 512");
    }

    @Test
    void masksOnFieldsOvsCannotMaskAreBadMask() {
        // ovs-ofctl refuses mpls_label=100/0xff, ip_dscp=46/0xf, icmp_type=8/0xf: "invalid mask for field"
        assertBadMask("8000450800000064000000ff", "OXM_OF_MPLS_LABEL cannot be masked");
        assertBadMask("800011022e0f", "OXM_OF_IP_DSCP cannot be masked");
        assertBadMask("80002702080f", "OXM_OF_ICMPV4_TYPE cannot be masked");
        assertBadMask("8000030800000001ffffffff", "OXM_OF_IN_PHY_PORT cannot be masked");
    }

    @Test
    void ttlActionOfWrongLengthIsBadLen() {
        assertFailure(OfErrorCode.OFPBAC_BAD_LEN, "OF1.3 type 14: OFPET_BAD_ACTION/OFPBAC_BAD_LEN: OFPAT_SET_MPLS_TTL "
            + "length 16 != 8", message(14, FLOW_MOD_FIXED + MATCH_ALL + "0004001800000000"
                + "000f001040000000" + "0000000000000000"));
        assertFailure(OfErrorCode.OFPBAC_BAD_LEN, "OF1.3 type 14: OFPET_BAD_ACTION/OFPBAC_BAD_LEN: OFPAT_POP_PBB "
            + "length 16 != 8", message(14, FLOW_MOD_FIXED + MATCH_ALL + "0004001800000000"
                + "001b001000000000" + "0000000000000000"));
    }

    private static void assertBadValue(final String oxm, final String detail) {
        assertFailure(OfErrorCode.OFPBMC_BAD_VALUE, "OF1.3 type 14: OFPET_BAD_MATCH/OFPBMC_BAD_VALUE: " + detail,
            message(14, FLOW_MOD_FIXED + match(oxm)));
    }

    private static void assertBadMask(final String oxm, final String detail) {
        assertFailure(OfErrorCode.OFPBMC_BAD_MASK, "OF1.3 type 14: OFPET_BAD_MATCH/OFPBMC_BAD_MASK: " + detail,
            message(14, FLOW_MOD_FIXED + match(oxm)));
    }

    /** An {@code ofp_match} holding one OXM TLV, padded to 8 bytes. */
    private static String match(final String oxm) {
        final int length = 4 + oxm.length() / 2;
        return String.format("0001%04x", length) + oxm + "00".repeat(-length & 7);
    }

    private static String message(final int type, final String body) {
        return String.format("04%02x%04x00000001", type, 8 + body.length() / 2) + body;
    }

    private static Object decode(final String wire) {
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(wire));
        try {
            return new OfMessageDecoder(REGISTRY).decode(in);
        } finally {
            in.release();
        }
    }

    private static void assertFailure(final OfErrorCode error, final String detail, final String wire) {
        final var failure = assertInstanceOf(OfDecodeFailure.class, decode(wire));
        assertEquals(error, failure.error(), failure.detail());
        assertEquals(detail, failure.detail());
    }
}
