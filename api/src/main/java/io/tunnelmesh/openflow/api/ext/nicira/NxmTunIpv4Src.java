/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.match.OxmExtensionField;
import java.net.Inet4Address;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code NXM_NX_TUN_IPV4_SRC} (Open vSwitch {@code ovs-fields(7)}, {@code tun_src}, class 0x0001 field 31, 4 bytes,
 * maskable): the outer IPv4 source of a packet received from a tunnel.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record NxmTunIpv4Src(Inet4Address value, @Nullable Inet4Address mask) implements OxmExtensionField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static NxmTunIpv4Src of(final Inet4Address value) {
        return new NxmTunIpv4Src(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static NxmTunIpv4Src masked(final Inet4Address value, final Inet4Address mask) {
        return new NxmTunIpv4Src(value, mask);
    }
}
