/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import java.net.Inet6Address;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code OXM_OF_IPV6_ND_TARGET} (OpenFlow 1.3.5 section 7.2.3.7, field 31, 16 bytes, maskable):
 * the target address of an IPv6 neighbor solicitation or advertisement. The spec makes it exact only; Open vSwitch
 * accepts and emits a mask ({@code nd_target=2001:db8::/64}), so this library does too.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record OxmIpv6NdTarget(Inet6Address value, @Nullable Inet6Address mask) implements OxmField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmIpv6NdTarget of(final Inet6Address value) {
        return new OxmIpv6NdTarget(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static OxmIpv6NdTarget masked(final Inet6Address value, final Inet6Address mask) {
        return new OxmIpv6NdTarget(value, mask);
    }
}
