/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.match.OxmExtensionField;
import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code NXM_NX_TUN_FLAGS} (Open vSwitch {@code ovs-fields(7)}, {@code tun_flags}, class 0x0001 field 104, 2 bytes,
 * maskable): tunnel flags; bit 0 is {@code oam}, the only one Open vSwitch defines ({@link #OAM}).
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record NxmTunFlags(int value, @Nullable Integer mask) implements OxmExtensionField {
    /** {@code oam}: the packet is an operations and management frame (Geneve and VXLAN-GPE O bit). */
    public static final int OAM = 0x0001;

    /**
     * Checks the widths.
     *
     * @throws IllegalArgumentException if the value or the mask does not fit in 16 bits
     */
    public NxmTunFlags {
        OfUnsigned.check("NXM_NX_TUN_FLAGS", value, 16);
        // requireNonNullElse rather than a null test: SpotBugs reads a branch on the mask as storing a known null
        OfUnsigned.check("NXM_NX_TUN_FLAGS mask", Objects.requireNonNullElse(mask, 0), 16);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static NxmTunFlags of(final int value) {
        return new NxmTunFlags(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static NxmTunFlags masked(final int value, final int mask) {
        return new NxmTunFlags(value, mask);
    }
}
