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
 * {@code NXAST_REG_MOVE} (Nicira subtype 6, a multiple of 8 bytes, at least 16;
 * {@code move:src[a..b]->dst[c..d]} in {@code ovs-actions(7)}): copy {@code nbits} bits from one field to another.
 * <pre>
 *   | 0xffff (16) | len (16) | 0x00002320 (32) | subtype = 6 (16) | n_bits (16) | src_ofs (16) | dst_ofs (16) |
 *   | src header (32 or 64) | dst header (32 or 64) | zero pad to 8 bytes |
 * </pre>
 * Open vSwitch answers {@code OFPBMC_BAD_LEN} when a header does not fit, {@code OFPBAC_BAD_SET_LEN} when the bits are
 * not within a field and {@code NXBRC_MUST_BE_ZERO} (the codec too) for nonzero padding.
 *
 * @param src the field read
 * @param srcOfs its first bit
 * @param dst the field written
 * @param dstOfs its first bit
 * @param nbits how many bits, at least 1
 */
public record NxActionRegMove(NxFieldRef src, int srcOfs, NxFieldRef dst, int dstOfs, int nbits)
        implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 6;

    /**
     * Checks both subfields.
     *
     * @throws IllegalArgumentException if the bits are not within the fields
     */
    public NxActionRegMove {
        if (srcOfs > 0xffff || dstOfs > 0xffff || nbits > 0xffff) {
            throw new IllegalArgumentException("offsets and n_bits are 16-bit values");
        }
        if (!src.contains(srcOfs, nbits) || !dst.contains(dstOfs, nbits)) {
            throw new IllegalArgumentException("bits [" + srcOfs + ", +" + nbits + ") of " + src + " or ["
                + dstOfs + ", +" + nbits + ") of " + dst + " are not within the field");
        }
    }
}
