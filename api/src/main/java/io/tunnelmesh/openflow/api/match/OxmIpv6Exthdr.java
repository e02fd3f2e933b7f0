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
 * {@code OXM_OF_IPV6_EXTHDR} (OpenFlow 1.3.5 section 7.2.3.7, field 39, 2 bytes, maskable):
 * the IPv6 extension header pseudo-field, 9 flag bits ({@code OFPIEH_*}) in 2 bytes; a wider value is {@code
 * OFPBMC_BAD_VALUE}, the mask may use the whole 2 bytes. Open vSwitch does not implement it (it answers {@code
 * OFPBMC_BAD_FIELD}).
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmIpv6Exthdr(int value, @Nullable Integer mask) implements OxmField {
    /**
     * Checks the value and mask fit the field.
     *
     * @throws IllegalArgumentException if they do not
     */
    public OxmIpv6Exthdr {
        OfUnsigned.check("OXM_OF_IPV6_EXTHDR", value, 9);
        // requireNonNullElse rather than a null test, as OxmVlanVid explains
        OfUnsigned.check("OXM_OF_IPV6_EXTHDR mask", Objects.requireNonNullElse(mask, 0), 16);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmIpv6Exthdr of(final int value) {
        return new OxmIpv6Exthdr(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmIpv6Exthdr masked(final int value, final int mask) {
        return new OxmIpv6Exthdr(value, mask);
    }
}
