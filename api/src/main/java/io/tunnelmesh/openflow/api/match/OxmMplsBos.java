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
 * {@code OXM_OF_MPLS_BOS} (OpenFlow 1.3.5 section 7.2.3.7, field 36, 1 bytes):
 * the bottom-of-stack bit of the outermost MPLS shim header, 0 or 1. Any other value is {@code OFPBMC_BAD_VALUE}, as
 * Open vSwitch answers.
 *
 * @param value the value
 */
public record OxmMplsBos(int value) implements OxmField {
    /**
     * Checks the value fits the field.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OxmMplsBos {
        OfUnsigned.check("OXM_OF_MPLS_BOS", value, 1);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmMplsBos of(final int value) {
        return new OxmMplsBos(value);
    }
}
