/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * One table of an {@link OfTableStatsReply} (OpenFlow 1.3.5 section 7.3.5.4, {@code ofp_table_stats}, 24 bytes).
 * <pre>
 *   | table_id (8) | pad (24) | active_count (32) | lookup_count (64) | matched_count (64) |
 * </pre>
 *
 * @param tableId the table
 * @param activeCount active entries, unsigned
 * @param lookupCount packets looked up in the table, unsigned
 * @param matchedCount packets that hit an entry of the table, unsigned
 */
public record OfTableStats(int tableId, int activeCount, long lookupCount, long matchedCount) {
    /**
     * Checks the table id.
     *
     * @throws IllegalArgumentException if it does not fit 8 bits
     */
    public OfTableStats {
        OfUnsigned.check("table_id", tableId, 8);
    }
}
