/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The {@code OFPMP_QUEUE} request (OpenFlow 1.3.5 section 7.3.5.8, {@code ofp_queue_stats_request}): asks for the
 * counters of queues.
 * <pre>
 *   | port_no (32) | queue_id (32) |
 * </pre>
 *
 * @param portNo the port, or {@value #ANY_PORT} ({@code OFPP_ANY}) for every port
 * @param queueId the queue, or {@value #ALL_QUEUES} ({@code OFPQ_ALL}) for every queue of the port
 */
public record OfQueueStatsRequest(int portNo, int queueId) implements OfMultipartRequestBody {
    /** {@code OFPP_ANY}: every port. */
    public static final int ANY_PORT = 0xffffffff;
    /** {@code OFPQ_ALL}: every queue. */
    public static final int ALL_QUEUES = 0xffffffff;

    @Override
    public OfMultipartType type() {
        return OfMultipartType.QUEUE;
    }
}
