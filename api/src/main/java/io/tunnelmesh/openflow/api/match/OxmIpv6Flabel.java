/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import io.tunnelmesh.openflow.api.OfUnsigned;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code OXM_OF_IPV6_FLABEL} (OpenFlow 1.3.5 section 7.2.3.7, field 28, 4 bytes, maskable):
 * the IPv6 flow label, 20 bits in 4 bytes. A value wider than 20 bits is {@code OFPBMC_BAD_VALUE}, as Open vSwitch
 * answers; the mask may use the whole 4 bytes, which Open vSwitch also accepts.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmIpv6Flabel(int value, @Nullable Integer mask) implements OxmField {
    /**
     * Checks the value fits the field.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OxmIpv6Flabel {
        OfUnsigned.check("OXM_OF_IPV6_FLABEL", value, 20);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmIpv6Flabel of(final int value) {
        return new OxmIpv6Flabel(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmIpv6Flabel masked(final int value, final int mask) {
        return new OxmIpv6Flabel(value, mask);
    }
}
