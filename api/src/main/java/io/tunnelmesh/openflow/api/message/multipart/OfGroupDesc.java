/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfUnsigned;
import java.util.List;

/**
 * One group of an {@link OfGroupDescReply} (OpenFlow 1.3.5 section 7.3.5.10, {@code ofp_group_desc}): 8 bytes, then
 * the buckets; {@code length} counts them all.
 * <pre>
 *   | length (16) | type (8) | pad (8) | group_id (32) | ofp_bucket ... |
 * </pre>
 *
 * @param groupType the {@code ofp_group_type}: 0 {@code ALL}, 1 {@code SELECT}, 2 {@code INDIRECT}, 3
 *     {@code FF}
 * @param groupId the group
 * @param buckets the buckets
 */
public record OfGroupDesc(int groupType, int groupId, List<OfGroupDescBucket> buckets) {
    /** {@code OFPGT_ALL}: every bucket is executed. */
    public static final int TYPE_ALL = 0;
    /** {@code OFPGT_SELECT}: one bucket is executed. */
    public static final int TYPE_SELECT = 1;
    /** {@code OFPGT_INDIRECT}: the single bucket is executed. */
    public static final int TYPE_INDIRECT = 2;
    /** {@code OFPGT_FF}: the first live bucket is executed. */
    public static final int TYPE_FAST_FAILOVER = 3;

    /**
     * Checks the type and copies the buckets.
     *
     * @throws IllegalArgumentException if the type does not fit 8 bits
     */
    public OfGroupDesc {
        OfUnsigned.check("type", groupType, 8);
        buckets = List.copyOf(buckets);
    }
}
