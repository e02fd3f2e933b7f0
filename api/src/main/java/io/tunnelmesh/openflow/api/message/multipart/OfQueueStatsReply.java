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
 * The {@code OFPMP_QUEUE} reply (OpenFlow 1.3.5 section 7.3.5.8): an array of {@code ofp_queue_stats}, one per queue
 * asked for (40 bytes each).
 * <pre>
 *   | ofp_queue_stats | ofp_queue_stats | ... |
 * </pre>
 *
 * @param queues the entries, in wire order
 */
public record OfQueueStatsReply(List<OfQueueStats> queues) implements OfMultipartReplyBody {
    /**
     * Copies the entries.
     */
    public OfQueueStatsReply {
        queues = List.copyOf(queues);
    }

    /**
     * A reply of the given entries.
     *
     * @param queues the entries
     * @return the reply
     */
    public static OfQueueStatsReply of(final OfQueueStats... queues) {
        return new OfQueueStatsReply(List.of(queues));
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.QUEUE;
    }
}
