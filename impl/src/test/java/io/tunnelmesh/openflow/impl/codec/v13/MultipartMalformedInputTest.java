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
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfDecodeFailure;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed multipart requests and replies (OpenFlow 1.3.5 section 7.3.5) decode into an {@link OfDecodeFailure}
 * naming the error Open vSwitch would answer with: undefined multipart types are {@code OFPBRC_BAD_MULTIPART};
 * arrays that are not a whole number of entries, entries whose length runs past the body or below their fixed part,
 * and fixed bodies of the wrong size are {@code OFPBRC_BAD_LEN}; group buckets {@code OFPGMFC_BAD_BUCKET}; table
 * feature properties {@code OFPTFFC_BAD_LEN}.
 */
@ExtendWith(NettyLeakDetection.class)
class MultipartMalformedInputTest {
    private static final OfCodecRegistry REGISTRY = V13Codecs.addTo(OfCodecRegistry.builder()).build();
    private static final int REQUEST = 18;
    private static final int REPLY = 19;
    /** One {@code ofp_port_stats}, 112 bytes of zeros but the port number. */
    private static final String PORT_STATS = "00000001" + "0".repeat(216);
    /** The fixed 48 bytes of an {@code ofp_flow_stats} after its length, then an empty match. */
    private static final String FLOW_STATS_REST = "0000" + "0".repeat(88) + "0001000400000000";

    @Test
    void undefinedRequestTypeIsBadMultipart() {
        assertFailure(OfErrorCode.OFPBRC_BAD_MULTIPART, "OF1.3 type 18: OFPET_BAD_REQUEST/OFPBRC_BAD_MULTIPART: "
            + "multipart type 14 is not defined in OpenFlow 1.3", multipart(REQUEST, 14, ""));
    }

    @Test
    void undefinedReplyTypeIsBadMultipart() {
        assertFailure(OfErrorCode.OFPBRC_BAD_MULTIPART, "OF1.3 type 19: OFPET_BAD_REQUEST/OFPBRC_BAD_MULTIPART: "
            + "multipart type 65534 is not defined in OpenFlow 1.3", multipart(REPLY, 0xfffe, "00000000"));
    }

    @Test
    void multipartShorterThanItsHeaderIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 19 length 12 < 16", "0413000c0000000100040000");
    }

    @Test
    void portStatsNotAWholeNumberOfEntriesIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 19: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: port stats "
            + "array of 120 bytes is not a multiple of 112", multipart(REPLY, 4, PORT_STATS + "0000000000000000"));
    }

    @Test
    void tableStatsNotAWholeNumberOfEntriesIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 19: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: table stats "
            + "array of 16 bytes is not a multiple of 24", multipart(REPLY, 3, "0".repeat(32)));
    }

    @Test
    void portDescNotAWholeNumberOfPortsIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 19: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: port desc "
            + "array of 72 bytes is not a multiple of 64", multipart(REPLY, 13, "0".repeat(144)));
    }

    @Test
    void flowStatsLengthOverrunningTheBodyIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 19: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: flow stats "
            + "length 64 is not within 56 and the 56 bytes left", multipart(REPLY, 1, "0040" + FLOW_STATS_REST));
    }

    @Test
    void flowStatsLengthShorterThanItsFixedPartIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 19: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: flow stats "
            + "length 40 is not within 56 and the 56 bytes left", multipart(REPLY, 1, "0028" + FLOW_STATS_REST));
    }

    @Test
    void flowStatsWithMalformedMatchIsBadMatch() {
        assertFailure(OfErrorCode.OFPBMC_BAD_TYPE, "OF1.3 type 19: OFPET_BAD_MATCH/OFPBMC_BAD_TYPE: match type 0 is "
            + "not OFPMT_OXM", multipart(REPLY, 1, "0038" + FLOW_STATS_REST.replace("0001000400000000",
                "0000000400000000")));
    }

    @Test
    void groupStatsWithPartialBucketCounterIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 19: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: bucket counter "
            + "array of 8 bytes is not a multiple of 16", multipart(REPLY, 6, "0030" + "0".repeat(92)));
    }

    @Test
    void groupDescBucketOverrunningItsGroupIsBadBucket() {
        assertFailure(OfErrorCode.OFPGMFC_BAD_BUCKET, "OF1.3 type 19: OFPET_GROUP_MOD_FAILED/OFPGMFC_BAD_BUCKET: "
            + "bucket length 32 exceeds the 16 bytes left",
            multipart(REPLY, 7, "0018000000000001" + "00200000ffffffffffffffff00000000"));
    }

    @Test
    void meterStatsLengthOverrunningTheBodyIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 19: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: meter stats "
            + "length 56 is not within 40 and the 40 bytes left", multipart(REPLY, 9, "00000001" + "0038"
                + "0".repeat(68)));
    }

    @Test
    void dropBandOfWrongLengthIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 19: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: meter band type "
            + "1 length 24 != 16", multipart(REPLY, 10, "0020000100000001" + "00010018000027100000000000000000"
                + "0000000000000000"));
    }

    @Test
    void tableFeaturesLengthNotAMultipleOfEightIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 19: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: table features "
            + "length 68 is not a multiple of 8", multipart(REPLY, 12, "0044" + "0".repeat(132)));
    }

    @Test
    void tableFeaturePropertyOverrunningItsTableIsBadLen() {
        assertFailure(OfErrorCode.OFPTFFC_BAD_LEN, "OF1.3 type 19: OFPET_TABLE_FEATURES_FAILED/OFPTFFC_BAD_LEN: "
            + "table feature property type 2 length 12 (padded 16) does not fit the 8 bytes left",
            multipart(REPLY, 12, "0048" + "0".repeat(124) + "0002000c01020304"));
    }

    @Test
    void descReplyOfWrongSizeIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 19: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: desc reply body "
            + "length 8 != 1056", multipart(REPLY, 0, "4e69636972610000"));
    }

    @Test
    void portStatsRequestWithoutItsPaddingIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 18: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: port stats "
            + "request body length 4 != 8", multipart(REQUEST, 4, "ffffffff"));
    }

    @Test
    void bytesAfterAnEmptyRequestBodyAreBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 18 has 8 bytes after its contents",
            multipart(REQUEST, 13, "0000000000000000"));
    }

    @Test
    void experimenterBodyWithoutExpTypeIsBadLen() {
        assertFailure(OfErrorCode.OFPBRC_BAD_LEN, "OF1.3 type 19: OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: experimenter "
            + "multipart body needs 8 bytes, 4 left", multipart(REPLY, 0xffff, "4f4e4600"));
    }

    private static String multipart(final int messageType, final int multipartType, final String body) {
        return String.format("04%02x%04x00000001%04x000000000000", messageType, 16 + body.length() / 2,
            multipartType) + body;
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
