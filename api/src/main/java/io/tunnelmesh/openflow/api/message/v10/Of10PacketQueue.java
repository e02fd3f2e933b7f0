/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import java.util.List;

/**
 * A queue of a port (OpenFlow 1.0.0 section 5.2.2, {@code ofp_packet_queue}), as a queue-get-config reply lists
 * it. 1.0 has no port number in the queue itself (1.3 added one).
 * <pre>
 *   +-------------------+---------------+----------+----------------------------------+
 *   | queue_id (32)     | len (16)      | pad (16) | properties, 0..n                 |
 *   +-------------------+---------------+----------+----------------------------------+
 * </pre>
 *
 * @param queueId the queue id
 * @param properties its properties
 */
public record Of10PacketQueue(int queueId, List<Of10QueueProperty> properties) {
    /** Size of the queue without properties. */
    public static final int HEADER_LENGTH = 8;

    /**
     * Copies the properties.
     */
    public Of10PacketQueue {
        properties = List.copyOf(properties);
    }
}
