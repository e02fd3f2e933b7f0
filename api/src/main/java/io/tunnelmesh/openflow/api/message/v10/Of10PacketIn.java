/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.message.Of10Message;

/**
 * {@code OFPT_PACKET_IN} of OpenFlow 1.0 (type 10, OpenFlow 1.0.0 section 5.4.1, {@code ofp_packet_in}): a packet
 * the switch sends to the controller. 1.0 names the input port directly, where 1.3 carries a match.
 * <pre>
 *   +----------------------+-------------------+---------------+---------------+------------+-------+
 *   | ofp_header (8 bytes) | buffer_id (32)    | total_len (16)| in_port (16)  | reason (8) | pad(8)|
 *   +----------------------+-------------------+---------------+---------------+------------+-------+
 *   | the packet, or its first miss_send_len bytes                                                  |
 *   +-----------------------------------------------------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param bufferId where the switch buffered the packet, or {@link #NO_BUFFER}
 * @param totalLength the full length of the packet
 * @param inPort the port the packet arrived on
 * @param reason {@link #REASON_NO_MATCH} or {@link #REASON_ACTION}
 * @param data the packet, possibly truncated
 */
public record Of10PacketIn(int xid, int bufferId, int totalLength, int inPort, int reason, OfBytes data)
        implements Of10Message {
    /** Header and fixed fields, without packet data (the struct's size less its trailing padding). */
    public static final int MIN_LENGTH = 18;
    /** {@code buffer_id} of an unbuffered packet: -1. */
    public static final int NO_BUFFER = 0xffffffff;
    /** {@code OFPR_NO_MATCH}: no flow matched. */
    public static final int REASON_NO_MATCH = 0;
    /** {@code OFPR_ACTION}: an output-to-controller action. */
    public static final int REASON_ACTION = 1;

    /**
     * Checks the narrow fields fit their widths.
     *
     * @throws IllegalArgumentException if one does not
     */
    public Of10PacketIn {
        OfUnsigned.check("total_len", totalLength, 16);
        OfUnsigned.check("in_port", inPort, 16);
        OfUnsigned.check("reason", reason, 8);
    }
}
