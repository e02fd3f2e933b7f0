/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.message.Of10Message;
import java.util.List;

/**
 * {@code OFPT_QUEUE_GET_CONFIG_REPLY} (type 21, OpenFlow 1.0.0 section 5.3.4, {@code ofp_queue_get_config_reply}):
 * the queues of a port.
 * <pre>
 *   +----------------------+---------------+----------+------------------------------------+
 *   | ofp_header (8 bytes) | port (16)     | pad (48) | ofp_packet_queue, 0..n             |
 *   +----------------------+---------------+----------+------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param port the port
 * @param queues its queues
 */
public record Of10QueueGetConfigReply(int xid, int port, List<Of10PacketQueue> queues) implements Of10Message {
    /** The reply without queues. */
    public static final int MIN_LENGTH = 16;

    /**
     * Checks the port and copies the queues.
     *
     * @throws IllegalArgumentException if the port does not fit in 16 bits
     */
    public Of10QueueGetConfigReply {
        OfUnsigned.check("port", port, 16);
        queues = List.copyOf(queues);
    }
}
