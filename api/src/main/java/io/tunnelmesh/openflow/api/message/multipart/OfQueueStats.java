/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * One queue of an {@link OfQueueStatsReply} (OpenFlow 1.3.5 section 7.3.5.8, {@code ofp_queue_stats}, 40 bytes).
 * <pre>
 *   | port_no (32) | queue_id (32) | tx_bytes (64) | tx_packets (64) | tx_errors (64) |
 *   | duration_sec (32) | duration_nsec (32) |
 * </pre>
 *
 * @param portNo the port the queue belongs to
 * @param queueId the queue
 * @param txBytes bytes sent, unsigned
 * @param txPackets packets sent, unsigned
 * @param txErrors packets dropped for overrun, unsigned
 * @param durationSec seconds the queue has been installed, unsigned
 * @param durationNsec nanoseconds beyond {@code durationSec}, unsigned
 */
public record OfQueueStats(int portNo, int queueId, long txBytes, long txPackets, long txErrors, int durationSec,
        int durationNsec) {
}
