/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import java.util.List;

/**
 * A queue of a port (OpenFlow 1.3.5 section 7.2.2, {@code ofp_packet_queue}), as a queue-get-config reply lists it.
 * <pre>
 *   +---------------+-----------+----------+----------+-------------------------------+
 *   | queue_id (32) | port (32) | len (16) | pad (48) | properties, up to len         |
 *   +---------------+-----------+----------+----------+-------------------------------+
 * </pre>
 *
 * @param queueId the queue
 * @param port the port the queue is attached to
 * @param properties the properties
 */
public record OfPacketQueue(int queueId, int port, List<OfQueueProperty> properties) {
    /**
     * Copies the properties.
     */
    public OfPacketQueue {
        properties = List.copyOf(properties);
    }
}
