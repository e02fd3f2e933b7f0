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
 * One group of an {@link OfGroupStatsReply} (OpenFlow 1.3.5 section 7.3.5.9, {@code ofp_group_stats}): 40 bytes of
 * counters, then one {@link OfBucketCounter} per bucket; {@code length} counts them all.
 * <pre>
 *   +-------------+----------+---------------+----------------+----------+
 *   | length (16) | pad (16) | group_id (32) | ref_count (32) | pad (32) |
 *   +-------------+----------+---------------+----------------+----------+
 *   | packet_count (64)          | byte_count (64)                       |
 *   +----------------------------+---------------------------------------+
 *   | duration_sec (32) | duration_nsec (32) | ofp_bucket_counter ...    |
 *   +-------------------+--------------------+---------------------------+
 * </pre>
 *
 * @param groupId the group
 * @param refCount flows and groups that forward to this group, unsigned
 * @param packetCount packets the group processed, unsigned
 * @param byteCount bytes the group processed, unsigned
 * @param durationSec seconds the group has been installed, unsigned
 * @param durationNsec nanoseconds beyond {@code durationSec}, unsigned
 * @param buckets the bucket counters, in bucket order
 */
public record OfGroupStats(int groupId, int refCount, long packetCount, long byteCount, int durationSec,
        int durationNsec, List<OfBucketCounter> buckets) {
    /**
     * Copies the bucket counters.
     */
    public OfGroupStats {
        buckets = List.copyOf(buckets);
    }
}
