/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The {@code OFPMP_GROUP} request (OpenFlow 1.3.5 section 7.3.5.9, {@code ofp_group_stats_request}): asks for the
 * counters of one group or of every group.
 * <pre>
 *   | group_id (32) | pad (32) |
 * </pre>
 *
 * @param groupId the group, or {@value #ALL} ({@code OFPG_ALL}) for every group
 */
public record OfGroupStatsRequest(int groupId) implements OfMultipartRequestBody {
    /** {@code OFPG_ALL}: every group. */
    public static final int ALL = 0xfffffffc;

    @Override
    public OfMultipartType type() {
        return OfMultipartType.GROUP;
    }
}
