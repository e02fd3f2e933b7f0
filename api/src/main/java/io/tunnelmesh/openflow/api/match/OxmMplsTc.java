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
 * {@code OXM_OF_MPLS_TC} (OpenFlow 1.3.5 section 7.2.3.7, field 35, 1 bytes):
 * the traffic class of the outermost MPLS shim header, 3 bits. A wider value is {@code OFPBMC_BAD_VALUE}, as Open
 * vSwitch answers.
 *
 * @param value the value
 */
public record OxmMplsTc(int value) implements OxmField {
    /**
     * Checks the value fits the field.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OxmMplsTc {
        OfUnsigned.check("OXM_OF_MPLS_TC", value, 3);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmMplsTc of(final int value) {
        return new OxmMplsTc(value);
    }
}
