/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/**
 * Experimenter error codes: identity is the (experimenter, code) pair, names are for people, and either kind of error
 * answers a request with at most its first 64 bytes (OpenFlow 1.3.5 section 7.4.4).
 */
class OfExperimenterErrorCodeTest {
    @Test
    void wireCodeEqualsTheNamedConstantOfItsPair() {
        final var decoded = OfExperimenterErrorCode.valueOf(0x4f4e4600, 2302);
        assertEquals(OnfErrorCodes.OFPBFC_BAD_ID, decoded);
        assertEquals(OnfErrorCodes.OFPBFC_BAD_ID.hashCode(), decoded.hashCode());
        assertFalse(decoded.isNamed());
        assertEquals("EXPERIMENTER(0x4f4e4600:2302)", decoded.name());
        assertEquals("OFPET_EXPERIMENTER/0x4f4e4600/OFPBFC_BAD_ID", OnfErrorCodes.OFPBFC_BAD_ID.toString());
        assertNotEquals(OnfErrorCodes.OFPBFC_BAD_ID, OfExperimenterErrorCode.valueOf(0x00002320, 2302));
    }

    @Test
    void thirdPartyCodesWorkTheSameWay() {
        final var mine = OfExperimenterErrorCode.of(0x00ace000, 7, "ACME_TOO_LOUD");
        assertEquals(mine, OfExperimenterErrorCode.valueOf(0x00ace000, 7));
        assertEquals("ACME_TOO_LOUD", mine.name());
        assertThrows(IllegalArgumentException.class, () -> OfExperimenterErrorCode.of(1, 0x10000, "TOO_BIG"));
    }

    @Test
    void shippedCodesAreDistinctPairs() {
        final var pairs = new HashSet<OfExperimenterErrorCode>();
        pairs.addAll(OnfErrorCodes.ALL);
        pairs.addAll(NxErrorCodes.ALL);
        assertEquals(OnfErrorCodes.ALL.size() + NxErrorCodes.ALL.size(), pairs.size());
        assertTrue(OnfErrorCodes.ALL.stream().allMatch(code -> code.experimenter() == OnfErrorCodes.ONF_EXPERIMENTER
            && code.isNamed()));
        assertTrue(NxErrorCodes.ALL.stream().allMatch(code -> code.experimenter() == NxErrorCodes.NX_EXPERIMENTER
            && code.isNamed()));
    }

    @Test
    void eitherKindAnswersWithTheFirstSixtyFourBytes() {
        final var request = OfBytes.copyOf(new byte[80]);
        final OfErrorKind experimenter = OnfErrorCodes.OFPBFC_MSG_BAD_XID;
        final OfErrorKind standard = OfErrorCode.OFPBRC_BAD_LEN;
        assertEquals(new OfExperimenterError(5, OnfErrorCodes.OFPBFC_MSG_BAD_XID, request.prefix(64)),
            experimenter.answering(5, request));
        assertEquals(new OfError(5, OfErrorCode.OFPBRC_BAD_LEN, request.prefix(64)), standard.answering(5, request));
        assertEquals(64, request.prefix(64).length());
        final var small = OfBytes.ofHex("0102");
        assertEquals(small, experimenter.answering(5, small).data());
    }
}
