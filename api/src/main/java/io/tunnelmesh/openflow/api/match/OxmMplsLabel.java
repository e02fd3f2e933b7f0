/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * {@code OXM_OF_MPLS_LABEL} (OpenFlow 1.3.5 section 7.2.3.7, field 34, 4 bytes):
 * the label of the outermost MPLS shim header, 20 bits in 4 bytes. A wider value is {@code OFPBMC_BAD_VALUE} and a mask
 * {@code OFPBMC_BAD_MASK}, as Open vSwitch answers.
 *
 * @param value the value
 */
public record OxmMplsLabel(int value) implements OxmField {
    /**
     * Checks the value fits the field.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OxmMplsLabel {
        OfUnsigned.check("OXM_OF_MPLS_LABEL", value, 20);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmMplsLabel of(final int value) {
        return new OxmMplsLabel(value);
    }
}
