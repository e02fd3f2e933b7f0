/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * One table of an OpenFlow 1.0 table stats reply (OpenFlow 1.0.0 section 5.3.5, {@code ofp_table_stats}, 64
 * bytes).
 * <pre>
 *   +--------------+----------+------------------------------------------------------+
 *   | table_id (8) | pad (24) | name (32 bytes, NUL-terminated)                      |
 *   +--------------+----------+-----------------+-------------------+----------------+
 *   | wildcards (32)          | max_entries (32)| active_count (32) |                |
 *   +-------------------------+-----------------+-------------------+----------------+
 *   | lookup_count (64)                         | matched_count (64)                 |
 *   +-------------------------------------------+------------------------------------+
 * </pre>
 *
 * @param tableId the table
 * @param name its name
 * @param wildcards the {@code OFPFW_*} wildcards the table supports
 * @param maxEntries how many flows it can hold
 * @param activeCount how many it holds
 * @param lookupCount packets looked up in it
 * @param matchedCount packets that hit it
 */
public record Of10TableStats(int tableId, String name, int wildcards, int maxEntries, int activeCount,
        long lookupCount, long matchedCount) {
    /** Size of an entry. */
    public static final int LENGTH = 64;
    /** {@code OFP_MAX_TABLE_NAME_LEN}. */
    public static final int NAME_LENGTH = 32;

    /**
     * Checks the table id and the name.
     *
     * @throws IllegalArgumentException if the id does not fit in 8 bits or the name does not fit its field
     */
    public Of10TableStats {
        OfUnsigned.check("table_id", tableId, 8);
        Of10StatsReplyBody.checkString("name", name, NAME_LENGTH);
    }
}
