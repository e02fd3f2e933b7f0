/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.match.OxmExtensionField;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code NXM_NX_TUN_ID} (Open vSwitch {@code ovs-fields(7)}, class 0x0001 field 16, 8 bytes, maskable): the tunnel
 * key or VNI. Open vSwitch writes {@code tun_id} as {@code OXM_OF_TUNNEL_ID} in OpenFlow 1.3 and accepts this
 * older Nicira code point as well.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record NxmTunId(long value, @Nullable Long mask) implements OxmExtensionField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static NxmTunId of(final long value) {
        return new NxmTunId(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static NxmTunId masked(final long value, final long mask) {
        return new NxmTunId(value, mask);
    }
}
