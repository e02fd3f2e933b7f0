/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfVersion;

/**
 * {@code OFPT_QUEUE_GET_CONFIG_REQUEST} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.6,
 * {@code ofp_queue_get_config_request}): ask for the queues of a port, or of every port.
 * <pre>
 *   | ofp_header (8 bytes) | port (32) | pad (32) |
 * </pre>
 *
 * @param xid the transaction id
 * @param port the port, or {@link #ANY_PORT} for every port
 */
public record OfQueueGetConfigRequest(int xid, int port) implements OfMessage {
    /** {@code OFPP_ANY}: every port. */
    public static final int ANY_PORT = 0xffffffff;

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
