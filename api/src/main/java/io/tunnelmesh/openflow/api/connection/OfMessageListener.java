/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

import io.tunnelmesh.openflow.api.message.OfMessage;

/**
 * Receives the messages a switch sends on its own (OpenFlow 1.3.5 section 6.1.2, asynchronous messages:
 * {@code PACKET_IN}, {@code FLOW_REMOVED}, {@code PORT_STATUS}) and any other message that answers no pending
 * request. Called on the connection's event loop: must not block.
 */
@FunctionalInterface
public interface OfMessageListener {
    /**
     * A message arrived.
     *
     * @param connection the connection it arrived on
     * @param message the message
     */
    void onMessage(OfConnection connection, OfMessage message);
}
