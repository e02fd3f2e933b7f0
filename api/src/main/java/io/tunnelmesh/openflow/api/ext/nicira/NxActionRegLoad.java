/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.action.OfActionExtension;

/**
 * {@code NXAST_REG_LOAD} (Nicira subtype 7, 24 bytes; {@code load:value->dst[ofs..end]} in {@code ovs-actions(7)}):
 * write an immediate value into bits {@code [ofs, ofs + nbits)} of a field. Open vSwitch 3.1 emits it for
 * {@code load:} and for a masked {@code set_field} on a field with an NXM header; an unmasked {@code set_field} on such
 * a field becomes the standard {@code OFPAT_SET_FIELD}, and fields without an NXM header use
 * {@link NxActionRegLoad2}.
 * <pre>
 *   | 0xffff (16) | len = 24 (16) | 0x00002320 (32) | subtype = 7 (16) | ofs_nbits (16) | dst (32) |
 *   | value (64)                                                                                   |
 * </pre>
 * {@code ofs_nbits} is {@code ofs << 6 | (nbits - 1)}. Open vSwitch answers {@code OFPBAC_BAD_SET_LEN} when the bits
 * are not within the field and {@code OFPBAC_BAD_ARGUMENT} when the value has bits at or above {@code nbits}.
 *
 * @param dst the field written, a 4-byte header
 * @param ofs the first bit written, 0 to 1023
 * @param nbits how many bits, 1 to 64
 * @param value the value, in the low {@code nbits} bits
 */
public record NxActionRegLoad(NxFieldRef dst, int ofs, int nbits, long value) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 7;

    /**
     * Checks the subfield and the value.
     *
     * @throws IllegalArgumentException if the field is an experimenter field, the bits are out of range or the value
     *     does not fit them
     */
    public NxActionRegLoad {
        NxSubfields.check("dst", dst, ofs, nbits, 64);
        if (dst.isExperimenter()) {
            throw new IllegalArgumentException("NXAST_REG_LOAD cannot name an experimenter field: " + dst);
        }
        if (nbits < 64 && value >>> nbits != 0) {
            throw new IllegalArgumentException("value 0x" + Long.toHexString(value) + " does not fit " + nbits
                + " bits");
        }
    }

    /**
     * Load a whole 4-byte-header field.
     *
     * @param dst the field
     * @param value the value
     * @return the action
     */
    public static NxActionRegLoad of(final NxFieldRef dst, final long value) {
        return new NxActionRegLoad(dst, 0, dst.width(), value);
    }
}
