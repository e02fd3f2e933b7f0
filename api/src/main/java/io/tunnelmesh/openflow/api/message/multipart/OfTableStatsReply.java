/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import java.util.List;

/**
 * The {@code OFPMP_TABLE} reply (OpenFlow 1.3.5 section 7.3.5.4): an array of {@code ofp_table_stats}, one per table
 * (24 bytes each).
 * <pre>
 *   | ofp_table_stats | ofp_table_stats | ... |
 * </pre>
 *
 * @param tables the entries, in wire order
 */
public record OfTableStatsReply(List<OfTableStats> tables) implements OfMultipartReplyBody {
    /**
     * Copies the entries.
     */
    public OfTableStatsReply {
        tables = List.copyOf(tables);
    }

    /**
     * A reply of the given entries.
     *
     * @param tables the entries
     * @return the reply
     */
    public static OfTableStatsReply of(final OfTableStats... tables) {
        return new OfTableStatsReply(List.of(tables));
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.TABLE;
    }
}
