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

/**
 * {@code OFPT_QUEUE_GET_CONFIG_REQUEST} (type 20, 12 bytes, OpenFlow 1.0.0 section 5.3.4,
 * {@code ofp_queue_get_config_request}): ask for the queues of a port.
 * <pre>
 *   +----------------------+---------------+----------+
 *   | ofp_header (8 bytes) | port (16)     | pad (16) |
 *   +----------------------+---------------+----------+
 * </pre>
 *
 * @param xid the transaction id
 * @param port the port, below {@code OFPP_MAX}
 */
public record Of10QueueGetConfigRequest(int xid, int port) implements Of10Message {
    /** Size of the request. */
    public static final int LENGTH = 12;

    /**
     * Checks the port fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public Of10QueueGetConfigRequest {
        OfUnsigned.check("port", port, 16);
    }
}
