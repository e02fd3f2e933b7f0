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
 * {@code NXM_NX_REG0} to {@code NXM_NX_REG15} (Open vSwitch {@code ovs-fields(7)}, {@code reg0..reg15}, class 0x0001
 * fields 0 to 15, 4 bytes, maskable): the sixteen 32-bit scratch registers a pipeline carries with a packet. One
 * record for the sixteen fields; each is registered as its own codec, chosen by {@link #index()}.
 *
 * @param index the register number, 0 to {@value #COUNT}-1, which is also its NXM field number
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record NxmReg(int index, int value, @Nullable Integer mask) implements OxmExtensionField {
    /** How many registers there are. */
    public static final int COUNT = 16;

    /**
     * Checks the register number.
     *
     * @throws IllegalArgumentException if {@code index} is not 0 to 15
     */
    public NxmReg {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("NXM_NX_REG index must be 0 to 15: " + index);
        }
    }

    /**
     * An exact match.
     *
     * @param index the register number
     * @param value the value
     * @return the field
     */
    public static NxmReg of(final int index, final int value) {
        return new NxmReg(index, value, null);
    }

    /**
     * A masked match.
     *
     * @param index the register number
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static NxmReg masked(final int index, final int value, final int mask) {
        return new NxmReg(index, value, mask);
    }
}
