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
 * {@code NXM_NX_CT_MARK} (Open vSwitch {@code ovs-fields(7)}, {@code ct_mark}, class 0x0001 field 107, 4 bytes,
 * maskable): the 32-bit mark of the packet's connection.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record NxmCtMark(int value, @Nullable Integer mask) implements OxmExtensionField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static NxmCtMark of(final int value) {
        return new NxmCtMark(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static NxmCtMark masked(final int value, final int mask) {
        return new NxmCtMark(value, mask);
    }
}
