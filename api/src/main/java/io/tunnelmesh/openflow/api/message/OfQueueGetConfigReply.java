/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfVersion;
import java.util.List;

/**
 * {@code OFPT_QUEUE_GET_CONFIG_REPLY} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.6,
 * {@code ofp_queue_get_config_reply}): the queues of the port asked for.
 * <pre>
 *   +----------------------+-----------+----------+
 *   | ofp_header (8 bytes) | port (32) | pad (32) |
 *   +----------------------+-----------+----------+
 *   | ofp_packet_queue ..., up to the message length |
 *   +-------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id of the request
 * @param port the port asked for
 * @param queues the queues
 */
public record OfQueueGetConfigReply(int xid, int port, List<OfPacketQueue> queues) implements OfMessage {
    /**
     * Copies the queues.
     */
    public OfQueueGetConfigReply {
        queues = List.copyOf(queues);
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
