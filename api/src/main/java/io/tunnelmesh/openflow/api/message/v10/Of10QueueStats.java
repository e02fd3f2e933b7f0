/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * One queue of an OpenFlow 1.0 queue stats reply (OpenFlow 1.0.0 section 5.3.5, {@code ofp_queue_stats}, 32
 * bytes).
 * <pre>
 *   +---------------+----------+-------------------+-------------------+
 *   | port_no (16)  | pad (16) | queue_id (32)     | tx_bytes (64)     |
 *   +---------------+----------+-------------------+-------------------+
 *   | tx_packets (64)                              | tx_errors (64)    |
 *   +----------------------------------------------+-------------------+
 * </pre>
 *
 * @param portNo the port
 * @param queueId the queue
 * @param txBytes bytes sent through it
 * @param txPackets packets sent through it
 * @param txErrors packets dropped for overruns
 */
public record Of10QueueStats(int portNo, int queueId, long txBytes, long txPackets, long txErrors) {
    /** Size of an entry. */
    public static final int LENGTH = 32;

    /**
     * Checks the port number fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public Of10QueueStats {
        OfUnsigned.check("port_no", portNo, 16);
    }
}
