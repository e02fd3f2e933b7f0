/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import java.util.List;
import java.util.Objects;

/**
 * One group of an {@link OfGroupDescReply} (OpenFlow 1.3.5 section 7.3.5.10, {@code ofp_group_desc}): 8 bytes, then
 * the buckets, the same {@link OfBucket}s as a group mod carries; {@code length} counts them all.
 * <pre>
 *   | length (16) | type (8) | pad (8) | group_id (32) | ofp_bucket ... |
 * </pre>
 *
 * @param groupType the group type
 * @param groupId the group
 * @param buckets the buckets
 */
public record OfGroupDesc(OfGroupType groupType, int groupId, List<OfBucket> buckets) {
    /**
     * Copies the buckets.
     */
    public OfGroupDesc {
        Objects.requireNonNull(groupType);
        buckets = List.copyOf(buckets);
    }
}
