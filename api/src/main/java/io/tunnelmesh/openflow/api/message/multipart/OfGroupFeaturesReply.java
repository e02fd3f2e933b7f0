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
 * The {@code OFPMP_GROUP_FEATURES} reply (OpenFlow 1.3.5 section 7.3.5.11, {@code ofp_group_features}, 40 bytes):
 * the group types and capabilities the switch supports, and per group type ({@code ALL}, {@code SELECT},
 * {@code INDIRECT}, {@code FF}, in that order) the most groups and the actions it supports.
 * <pre>
 *   | types (32) | capabilities (32) | max_groups (4 x 32) | actions (4 x 32) |
 * </pre>
 *
 * @param types bitmap of {@code 1 << ofp_group_type} supported
 * @param capabilities bitmap of {@code ofp_group_capabilities}: {@code SELECT_WEIGHT} 1, {@code SELECT_LIVENESS} 2,
 *     {@code CHAINING} 4, {@code CHAINING_CHECKS} 8
 * @param maxGroups the most groups of each type, unsigned, four values
 * @param actions bitmaps of {@code 1 << ofp_action_type} supported by each type, four values
 */
public record OfGroupFeaturesReply(int types, int capabilities, List<Integer> maxGroups, List<Integer> actions)
        implements OfMultipartReplyBody {
    /** Number of group types the per-type arrays cover. */
    public static final int GROUP_TYPES = 4;

    /**
     * Checks the per-type lists have four values each, and copies them.
     *
     * @throws IllegalArgumentException if one does not
     */
    public OfGroupFeaturesReply {
        maxGroups = List.copyOf(maxGroups);
        actions = List.copyOf(actions);
        if (maxGroups.size() != GROUP_TYPES || actions.size() != GROUP_TYPES) {
            throw new IllegalArgumentException("max_groups and actions need " + GROUP_TYPES + " values each: "
                + maxGroups + ", " + actions);
        }
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.GROUP_FEATURES;
    }
}
