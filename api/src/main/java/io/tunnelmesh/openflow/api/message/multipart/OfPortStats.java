/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * One port of an {@link OfPortStatsReply} (OpenFlow 1.3.5 section 7.3.5.6, {@code ofp_port_stats}, 112 bytes). Every
 * counter is unsigned; a switch that does not keep one sends all ones.
 * <pre>
 *   +--------------+----------+------------------------------------------------------------+
 *   | port_no (32) | pad (32) | rx_packets, tx_packets, rx_bytes, tx_bytes (4 x 64)        |
 *   +--------------+----------+------------------------------------------------------------+
 *   | rx_dropped, tx_dropped, rx_errors, tx_errors (4 x 64)                                |
 *   +--------------------------------------------------------------------------------------+
 *   | rx_frame_err, rx_over_err, rx_crc_err, collisions (4 x 64)                           |
 *   +-------------------+------------------------------------------------------------------+
 *   | duration_sec (32) | duration_nsec (32)                                               |
 *   +-------------------+------------------------------------------------------------------+
 * </pre>
 *
 * @param portNo the port
 * @param rxPackets packets received
 * @param txPackets packets sent
 * @param rxBytes bytes received
 * @param txBytes bytes sent
 * @param rxDropped packets dropped on receive
 * @param txDropped packets dropped on send
 * @param rxErrors receive errors
 * @param txErrors send errors
 * @param rxFrameErr frame alignment errors
 * @param rxOverErr packets with receive overrun
 * @param rxCrcErr CRC errors
 * @param collisions collisions
 * @param durationSec seconds the port has been alive
 * @param durationNsec nanoseconds beyond {@code durationSec}
 */
public record OfPortStats(int portNo, long rxPackets, long txPackets, long rxBytes, long txBytes, long rxDropped,
        long txDropped, long rxErrors, long txErrors, long rxFrameErr, long rxOverErr, long rxCrcErr, long collisions,
        int durationSec, int durationNsec) {
    /** A counter the switch does not keep: all ones. */
    public static final long UNAVAILABLE = -1L;
}
