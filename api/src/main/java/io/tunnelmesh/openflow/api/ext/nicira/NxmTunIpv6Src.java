/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.match.OxmExtensionField;
import java.net.Inet6Address;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code NXM_NX_TUN_IPV6_SRC} (Open vSwitch {@code ovs-fields(7)}, {@code tun_ipv6_src}, class 0x0001 field 109,
 * 16 bytes, maskable): the outer IPv6 source of a packet received from a tunnel.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record NxmTunIpv6Src(Inet6Address value, @Nullable Inet6Address mask) implements OxmExtensionField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static NxmTunIpv6Src of(final Inet6Address value) {
        return new NxmTunIpv6Src(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static NxmTunIpv6Src masked(final Inet6Address value, final Inet6Address mask) {
        return new NxmTunIpv6Src(value, mask);
    }
}
