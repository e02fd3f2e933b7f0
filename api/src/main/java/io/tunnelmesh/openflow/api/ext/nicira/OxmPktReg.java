/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.match.OxmExtensionField;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code OXM_OF_PKT_REG0} to {@code OXM_OF_PKT_REG7} (OpenFlow 1.5 section 7.2.3.11, class
 * {@code OFPXMC_PACKET_REGS} 0x8001 fields 0 to 7, 8 bytes, maskable; Open vSwitch accepts them in OpenFlow 1.3 as
 * {@code xreg0..xreg7}): 64-bit views of the Nicira registers, {@code xregN} being {@code reg(2N)} in its high half
 * and {@code reg(2N+1)} in its low half. One record for the eight fields, chosen by {@link #index()}.
 *
 * @param index the register number, 0 to {@value #COUNT}-1, which is also its field number
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmPktReg(int index, long value, @Nullable Long mask) implements OxmExtensionField {
    /** How many packet registers there are. */
    public static final int COUNT = 8;

    /**
     * Checks the register number.
     *
     * @throws IllegalArgumentException if {@code index} is not 0 to 7
     */
    public OxmPktReg {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("OXM_OF_PKT_REG index must be 0 to 7: " + index);
        }
    }

    /**
     * An exact match.
     *
     * @param index the register number
     * @param value the value
     * @return the field
     */
    public static OxmPktReg of(final int index, final long value) {
        return new OxmPktReg(index, value, null);
    }

    /**
     * A masked match.
     *
     * @param index the register number
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmPktReg masked(final int index, final long value, final long mask) {
        return new OxmPktReg(index, value, mask);
    }
}
