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
 * {@code NXM_NX_CT_STATE} (Open vSwitch {@code ovs-fields(7)}, {@code ct_state}, class 0x0001 field 105, 4 bytes,
 * maskable): the connection tracking state bits. {@code ct_state=+trk+est} is value and mask
 * {@code TRK | EST}; {@code -new} sets the bit in the mask only.
 *
 * @param value the value
 * @param mask the mask, or {@code null} for an exact match
 */
public record NxmCtState(int value, @Nullable Integer mask) implements OxmExtensionField {
    /** {@code new}: the start of a new connection. */
    public static final int NEW = 0x01;
    /** {@code est}: part of an existing connection. */
    public static final int EST = 0x02;
    /** {@code rel}: related to an existing connection. */
    public static final int REL = 0x04;
    /** {@code rpl}: in the reply direction. */
    public static final int RPL = 0x08;
    /** {@code inv}: invalid: connection tracking could not make sense of it. */
    public static final int INV = 0x10;
    /** {@code trk}: went through connection tracking. */
    public static final int TRK = 0x20;
    /** {@code snat}: source-NATed. */
    public static final int SNAT = 0x40;
    /** {@code dnat}: destination-NATed. */
    public static final int DNAT = 0x80;

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static NxmCtState of(final int value) {
        return new NxmCtState(value, null);
    }

    /**
     * A masked match: only the bits set in {@code mask} are compared.
     *
     * @param value the value
     * @param mask the mask
     * @return the field
     */
    public static NxmCtState masked(final int value, final int mask) {
        return new NxmCtState(value, mask);
    }
}
