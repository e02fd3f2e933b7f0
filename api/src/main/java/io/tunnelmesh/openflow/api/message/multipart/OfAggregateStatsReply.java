/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The {@code OFPMP_AGGREGATE} reply (OpenFlow 1.3.5 section 7.3.5.3, {@code ofp_aggregate_stats_reply}, 24 bytes):
 * counters summed over the flows the request selected.
 * <pre>
 *   | packet_count (64) | byte_count (64) | flow_count (32) | pad (32) |
 * </pre>
 *
 * @param packetCount packets, unsigned
 * @param byteCount bytes, unsigned
 * @param flowCount flows, unsigned
 */
public record OfAggregateStatsReply(long packetCount, long byteCount, int flowCount) implements OfMultipartReplyBody {
    @Override
    public OfMultipartType type() {
        return OfMultipartType.AGGREGATE;
    }
}
