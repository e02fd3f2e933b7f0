/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * The body shared by {@code OFPT_GET_CONFIG_REPLY} and {@code OFPT_SET_CONFIG} (OpenFlow 1.3.5 section 7.3.2,
 * {@code ofp_switch_config}, 12 bytes with the header).
 * <pre>
 *   +----------------------+-------------------+-----------------------+
 *   | ofp_header (8 bytes) | flags (16)        | miss_send_len (16)    |
 *   +----------------------+-------------------+-----------------------+
 * </pre>
 *
 * @param flags the {@code ofp_config_flags}: fragment handling in the low two bits
 * @param missSendLength bytes of a table-miss packet to send to the controller; 0xffff ({@code OFPCML_NO_BUFFER})
 *     sends the whole packet unbuffered
 */
public record OfSwitchConfig(int flags, int missSendLength) {
    /** {@code OFPC_FRAG_NORMAL}: no special handling of IP fragments. */
    public static final int FRAG_NORMAL = 0;
    /** {@code OFPC_FRAG_DROP}: drop IP fragments. */
    public static final int FRAG_DROP = 1;
    /** {@code OFPC_FRAG_REASM}: reassemble IP fragments. */
    public static final int FRAG_REASM = 2;
    /** {@code OFPCML_NO_BUFFER}: send the whole packet, do not buffer it. */
    public static final int NO_BUFFER = 0xffff;

    /**
     * Checks both fields fit in 16 bits.
     *
     * @throws IllegalArgumentException if one does not
     */
    public OfSwitchConfig {
        OfUnsigned.check("flags", flags, 16);
        OfUnsigned.check("miss_send_len", missSendLength, 16);
    }
}
