/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.OfVersion;

/**
 * {@code OFPT_TABLE_MOD} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.3, {@code ofp_table_mod}): configure a flow table.
 * OpenFlow 1.3 defines no configuration bits of its own: the two OpenFlow 1.1 table-miss bits
 * ({@code OFPTC_DEPRECATED_MASK}, 3) are deprecated, so {@code ovs-ofctl -O OpenFlow13 mod-table} writes none.
 * <pre>
 *   +----------------------+--------------+----------+-------------+
 *   | ofp_header (8 bytes) | table_id (8) | pad (24) | config (32) |
 *   +----------------------+--------------+----------+-------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param tableId the table, or {@link #ALL_TABLES}
 * @param config the {@code ofp_table_config} bits
 */
public record OfTableMod(int xid, int tableId, int config) implements OfMessage {
    /** {@code OFPTT_ALL}: every table. */
    public static final int ALL_TABLES = 0xff;
    /** {@code OFPTC_DEPRECATED_MASK}: the OpenFlow 1.1 table-miss bits, deprecated in 1.3. */
    public static final int DEPRECATED_MASK = 3;

    /**
     * Checks the table id fits in 8 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfTableMod {
        OfUnsigned.check("table_id", tableId, 8);
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
