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
 * {@code NXOXM_NSH_C1} to {@code NXOXM_NSH_C4} (Open vSwitch {@code ovs-fields(7)}, {@code nsh_c1..nsh_c4},
 * experimenter OXM {@code 0x005ad650} fields 6 to 9, 4 bytes, maskable): the four fixed context headers of an NSH
 * packet of metadata type 1 (RFC 8300 section 2.4). One record for the four fields, chosen by {@link #index()}.
 *
 * @param index the context header number, 1 to 4
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record NxmNshContext(int index, int value, @Nullable Integer mask) implements OxmExtensionField {
    /**
     * Checks the header number.
     *
     * @throws IllegalArgumentException if {@code index} is not 1 to 4
     */
    public NxmNshContext {
        if (index < 1 || index > 4) {
            throw new IllegalArgumentException("NXOXM_NSH_C index must be 1 to 4: " + index);
        }
    }

    /**
     * An exact match.
     *
     * @param index the context header number, 1 to 4
     * @param value the value
     * @return the field
     */
    public static NxmNshContext of(final int index, final int value) {
        return new NxmNshContext(index, value, null);
    }

    /**
     * A masked match.
     *
     * @param index the context header number, 1 to 4
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static NxmNshContext masked(final int index, final int value, final int mask) {
        return new NxmNshContext(index, value, mask);
    }
}
