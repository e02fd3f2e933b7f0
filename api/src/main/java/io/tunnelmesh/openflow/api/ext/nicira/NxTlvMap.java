/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * One entry of a Nicira TLV table ({@code struct nx_tlv_map}): maps a Geneve option, named by its class, type and
 * length (RFC 8926 section 3.5), to the match field {@code tun_metadata<index>}.
 * <pre>
 *   | option_class 16 | option_type 8 | option_len 8 | index 16 | pad 16 |
 * </pre>
 * Only the widths are checked here; Open vSwitch refuses a length that is not a multiple of 4 or exceeds 124 with
 * {@code NXTTMFC_BAD_OPT_LEN} and an index past its table with {@code NXTTMFC_BAD_FIELD_IDX}, both its decisions.
 *
 * @param optionClass the Geneve option class, 16 bits
 * @param optionType the Geneve option type, 8 bits
 * @param optionLength the option's data length in bytes, 8 bits (a multiple of 4, at most 124)
 * @param index the {@code tun_metadata} field number, 16 bits (0 to 63 in Open vSwitch)
 */
public record NxTlvMap(int optionClass, int optionType, int optionLength, int index) {
    /** Length of an entry on the wire. */
    public static final int LENGTH = 8;

    /**
     * Checks the widths.
     *
     * @throws IllegalArgumentException if a value does not fit its field
     */
    public NxTlvMap {
        OfUnsigned.check("option_class", optionClass, 16);
        OfUnsigned.check("option_type", optionType, 8);
        OfUnsigned.check("option_len", optionLength, 8);
        OfUnsigned.check("index", index, 16);
    }
}
