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
 * {@code OXM_OF_VLAN_VID} (OpenFlow 1.3.5 section 7.2.3.7, field 6, 2 bytes, maskable):
 * the VLAN id with {@code OFPVID_PRESENT} (0x1000) set when a tag is present.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmVlanVid(int value, @Nullable Integer mask) implements OxmField {
    /**
     * Checks the value and mask fit the field.
     *
     * @throws IllegalArgumentException if they do not
     */
    public OxmVlanVid {
        OfUnsigned.check("OXM_OF_VLAN_VID", value, 13);
        // requireNonNullElse rather than a null test: an absent mask is valid, and SpotBugs reads a branch on it
        // as storing a known null into a field it takes for non-null
        OfUnsigned.check("OXM_OF_VLAN_VID mask", Objects.requireNonNullElse(mask, 0), 13);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmVlanVid of(final int value) {
        return new OxmVlanVid(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmVlanVid masked(final int value, final int mask) {
        return new OxmVlanVid(value, mask);
    }
}
