/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import io.tunnelmesh.openflow.api.MacAddress;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code OXM_OF_IPV6_ND_SLL} (OpenFlow 1.3.5 section 7.2.3.7, field 32, 6 bytes, maskable):
 * the source link-layer address option of an IPv6 neighbor solicitation. The spec makes it exact only; Open vSwitch
 * accepts and emits a mask, so this library does too.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmIpv6NdSll(MacAddress value, @Nullable MacAddress mask) implements OxmField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmIpv6NdSll of(final MacAddress value) {
        return new OxmIpv6NdSll(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmIpv6NdSll masked(final MacAddress value, final MacAddress mask) {
        return new OxmIpv6NdSll(value, mask);
    }
}
