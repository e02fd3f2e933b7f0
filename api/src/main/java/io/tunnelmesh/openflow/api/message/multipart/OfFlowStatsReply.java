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
 * The {@code OFPMP_FLOW} reply (OpenFlow 1.3.5 section 7.3.5.2): an array of {@code ofp_flow_stats}, one per flow entry
 * selected (each with its own length).
 * <pre>
 *   | ofp_flow_stats | ofp_flow_stats | ... |
 * </pre>
 *
 * @param flows the entries, in wire order
 */
public record OfFlowStatsReply(List<OfFlowStats> flows) implements OfMultipartReplyBody {
    /**
     * Copies the entries.
     */
    public OfFlowStatsReply {
        flows = List.copyOf(flows);
    }

    /**
     * A reply of the given entries.
     *
     * @param flows the entries
     * @return the reply
     */
    public static OfFlowStatsReply of(final OfFlowStats... flows) {
        return new OfFlowStatsReply(List.of(flows));
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.FLOW;
    }
}
