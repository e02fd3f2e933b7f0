/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorKind;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed Nicira actions fail with the error Open vSwitch answers, checked against Open vSwitch itself: each case
 * is also fed to {@code ovs-ofctl ofp-parse} inside a flow-mod, and its decode error must be the one given. Where
 * Open vSwitch answers with a Nicira experimenter error ({@code NXBRC_*}, {@code NXBAC_*}), we answer the same
 * ({@link NxErrorCodes}); its {@code OFPBPC_BAD_TYPE} and {@code OFPBPC_BAD_LEN} are (13, 2) and (13, 3) in OpenFlow
 * 1.3, which the spec names {@code OFPTFFC_BAD_TYPE} and {@code OFPTFFC_BAD_LEN}. Our answers, encoded, must print as
 * Open vSwitch's own. A null Open vSwitch error marks a check of ours that Open vSwitch does not make.
 */
@ExtendWith(NettyLeakDetection.class)
class NiciraMalformedActionTest {
    private static final List<Case> CASES = List.of(
        new Case("resubmitTablePadIsNotZero",
            "ffff001000002320000efff803000001",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("resubmitOfTwentyFourBytes",
            "ffff00180000232000010007000000000000000000000000",
            OfErrorCode.OFPBAC_BAD_LEN, "OFPBAC_BAD_LEN"),
        new Case("setTunnel64OfSixteenBytes",
            "ffff0010000023200009000000000000",
            OfErrorCode.OFPBAC_BAD_LEN, "OFPBAC_BAD_LEN"),
        new Case("regLoadValueWiderThanNbits",
            "ffff0018000023200007000700010004" + "0000000000000100",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("regLoadBitsBeyondField",
            "ffff0018000023200007003f00010004" + "0000000000000005",
            OfErrorCode.OFPBAC_BAD_SET_LEN, "OFPBAC_BAD_SET_LEN"),
        new Case("regLoadOfSixteenBytes",
            "ffff0010000023200007001f00010004",
            OfErrorCode.OFPBAC_BAD_LEN, "OFPBAC_BAD_LEN"),
        new Case("regMoveWithoutHeaders",
            "ffff0010000023200006002000000000",
            OfErrorCode.OFPBMC_BAD_LEN, "OFPBMC_BAD_LEN"),
        new Case("regMovePaddingIsNotZero",
            "ffff0020000023200006001000000000" + "ffff0c08005ad6500001020400000001",
            NxErrorCodes.NXBRC_MUST_BE_ZERO, "NXBRC_MUST_BE_ZERO"),
        new Case("regMoveDstBitsBeyondField",
            "ffff0018000023200006002000000010" + "0001000400010204",
            OfErrorCode.OFPBAC_BAD_SET_LEN, "OFPBAC_BAD_SET_LEN"),
        new Case("outputRegZeroIsNotZero",
            "ffff001800002320000f001f00010004" + "ffff000000000001",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("outputReg2PaddingIsNotZero",
            "ffff0018000023200020000fffffffff" + "0c08005ad6500001",
            NxErrorCodes.NXBRC_MUST_BE_ZERO, "NXBRC_MUST_BE_ZERO"),
        new Case("regLoad2PaddingIsNotZero",
            "ffff0018000023200021000151020101" + "0000000000000001",
            OfErrorCode.OFPBAC_BAD_SET_ARGUMENT, "OFPBAC_BAD_SET_ARGUMENT"),
        new Case("ctForceWithoutCommit",
            "ffff0018000023200023000200000000" + "0000ff0000000000",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("ctZoneFieldIsNot16Bits",
            "ffff0018000023200023000100010004" + "0007ff0000000000",
            OfErrorCode.OFPBAC_BAD_SET_LEN, "OFPBAC_BAD_SET_LEN"),
        new Case("ctOfSixteenBytes",
            "ffff0010000023200023000000000000",
            OfErrorCode.OFPBAC_BAD_LEN, "OFPBAC_BAD_LEN"),
        new Case("ctExecWithoutCommit",
            "ffff0030000023200023000000000000" + "0000ff0000000000"
                + "ffff0018000023200007001f0001d6040000000000000001",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("natSrcAndDst",
            "ffff0010000023200024000000030000",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("natIpv4MaxWithoutMin",
            "ffff0018000023200024000000010002" + "0a00000100000000",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("natMinAddressIsZero",
            "ffff0018000023200024000000010001" + "0000000000000000",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("natMaxBelowMin",
            "ffff0018000023200024000000010003" + "0a0000090a000001",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("natPortWithoutAddress",
            "ffff0018000023200024000000010010" + "0050000000000000",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("natIpv6RangeTruncated",
            "ffff0018000023200024000000010004" + "20010db800000000",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("natUnknownRangeBit", "ffff0010000023200024000000010040", OfErrorCode.OFPBAC_BAD_ARGUMENT, null),
        new Case("encapUnsupportedPacketType",
            "ffff001000002320002e000000010800",
            NxErrorCodes.NXBAC_BAD_HEADER_TYPE, "NXBAC_BAD_HEADER_TYPE"),
        new Case("encapPropertyOverrunsAction",
            "ffff001800002320002e00000001894f" + "0004011001000000",
            OfErrorCode.OFPBAC_BAD_LEN, "OFPBAC_BAD_LEN"),
        new Case("encapNshTlvLengthMismatch",
            "ffff002000002320002e00000001894f" + "00040210" + "10000a09" + "1234567800000000",
            NxErrorCodes.NXBAC_BAD_ED_PROP, "NXBAC_BAD_ED_PROP"),
        new Case("decapWithProperties",
            "ffff001800002320002f00000000fffe" + "0000000000000000",
            NxErrorCodes.NXBAC_UNKNOWN_ED_PROP, "NXBAC_UNKNOWN_ED_PROP"),
        new Case("learnPadIsNotZero",
            "ffff0020000023200010000000008000" + "0000000000000000" + "0000050100000000",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("learnTable255",
            "ffff0020000023200010000000008000" + "0000000000000000" + "0000ff0000000000",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("learnUnknownFlag",
            "ffff0020000023200010000000008000" + "0000000000000000" + "0004050000000000",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("learnSpecUndefinedDestination",
            "ffff0028000023200010000000008000" + "0000000000000000" + "0000050000000000" + "1810000000020000",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("learnSpecRunsPastTheEnd",
            "ffff0028000023200010000000008000" + "0000000000000000" + "0000050000000000" + "0030000004060000",
            OfErrorCode.OFPBAC_BAD_LEN, "OFPBAC_BAD_LEN"),
        new Case("learnNonzeroAfterEndOfSpecs",
            "ffff0028000023200010000000008000" + "0000000000000000" + "0000050000000000" + "0000000000000001",
            OfErrorCode.OFPBAC_BAD_ARGUMENT, "OFPBAC_BAD_ARGUMENT"),
        new Case("learnOfTwentyFourBytes",
            "ffff0018000023200010000000008000" + "0000000000000000",
            OfErrorCode.OFPBAC_BAD_LEN, "OFPBAC_BAD_LEN"),
        new Case("decTtlCntIdsZerosAreNotZero",
            "ffff0018000023200015000100000001" + "0001000000000000",
            NxErrorCodes.NXBRC_MUST_BE_ZERO, "NXBRC_MUST_BE_ZERO"),
        new Case("decTtlCntIdsMoreIdsThanFit",
            "ffff0018000023200015000500000000" + "0001000200030004",
            OfErrorCode.OFPBAC_BAD_LEN, "OFPBAC_BAD_LEN"),
        new Case("controller2PadIsNotZero",
            "ffff0010000023200025000000000001",
            NxErrorCodes.NXBRC_MUST_BE_ZERO, "NXBRC_MUST_BE_ZERO"),
        new Case("controller2UnknownProperty",
            "ffff0018000023200025000000000000" + "0009000400000000",
            OfErrorCode.OFPTFFC_BAD_TYPE, "OFPBPC_BAD_TYPE"),
        new Case("controller2MaxLenTooShort",
            "ffff0018000023200025000000000000" + "00000005c8000000",
            OfErrorCode.OFPTFFC_BAD_LEN, "OFPBPC_BAD_LEN"),
        new Case("controller2PropertyOverrunsAction",
            "ffff0018000023200025000000000000" + "0003001001020304",
            OfErrorCode.OFPTFFC_BAD_LEN, "OFPBPC_BAD_LEN"),
        new Case("controllerOfTwentyFourBytes",
            "ffff00180000232000140064000300000000000000000000",
            OfErrorCode.OFPBAC_BAD_LEN, "OFPBAC_BAD_LEN"));

    static Stream<Case> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void malformedActionFailsWithOvsError(final Case malformed) {
        final var failure = assertThrows(OfCodecException.class, () -> NiciraTestSupport.decode(malformed.wire()));
        assertEquals(malformed.error(), failure.error(), failure.getMessage());
    }

    @Test
    void ovsAnswersTheSameErrors() throws IOException, InterruptedException {
        final var flowMods = new LinkedHashMap<Integer, String>();
        for (int i = 0; i < CASES.size(); i++) {
            flowMods.put(i + 1, NiciraTestSupport.flowMod(i + 1, CASES.get(i).wire().toHex()));
        }
        final var printed = NiciraTestSupport.ovsParse(flowMods);
        // and our answer, encoded as the OFPT_ERROR the pipeline sends, is the error Open vSwitch names
        final var errors = new LinkedHashMap<Integer, String>();
        for (int i = 0; i < CASES.size(); i++) {
            final var malformed = CASES.get(i);
            final String text = printed.getOrDefault(i + 1, "(nothing printed)");
            if (malformed.ovsError() != null) {
                assertTrue(text.contains("***decode error: " + malformed.ovsError() + "***"), malformed + ": " + text);
                errors.put(i + 1, encode(malformed.error().answering(i + 1, OfBytes.ofHex(flowMods.get(i + 1)))));
            }
        }
        final var ours = NiciraTestSupport.ovsParse(errors, "OFPT_ERROR");
        for (var xid : errors.keySet()) {
            final var malformed = CASES.get(xid - 1);
            final String text = ours.getOrDefault(xid, "(nothing printed)");
            assertTrue(text.startsWith("OFPT_ERROR (OF1.3) (xid=0x" + Integer.toHexString(xid) + "): "
                + malformed.ovsError() + "\n"), malformed + ": " + text);
        }
    }

    private static String encode(final OfMessage message) {
        final var out = Unpooled.buffer();
        try {
            new OfMessageEncoder(NiciraTestSupport.REGISTRY).encode(message, out);
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }

    /**
     * A malformed action list.
     *
     * @param name what is wrong
     * @param hex the bytes
     * @param error the error we answer
     * @param ovsError the error Open vSwitch 3.1 answers, null if it accepts the bytes
     */
    record Case(String name, String hex, OfErrorKind error, String ovsError) {
        OfBytes wire() {
            return OfBytes.ofHex(hex);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
