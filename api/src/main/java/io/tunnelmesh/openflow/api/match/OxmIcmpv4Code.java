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
 * {@code OXM_OF_ICMPV4_CODE} (OpenFlow 1.3.5 section 7.2.3.7, field 20, 1 bytes):
 * the ICMP code.
 *
 * @param value the value
 */
public record OxmIcmpv4Code(int value) implements OxmField {
    /**
     * Checks the value fits the field.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OxmIcmpv4Code {
        OfUnsigned.check("OXM_OF_ICMPV4_CODE", value, 8);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmIcmpv4Code of(final int value) {
        return new OxmIcmpv4Code(value);
    }
}
