/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorKind;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.impl.OvsOfctl;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenFlow 1.0 error answering a library-wide error ({@link Of10Error#answering}), checked against Open vSwitch:
 * every answer, encoded, must be what {@code ovs-ofctl ofp-parse} names the error, whether 1.0 has a code for it, it
 * travels as a Nicira vendor error with the Nicira 1.0 numbers, or it cannot be said in 1.0 at all
 * ({@code NXBRC_UNENCODABLE_ERROR}).
 */
class Of10ErrorAnswerTest {
    private static final Pattern PRINTED = Pattern.compile("OFPT_ERROR \\(xid=0x([0-9a-f]+)\\): (\\S+)");
    private static final OfBytes REQUEST = OfBytes.ofHex("01ee000c00000007aabbccdd");

    /** Each error and the name Open vSwitch 3.1 prints for its OpenFlow 1.0 encoding. */
    private static final Map<OfErrorKind, String> CASES = cases();

    private static Map<OfErrorKind, String> cases() {
        final var cases = new LinkedHashMap<OfErrorKind, String>();
        // 1.0 has these
        for (var code : new OfErrorCode[] {OfErrorCode.OFPHFC_INCOMPATIBLE, OfErrorCode.OFPBRC_BAD_VERSION,
            OfErrorCode.OFPBRC_BAD_TYPE, OfErrorCode.OFPBRC_BAD_LEN, OfErrorCode.OFPBAC_BAD_TYPE,
            OfErrorCode.OFPBAC_BAD_LEN, OfErrorCode.OFPBAC_BAD_ARGUMENT, OfErrorCode.OFPBAC_BAD_OUT_PORT,
            OfErrorCode.OFPFMFC_OVERLAP, OfErrorCode.OFPFMFC_BAD_COMMAND, OfErrorCode.OFPPMFC_BAD_PORT,
            OfErrorCode.OFPQOFC_BAD_QUEUE}) {
            cases.put(code, code.name());
        }
        cases.put(OfErrorCode.OFPFMFC_TABLE_FULL, "OFPFMFC_TABLE_FULL");
        // Nicira vendor errors with 1.0 numbers
        for (var code : new OfErrorCode[] {OfErrorCode.OFPBRC_BAD_TABLE_ID, OfErrorCode.OFPRRFC_BAD_ROLE,
            OfErrorCode.OFPBRC_BAD_PORT, OfErrorCode.OFPBMC_BAD_VALUE, OfErrorCode.OFPBMC_BAD_MASK,
            OfErrorCode.OFPBMC_BAD_PREREQ, OfErrorCode.OFPBMC_DUP_FIELD, OfErrorCode.OFPBMC_BAD_WILDCARDS,
            OfErrorCode.OFPBMC_BAD_FIELD, OfErrorCode.OFPBAC_MATCH_INCONSISTENT, OfErrorCode.OFPBAC_BAD_SET_TYPE,
            OfErrorCode.OFPBAC_BAD_SET_LEN, OfErrorCode.OFPBAC_BAD_SET_ARGUMENT, OfErrorCode.OFPBIC_UNSUP_INST,
            OfErrorCode.OFPFMFC_BAD_FLAGS}) {
            cases.put(code, code.name());
        }
        cases.put(OfErrorCode.OFPTFFC_BAD_TYPE, "OFPBPC_BAD_TYPE");
        cases.put(OfErrorCode.OFPTFFC_BAD_LEN, "OFPBPC_BAD_LEN");
        cases.put(OfErrorCode.OFPTFFC_BAD_ARGUMENT, "OFPBPC_BAD_VALUE");
        for (var code : NxErrorCodes.ALL) {
            cases.put(code, code.name());
        }
        // what 1.0 cannot say
        for (var code : NxErrorCodes.ALL.subList(NxErrorCodes.ALL.indexOf(NxErrorCodes.NXFMFC_INVALID_TLV_FIELD),
                NxErrorCodes.ALL.size())) {
            if (!code.equals(NxErrorCodes.NXBAC_CT_DATAPATH_SUPPORT)) {
                cases.put(code, "NXBRC_UNENCODABLE_ERROR");
            }
        }
        cases.put(OnfErrorCodes.OFPBFC_BAD_ID, "NXBRC_UNENCODABLE_ERROR");
        cases.put(OfErrorCode.OFPMMFC_BAD_RATE, "NXBRC_UNENCODABLE_ERROR");
        cases.put(OfErrorCode.OFPGMFC_LOOP, "NXBRC_UNENCODABLE_ERROR");
        return cases;
    }

    @Test
    void everyAnswerIsTheErrorOpenVswitchNames() throws IOException, InterruptedException {
        final var wire = new StringBuilder();
        final var expected = new HashMap<Integer, String>();
        int xid = 1;
        for (var entry : CASES.entrySet()) {
            wire.append(encode(Of10Error.answering(xid, entry.getKey(), REQUEST)));
            expected.put(xid, entry.getKey() + " -> " + entry.getValue());
            xid++;
        }
        final var printed = OvsOfctl.ofpParse(OfBytes.ofHex(wire.toString()));
        final var names = new HashMap<Integer, String>();
        final var matcher = PRINTED.matcher(printed);
        while (matcher.find()) {
            final int at = Integer.parseUnsignedInt(matcher.group(1), 16);
            names.put(at, expected.get(at).replaceFirst(" -> .*", " -> " + matcher.group(2)));
        }
        assertEquals(expected, names, printed);
    }

    @Test
    void answersCarryTheFirstSixtyFourBytesInTheirVersionsLayout() {
        final var request = OfBytes.copyOf(new byte[100]);
        final var standard = Of10Error.answering(3, OfErrorCode.OFPBRC_BAD_LEN, request);
        assertEquals(new Of10Error(3, Of10ErrorCode.OFPBRC_BAD_LEN, request.prefix(64)), standard);
        final var vendor = Of10Error.answering(3, NxErrorCodes.NXBRC_MUST_BE_ZERO, request);
        assertEquals(Of10ErrorCode.valueOf(0xb0c2, 0), vendor.error());
        // vendor 0x00002320, Nicira 1.0 type 1 code 515, then the request's first 64 bytes
        assertEquals("00002320" + "0001" + "0203" + "00".repeat(64), vendor.data().toHex());
    }

    private static String encode(final Of10Error error) {
        final var out = Unpooled.buffer();
        try {
            new OfMessageEncoder(V10GoldenVectorTest.REGISTRY).encode(error, out);
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }
}
