/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.match.OfMatch;

/**
 * The {@code OFPMP_AGGREGATE} request (OpenFlow 1.3.5 section 7.3.5.3, {@code ofp_aggregate_stats_request}): asks
 * for the packet, byte and flow counts summed over the flow entries the filters select; the reply is an
 * {@link OfAggregateStatsReply}.
 * <pre>
 *   +--------------+---------+-------------------+-------------------+-----------+
 *   | table_id (8) | pad (24)| out_port (32)     | out_group (32)    | pad (32)  |
 *   +--------------+---------+-------------------+-------------------+-----------+
 *   | cookie (64)                     | cookie_mask (64)                         |
 *   +---------------------------------+------------------------------------------+
 *   | ofp_match, padded to 8 bytes                                               |
 *   +----------------------------------------------------------------------------+
 * </pre>
 *
 * @param tableId the table to read, or {@value #ALL_TABLES} ({@code OFPTT_ALL}) for every table
 * @param outPort only flows that output to this port; {@value #ANY} ({@code OFPP_ANY}) for no restriction
 * @param outGroup only flows that output to this group; {@value #ANY} ({@code OFPG_ANY}) for no restriction
 * @param cookie only flows whose cookie, under {@code cookieMask}, equals this
 * @param cookieMask the cookie bits that must match; 0 for no restriction
 * @param match only flows this match covers; {@link OfMatch#ALL} for no restriction
 */
public record OfAggregateStatsRequest(int tableId, int outPort, int outGroup, long cookie, long cookieMask,
        OfMatch match)
        implements OfMultipartRequestBody {
    /** {@code OFPTT_ALL}: every table. */
    public static final int ALL_TABLES = 0xff;
    /** {@code OFPP_ANY} and {@code OFPG_ANY}: no restriction. */
    public static final int ANY = 0xffffffff;

    /**
     * Checks the table id.
     *
     * @throws IllegalArgumentException if it does not fit 8 bits
     */
    public OfAggregateStatsRequest {
        OfUnsigned.check("table_id", tableId, 8);
    }

    /**
     * Every flow of every table.
     *
     * @return the request
     */
    public static OfAggregateStatsRequest all() {
        return new OfAggregateStatsRequest(ALL_TABLES, ANY, ANY, 0, 0, OfMatch.ALL);
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.AGGREGATE;
    }
}
