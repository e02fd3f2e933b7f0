/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import io.tunnelmesh.openflow.api.OfUnsigned;
import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code OXM_OF_PBB_ISID} (OpenFlow 1.3.5 section 7.2.3.7, field 37, 3 bytes, maskable):
 * the I-SID of the outermost 802.1ah PBB I-TAG, 24 bits in 3 bytes. Open vSwitch does not implement it (it answers
 * {@code OFPBMC_BAD_FIELD}).
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmPbbIsid(int value, @Nullable Integer mask) implements OxmField {
    /**
     * Checks the value and mask fit the field.
     *
     * @throws IllegalArgumentException if they do not
     */
    public OxmPbbIsid {
        OfUnsigned.check("OXM_OF_PBB_ISID", value, 24);
        // requireNonNullElse rather than a null test, as OxmVlanVid explains
        OfUnsigned.check("OXM_OF_PBB_ISID mask", Objects.requireNonNullElse(mask, 0), 24);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmPbbIsid of(final int value) {
        return new OxmPbbIsid(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmPbbIsid masked(final int value, final int mask) {
        return new OxmPbbIsid(value, mask);
    }
}
