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
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestBody;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeaturesRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsRequest;

/**
 * {@code OFPT_MULTIPART_REQUEST} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.5, {@code ofp_multipart_request}): a
 * request for statistics or state, its type given by its body. The factories build the common requests, for example
 * {@code OfMultipartRequest.flowStats(xid, 10, cookie, mask, OfMatch.ALL)} or {@code OfMultipartRequest.portDesc(xid)}.
 * <pre>
 *   +----------------------+-----------+------------+----------+---------------------------------+
 *   | ofp_header (8 bytes) | type (16) | flags (16) | pad (32) | body, as the type defines it    |
 *   +----------------------+-----------+------------+----------+---------------------------------+
 * </pre>
 *
 * @param xid the transaction id, which every part of the reply carries
 * @param flags the {@code ofp_multipart_request_flags}: {@link #REQ_MORE} when more requests of the same xid follow
 *     (only a table features request is ever split)
 * @param body the body, which also gives the multipart type
 */
public record OfMultipartRequest(int xid, int flags, OfMultipartRequestBody body) implements OfMessage {
    /** {@code OFPMPF_REQ_MORE}: more requests follow. */
    public static final int REQ_MORE = 1;

    /**
     * Checks the flags.
     *
     * @throws IllegalArgumentException if they do not fit 16 bits
     */
    public OfMultipartRequest {
        OfUnsigned.check("flags", flags, 16);
    }

    /**
     * A single request (no {@code REQ_MORE}) with a body.
     *
     * @param xid the transaction id
     * @param body the body
     * @return the request
     */
    public static OfMultipartRequest of(final int xid, final OfMultipartRequestBody body) {
        return new OfMultipartRequest(xid, 0, body);
    }

    /**
     * {@code OFPMP_DESC}: the switch description.
     *
     * @param xid the transaction id
     * @return the request
     */
    public static OfMultipartRequest desc(final int xid) {
        return of(xid, OfDescRequest.INSTANCE);
    }

    /**
     * {@code OFPMP_FLOW}: the flows of a table (or {@code 0xff} for all) whose cookie and match fit, with no out
     * port or group restriction.
     *
     * @param xid the transaction id
     * @param tableId the table, or {@link OfFlowStatsRequest#ALL_TABLES}
     * @param cookie the cookie to match under {@code cookieMask}
     * @param cookieMask the cookie bits that must match, 0 for any
     * @param match the match the flows must be covered by
     * @return the request
     */
    public static OfMultipartRequest flowStats(final int xid, final int tableId, final long cookie,
            final long cookieMask, final OfMatch match) {
        return of(xid, new OfFlowStatsRequest(tableId, OfFlowStatsRequest.ANY, OfFlowStatsRequest.ANY, cookie,
            cookieMask, match));
    }

    /**
     * {@code OFPMP_AGGREGATE}: counters summed over the flows of a table (or {@code 0xff} for all) whose cookie and
     * match fit.
     *
     * @param xid the transaction id
     * @param tableId the table, or {@link OfAggregateStatsRequest#ALL_TABLES}
     * @param cookie the cookie to match under {@code cookieMask}
     * @param cookieMask the cookie bits that must match, 0 for any
     * @param match the match the flows must be covered by
     * @return the request
     */
    public static OfMultipartRequest aggregateStats(final int xid, final int tableId, final long cookie,
            final long cookieMask, final OfMatch match) {
        return of(xid, new OfAggregateStatsRequest(tableId, OfAggregateStatsRequest.ANY, OfAggregateStatsRequest.ANY,
            cookie, cookieMask, match));
    }

    /**
     * {@code OFPMP_TABLE}: every table's counters.
     *
     * @param xid the transaction id
     * @return the request
     */
    public static OfMultipartRequest tableStats(final int xid) {
        return of(xid, OfTableStatsRequest.INSTANCE);
    }

    /**
     * {@code OFPMP_PORT_STATS}: one port's counters.
     *
     * @param xid the transaction id
     * @param portNo the port, or {@link OfPortStatsRequest#ANY} for every port
     * @return the request
     */
    public static OfMultipartRequest portStats(final int xid, final int portNo) {
        return of(xid, new OfPortStatsRequest(portNo));
    }

    /**
     * {@code OFPMP_QUEUE}: queue counters.
     *
     * @param xid the transaction id
     * @param portNo the port, or {@link OfQueueStatsRequest#ANY_PORT}
     * @param queueId the queue, or {@link OfQueueStatsRequest#ALL_QUEUES}
     * @return the request
     */
    public static OfMultipartRequest queueStats(final int xid, final int portNo, final int queueId) {
        return of(xid, new OfQueueStatsRequest(portNo, queueId));
    }

    /**
     * {@code OFPMP_GROUP}: group counters.
     *
     * @param xid the transaction id
     * @param groupId the group, or {@link OfGroupStatsRequest#ALL}
     * @return the request
     */
    public static OfMultipartRequest groupStats(final int xid, final int groupId) {
        return of(xid, new OfGroupStatsRequest(groupId));
    }

    /**
     * {@code OFPMP_GROUP_DESC}: every group's type and buckets.
     *
     * @param xid the transaction id
     * @return the request
     */
    public static OfMultipartRequest groupDesc(final int xid) {
        return of(xid, OfGroupDescRequest.INSTANCE);
    }

    /**
     * {@code OFPMP_GROUP_FEATURES}: the group capabilities.
     *
     * @param xid the transaction id
     * @return the request
     */
    public static OfMultipartRequest groupFeatures(final int xid) {
        return of(xid, OfGroupFeaturesRequest.INSTANCE);
    }

    /**
     * {@code OFPMP_METER}: meter counters.
     *
     * @param xid the transaction id
     * @param meterId the meter, or {@link OfMeterStatsRequest#ALL}
     * @return the request
     */
    public static OfMultipartRequest meterStats(final int xid, final int meterId) {
        return of(xid, new OfMeterStatsRequest(meterId));
    }

    /**
     * {@code OFPMP_METER_CONFIG}: meter configurations.
     *
     * @param xid the transaction id
     * @param meterId the meter, or {@link OfMeterConfigRequest#ALL}
     * @return the request
     */
    public static OfMultipartRequest meterConfig(final int xid, final int meterId) {
        return of(xid, new OfMeterConfigRequest(meterId));
    }

    /**
     * {@code OFPMP_METER_FEATURES}: the meter capabilities.
     *
     * @param xid the transaction id
     * @return the request
     */
    public static OfMultipartRequest meterFeatures(final int xid) {
        return of(xid, OfMeterFeaturesRequest.INSTANCE);
    }

    /**
     * {@code OFPMP_TABLE_FEATURES} with an empty body: read every table's features.
     *
     * @param xid the transaction id
     * @return the request
     */
    public static OfMultipartRequest tableFeatures(final int xid) {
        return of(xid, OfTableFeaturesRequest.READ);
    }

    /**
     * {@code OFPMP_PORT_DESC}: every port's description.
     *
     * @param xid the transaction id
     * @return the request
     */
    public static OfMultipartRequest portDesc(final int xid) {
        return of(xid, OfPortDescRequest.INSTANCE);
    }

    /**
     * Whether more requests of this xid follow.
     *
     * @return {@code true} when {@link #REQ_MORE} is set
     */
    public boolean more() {
        return (flags & REQ_MORE) != 0;
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
