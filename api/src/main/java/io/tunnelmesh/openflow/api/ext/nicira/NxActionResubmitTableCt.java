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
 * {@code NXAST_RESUBMIT_TABLE_CT} (Nicira subtype 44, 16 bytes; {@code resubmit(port,table,ct)} in {@code
 * ovs-actions(7)}): like {@code NXAST_RESUBMIT_TABLE}, with the packet's original-direction conntrack tuple in the
 * packet fields (the flow must match a valid conntrack state).
 * <pre>
 *   | 0xffff (16) | len = 16 (16) | 0x00002320 (32) | subtype = 44 (16) | in_port (16) | table (8) | pad (24) |
 * </pre>
 * Open vSwitch answers {@code OFPBAC_BAD_ARGUMENT} when the pad is not zero.
 *
 * @param inPort the 16-bit port number to pretend, {@link NxActionResubmit#IN_PORT} for the packet's own
 * @param table the table, {@link #CURRENT_TABLE} for the current one
 */
public record NxActionResubmitTableCt(int inPort, int table) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 44;
    /** The table number that means the current table. */
    public static final int CURRENT_TABLE = 0xff;

    /**
     * Checks the widths.
     *
     * @throws IllegalArgumentException if a value does not fit
     */
    public NxActionResubmitTableCt {
        OfUnsigned.check("in_port", inPort, 16);
        OfUnsigned.check("table", table, 8);
    }
}
