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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfBytes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OfErrorType} and {@link OfErrorCode} cover OpenFlow 1.3.5 section 7.4.4 exactly and keep what they do not
 * know.
 */
class OfErrorCodeTest {
    @Test
    void everyTypeOfTheSpecWithItsCodeCount() {
        // (type, number of codes) as enum ofp_error_type and the enum ofp_*_code lists of 1.3.5 define them
        final var expected = List.of(List.of(0, 2), List.of(1, 14), List.of(2, 16), List.of(3, 9), List.of(4, 12),
            List.of(5, 8), List.of(6, 15), List.of(7, 5), List.of(8, 3), List.of(9, 3), List.of(10, 3),
            List.of(11, 3), List.of(12, 12), List.of(13, 6));
        for (var pair : expected) {
            final var type = OfErrorType.valueOf(pair.get(0));
            assertEquals(pair.get(1), type.codeCount(), type.name());
            assertSame(type, OfErrorType.valueOf(pair.get(0)), "known types are constants");
        }
        assertSame(OfErrorType.EXPERIMENTER, OfErrorType.valueOf(0xffff));
    }

    @Test
    void namesFollowTheSpec() {
        assertEquals("OFPET_BAD_REQUEST/OFPBRC_BAD_LEN", OfErrorCode.OFPBRC_BAD_LEN.toString());
        assertEquals("OFPHFC_INCOMPATIBLE", OfErrorCode.valueOf(0, 0).name());
        assertEquals("OFPBRC_MULTIPART_BUFFER_OVERFLOW", OfErrorCode.valueOf(1, 13).name());
        assertEquals("OFPBAC_BAD_SET_ARGUMENT", OfErrorCode.valueOf(2, 15).name());
        assertEquals("OFPFMFC_BAD_FLAGS", OfErrorCode.valueOf(5, 7).name());
        assertEquals("OFPMMFC_OUT_OF_BANDS", OfErrorCode.valueOf(12, 11).name());
        assertEquals("OFPTFFC_EPERM", OfErrorCode.valueOf(13, 5).name());
    }

    @Test
    void constantsEqualDecodedValues() {
        assertEquals(OfErrorCode.OFPFMFC_TABLE_FULL, OfErrorCode.valueOf(5, 1));
        assertEquals(OfErrorCode.OFPFMFC_TABLE_FULL.hashCode(), OfErrorCode.valueOf(5, 1).hashCode());
        assertNotEquals(OfErrorCode.OFPFMFC_TABLE_FULL, OfErrorCode.valueOf(4, 1));
    }

    @Test
    void unknownTypeAndCodeAreKept() {
        final var unknownCode = OfErrorCode.valueOf(1, 99);
        assertEquals(99, unknownCode.code());
        assertFalse(unknownCode.isKnown());
        assertEquals("OFPET_BAD_REQUEST/UNKNOWN(99)", unknownCode.toString());

        final var unknownType = OfErrorCode.valueOf(0x1234, 7);
        assertEquals(0x1234, unknownType.type().code());
        assertEquals("OFPET_UNKNOWN(4660)/UNKNOWN(7)", unknownType.toString());
        assertTrue(OfErrorCode.OFPBRC_BAD_LEN.isKnown());
    }

    @Test
    void valuesOutsideSixteenBitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> OfErrorType.valueOf(0x10000));
        assertThrows(IllegalArgumentException.class, () -> OfErrorCode.valueOf(1, -1));
    }

    @Test
    void errorAnsweringRequestKeepsSixtyFourBytes() {
        final var request = OfBytes.copyOf(new byte[100]);
        assertEquals(64, OfError.answering(1, OfErrorCode.OFPBRC_BAD_TYPE, request).data().length());
        assertThrows(IllegalArgumentException.class,
            () -> new OfError(1, OfErrorCode.of(OfErrorType.EXPERIMENTER, 1), request));
    }
}
