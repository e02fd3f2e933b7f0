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
import java.util.List;

/**
 * {@code NXAST_LEARN} (Nicira subtype 16, a multiple of 8 bytes, at least 32; {@code learn(table=..,idle_timeout=..,
 * field=value, dst[]=src[], load:src->dst, output:src)} in {@code ovs-actions(7)}): add or modify a flow built from
 * the packet being processed. A list of {@link NxLearnSpec} follows the fixed part up to the end of the action; a
 * zero 16-bit spec header ends it early and only zero bytes may follow.
 * <pre>
 *   | 0xffff (16) | len (16) | 0x00002320 (32) | subtype = 16 (16) | idle_timeout (16) | hard_timeout (16) |
 *   | priority (16) | cookie (64) | flags (16) | table_id (8) | pad (8) | fin_idle_timeout (16) |
 *   | fin_hard_timeout (16) | flow_mod_specs ... | zero pad to 8 bytes |
 * </pre>
 * Open vSwitch answers {@code OFPBAC_BAD_ARGUMENT} for a nonzero pad, table 255, flags other than
 * {@link #SEND_FLOW_REM} and {@link #DELETE_LEARNED}, an undefined source/destination combination or nonzero bytes
 * after the specs, and {@code OFPBAC_BAD_LEN} for a spec that runs past the end of the action. {@code NXAST_LEARN2}
 * (subtype 45: {@code limit}, {@code result_dst}) is not modelled and stays opaque.
 *
 * @param idleTimeout idle timeout of the learned flow, seconds
 * @param hardTimeout hard timeout of the learned flow, seconds
 * @param priority its priority
 * @param cookie its cookie
 * @param flags {@link #SEND_FLOW_REM}, {@link #DELETE_LEARNED}
 * @param tableId its table, 0 to 254
 * @param finIdleTimeout idle timeout after a TCP FIN or RST, 0 for none
 * @param finHardTimeout hard timeout after a TCP FIN or RST, 0 for none
 * @param specs how to build the flow's match and actions
 */
public record NxActionLearn(int idleTimeout, int hardTimeout, int priority, long cookie, int flags, int tableId,
        int finIdleTimeout, int finHardTimeout, List<NxLearnSpec> specs) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 16;
    /** {@code NX_LEARN_F_SEND_FLOW_REM}: the learned flow has {@code OFPFF_SEND_FLOW_REM}. */
    public static final int SEND_FLOW_REM = 1;
    /** {@code NX_LEARN_F_DELETE_LEARNED}: delete the learned flows when this flow is removed. */
    public static final int DELETE_LEARNED = 2;

    /**
     * Checks the widths, flags and table, and copies the specs.
     *
     * @throws IllegalArgumentException if a value does not fit or is refused by Open vSwitch
     */
    public NxActionLearn {
        OfUnsigned.check("idle_timeout", idleTimeout, 16);
        OfUnsigned.check("hard_timeout", hardTimeout, 16);
        OfUnsigned.check("priority", priority, 16);
        OfUnsigned.check("fin_idle_timeout", finIdleTimeout, 16);
        OfUnsigned.check("fin_hard_timeout", finHardTimeout, 16);
        OfUnsigned.check("table_id", tableId, 8);
        if (tableId == 0xff) {
            throw new IllegalArgumentException("learn table_id 255 is not a table");
        }
        if ((flags & ~(SEND_FLOW_REM | DELETE_LEARNED)) != 0) {
            throw new IllegalArgumentException("unknown learn flags 0x" + Integer.toHexString(flags));
        }
        specs = List.copyOf(specs);
    }
}
