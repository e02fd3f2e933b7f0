/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.codec;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * What identifies an action on the wire (OpenFlow 1.3.5 section 7.2.5): its type and, for
 * {@code OFPAT_EXPERIMENTER}, the experimenter id and the 16-bit subtype that both Nicira ({@code NXAST_*}) and ONF
 * ({@code ONFACT_*}) put right after it.
 * <pre>
 *   standard:     | type 16 | len 16 | body ...                                 |
 *   experimenter: | 0xffff  | len 16 | experimenter 32 | subtype 16 | body ...   |
 * </pre>
 *
 * @param type the action type; {@value #EXPERIMENTER} for experimenter actions
 * @param experimenter the experimenter id, 0 for a standard action
 * @param subtype the experimenter's subtype, 0 for a standard action
 */
public record OfActionKey(int type, int experimenter, int subtype) {
    /** {@code OFPAT_EXPERIMENTER}. */
    public static final int EXPERIMENTER = 0xffff;

    /**
     * Checks the widths.
     *
     * @throws IllegalArgumentException if a value does not fit or a standard key names an experimenter
     */
    public OfActionKey {
        OfUnsigned.check("action type", type, 16);
        OfUnsigned.check("action subtype", subtype, 16);
        if (type != EXPERIMENTER && (experimenter != 0 || subtype != 0)) {
            throw new IllegalArgumentException("standard action type " + type + " has no experimenter or subtype");
        }
    }

    /**
     * A standard action.
     *
     * @param type the type, such as 0 for {@code OFPAT_OUTPUT}
     * @return the key
     */
    public static OfActionKey standard(final int type) {
        return new OfActionKey(type, 0, 0);
    }

    /**
     * An experimenter action.
     *
     * @param experimenter the experimenter id, such as {@code 0x00002320} for Nicira
     * @param subtype the subtype, such as 1 for {@code NXAST_RESUBMIT}
     * @return the key
     */
    public static OfActionKey experimenter(final int experimenter, final int subtype) {
        return new OfActionKey(EXPERIMENTER, experimenter, subtype);
    }

    /**
     * Whether this is an experimenter action.
     *
     * @return {@code true} for {@code OFPAT_EXPERIMENTER}
     */
    public boolean isExperimenter() {
        return type == EXPERIMENTER;
    }

    @Override
    public String toString() {
        return isExperimenter() ? String.format("action(experimenter 0x%08x, subtype %d)", experimenter, subtype)
            : "action(type " + type + ")";
    }
}
