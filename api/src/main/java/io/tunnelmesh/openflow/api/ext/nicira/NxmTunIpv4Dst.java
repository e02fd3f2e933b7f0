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
 * {@code NXM_NX_TUN_IPV4_DST} (Open vSwitch {@code ovs-fields(7)}, {@code tun_dst}, class 0x0001 field 32, 4 bytes,
 * maskable): the outer IPv4 destination; set it to choose the remote end of a flow-based tunnel port.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record NxmTunIpv4Dst(Inet4Address value, @Nullable Inet4Address mask) implements OxmExtensionField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static NxmTunIpv4Dst of(final Inet4Address value) {
        return new NxmTunIpv4Dst(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static NxmTunIpv4Dst masked(final Inet4Address value, final Inet4Address mask) {
        return new NxmTunIpv4Dst(value, mask);
    }
}
