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
 * {@code OXM_OF_ICMPV6_TYPE} (OpenFlow 1.3.5 section 7.2.3.7, field 29, 1 bytes):
 * the ICMPv6 type.
 *
 * @param value the value
 */
public record OxmIcmpv6Type(int value) implements OxmField {
    /**
     * Checks the value fits the field.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OxmIcmpv6Type {
        OfUnsigned.check("OXM_OF_ICMPV6_TYPE", value, 8);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmIcmpv6Type of(final int value) {
        return new OxmIcmpv6Type(value);
    }
}
