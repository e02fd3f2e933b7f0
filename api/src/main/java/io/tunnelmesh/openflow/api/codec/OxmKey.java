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
 * What identifies an OXM field on the wire (OpenFlow 1.3.5 section 7.2.3.2): its class, its field number within the
 * class and, for the experimenter class {@code 0xffff} only, the experimenter id that follows the TLV header.
 * <pre>
 *   +--------------+-------------+---------+--------------+-------------------------------+
 *   | oxm_class 16 | oxm_field 7 | hasmask | oxm_length 8 | experimenter 32 (class 0xffff) |
 *   +--------------+-------------+---------+--------------+-------------------------------+
 * </pre>
 *
 * @param oxmClass the class: {@code 0x0000}/{@code 0x0001} Nicira NXM, {@code 0x8000} OpenFlow basic,
 *     {@code 0xffff} experimenter
 * @param field the field number, 7 bits
 * @param experimenter the experimenter id for class {@code 0xffff}, 0 for every other class
 */
public record OxmKey(int oxmClass, int field, int experimenter) {
    /** {@code OFPXMC_NXM_0}: Nicira's original NXM fields. */
    public static final int NXM_0 = 0x0000;
    /** {@code OFPXMC_NXM_1}: Nicira's extended NXM fields. */
    public static final int NXM_1 = 0x0001;
    /** {@code OFPXMC_OPENFLOW_BASIC}. */
    public static final int OPENFLOW_BASIC = 0x8000;
    /** {@code OFPXMC_EXPERIMENTER}: a 32-bit experimenter id follows the TLV header. */
    public static final int EXPERIMENTER = 0xffff;

    /**
     * Checks the widths.
     *
     * @throws IllegalArgumentException if a value does not fit, or an experimenter id is given for another class
     */
    public OxmKey {
        OfUnsigned.check("oxm_class", oxmClass, 16);
        OfUnsigned.check("oxm_field", field, 7);
        if (oxmClass != EXPERIMENTER && experimenter != 0) {
            throw new IllegalArgumentException("experimenter id " + Integer.toHexString(experimenter)
                + " on non-experimenter OXM class " + Integer.toHexString(oxmClass));
        }
    }

    /**
     * An OpenFlow basic field.
     *
     * @param field the field number, such as 38 for {@code OXM_OF_TUNNEL_ID}
     * @return the key
     */
    public static OxmKey basic(final int field) {
        return new OxmKey(OPENFLOW_BASIC, field, 0);
    }

    /**
     * An experimenter field.
     *
     * @param experimenter the experimenter id
     * @param field the field number
     * @return the key
     */
    public static OxmKey experimenter(final int experimenter, final int field) {
        return new OxmKey(EXPERIMENTER, field, experimenter);
    }

    /**
     * Whether a 32-bit experimenter id follows the TLV header.
     *
     * @return {@code true} for class {@code 0xffff}
     */
    public boolean hasExperimenter() {
        return oxmClass == EXPERIMENTER;
    }

    @Override
    public String toString() {
        return String.format("OXM(class 0x%04x, field %d%s)", oxmClass, field,
            hasExperimenter() ? String.format(", experimenter 0x%08x", experimenter) : "");
    }
}
