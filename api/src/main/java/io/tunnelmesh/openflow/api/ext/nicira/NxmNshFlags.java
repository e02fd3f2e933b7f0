/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.match.OxmExtensionField;
import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code NXOXM_NSH_FLAGS} (Open vSwitch {@code ovs-fields(7)},
 * {@code nsh_flags}, experimenter OXM {@code 0x005ad650}
 * field 1, 1 byte, maskable): the flags of the NSH base header (RFC 8300 section 2.2).
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record NxmNshFlags(int value, @Nullable Integer mask) implements OxmExtensionField {
    /**
     * Checks the widths.
     *
     * @throws IllegalArgumentException if the value or the mask does not fit in 8 bits
     */
    public NxmNshFlags {
        OfUnsigned.check("NXOXM_NSH_FLAGS", value, 8);
        // requireNonNullElse rather than a null test: SpotBugs reads a branch on the mask as storing a known null
        OfUnsigned.check("NXOXM_NSH_FLAGS mask", Objects.requireNonNullElse(mask, 0), 8);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static NxmNshFlags of(final int value) {
        return new NxmNshFlags(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static NxmNshFlags masked(final int value, final int mask) {
        return new NxmNshFlags(value, mask);
    }
}
