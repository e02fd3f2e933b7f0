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
 * One port of an OpenFlow 1.0 port stats reply (OpenFlow 1.0.0 section 5.3.5, {@code ofp_port_stats}, 104 bytes):
 * a 16-bit port number, padding, and twelve 64-bit counters; a counter the switch does not keep is all ones.
 * <pre>
 *   +---------------+----------+-------------------+-------------------+
 *   | port_no (16)  | pad (48) | rx_packets (64)   | tx_packets (64)   |
 *   +---------------+----------+-------------------+-------------------+
 *   | rx_bytes, tx_bytes, rx_dropped, tx_dropped, rx_errors,           |
 *   | tx_errors, rx_frame_err, rx_over_err, rx_crc_err, collisions     |
 *   +------------------------------------------------------------------+
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
 * @param rxFrameErrors frame alignment errors
 * @param rxOverErrors receive overruns
 * @param rxCrcErrors CRC errors
 * @param collisions collisions
 */
public record Of10PortStats(int portNo, long rxPackets, long txPackets, long rxBytes, long txBytes, long rxDropped,
        long txDropped, long rxErrors, long txErrors, long rxFrameErrors, long rxOverErrors, long rxCrcErrors,
        long collisions) {
    /** Size of an entry. */
    public static final int LENGTH = 104;

    /**
     * Checks the port number fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public Of10PortStats {
        OfUnsigned.check("port_no", portNo, 16);
    }
}
