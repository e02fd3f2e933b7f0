/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.action.OfActionExtension;

/**
 * {@code NXAST_OUTPUT_REG2} (Nicira subtype 32, 24 bytes; {@code output:src[ofs..end]} in {@code ovs-actions(7)}):
 * output to the
 * OpenFlow port number held in bits {@code [ofs, ofs + nbits)} of a field.
 * <pre>
 *   | 0xffff (16) | len = 24 (16) | 0x00002320 (32) | subtype = 32 (16) |
 *     | ofs_nbits (16) | max_len (16) | src header (32 or 64) | zero pad to 24 bytes |
 * </pre>
 * Open vSwitch emits it for fields without an NXM header (experimenter OXMs such as the NSH fields) and answers
 * {@code NXBRC_MUST_BE_ZERO} (the codec too) for nonzero padding.
 *
 * @param src the field holding the port
 * @param ofs the first bit, 0 to 1023
 * @param nbits how many bits, 1 to 64
 * @param maxLength for the controller port, bytes of the packet to send
 */
public record NxActionOutputReg2(NxFieldRef src, int ofs, int nbits, int maxLength) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 32;

    /**
     * Checks the subfield and the length.
     *
     * @throws IllegalArgumentException if a value does not fit
     */
    public NxActionOutputReg2 {
        NxSubfields.check("src", src, ofs, nbits, 64);
        OfUnsigned.check("max_len", maxLength, 16);
    }
}
