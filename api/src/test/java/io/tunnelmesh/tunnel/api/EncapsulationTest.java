/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EncapsulationTest {
    @Test
    void twentyFourBitEncapsulationsStopAtSixteenMillion() {
        for (var encapsulation : List.of(Encapsulation.VXLAN, Encapsulation.GENEVE, Encapsulation.VXLAN_GPE)) {
            assertEquals(16_777_215L, encapsulation.maxSegmentId());
            assertTrue(encapsulation.isValidSegmentId(16_777_215L));
            assertFalse(encapsulation.isValidSegmentId(16_777_216L));
        }
    }

    @Test
    void greKeyIsThirtyTwoBits() {
        assertEquals(4_294_967_295L, Encapsulation.GRE.maxSegmentId());
        assertTrue(Encapsulation.GRE.isValidSegmentId(4_294_967_295L));
        assertFalse(Encapsulation.GRE.isValidSegmentId(4_294_967_296L));
    }

    @Test
    void sttContextUsesAllSixtyFourBits() {
        assertEquals(-1L, Encapsulation.STT.maxSegmentId());
        // 2^64 - 1 read as unsigned is the largest STT context ID
        assertTrue(Encapsulation.STT.isValidSegmentId(-1L));
        assertTrue(Encapsulation.STT.isValidSegmentId(Long.MIN_VALUE));
    }

    @Test
    void segmentZeroIsRefusedEverywhere() {
        for (var encapsulation : Encapsulation.values()) {
            assertFalse(encapsulation.isValidSegmentId(0), encapsulation.name());
        }
    }

    @Test
    void yangNamesRoundTrip() {
        for (var encapsulation : Encapsulation.values()) {
            assertEquals(Optional.of(encapsulation), Encapsulation.ofYangName(encapsulation.yangName()));
        }
        assertEquals(Optional.empty(), Encapsulation.ofYangName("ipip"));
    }
}
