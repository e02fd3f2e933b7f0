/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.match.OxmExtensionField;
import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code NXM_NX_CT_LABEL} (Open vSwitch {@code ovs-fields(7)}, {@code ct_label}, class 0x0001 field 108, 16 bytes,
 * maskable): the 128-bit label of the packet's connection, most significant byte first.
 *
 * @param value the 16-byte value
 * @param mask the 16-byte mask, or {@code null} for an exact match
 */
public record NxmCtLabel(OfBytes value, @Nullable OfBytes mask) implements OxmExtensionField {
    /** The width of the label in bytes. */
    public static final int LENGTH = 16;

    /**
     * Checks the widths.
     *
     * @throws IllegalArgumentException if the value or the mask is not 16 bytes
     */
    public NxmCtLabel {
        // requireNonNullElse rather than a null test: SpotBugs reads a branch on the mask as storing a known null
        if (value.length() != LENGTH || Objects.requireNonNullElse(mask, value).length() != LENGTH) {
            throw new IllegalArgumentException("NXM_NX_CT_LABEL value and mask must be 16 bytes: " + value + "/"
                + mask);
        }
    }

    /**
     * An exact match.
     *
     * @param value the 16-byte value
     * @return the field
     */
    public static NxmCtLabel of(final OfBytes value) {
        return new NxmCtLabel(value, null);
    }

    /**
     * A masked match.
     *
     * @param value the 16-byte value
     * @param mask the 16-byte mask
     * @return the field
     */
    public static NxmCtLabel masked(final OfBytes value, final OfBytes mask) {
        return new NxmCtLabel(value, mask);
    }
}
