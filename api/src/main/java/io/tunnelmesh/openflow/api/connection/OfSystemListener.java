/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

/**
 * Receives the life-cycle events of a connection. Called on the connection's event loop: must not block. Each
 * method has an empty default, so a listener implements only what it cares about.
 */
public interface OfSystemListener {
    /**
     * The version is negotiated (OpenFlow 1.3.5 section 6.3.1) and the features are known (section 7.3.1): the
     * connection is ready.
     *
     * @param connection the connection
     */
    default void onHandshakeDone(final OfConnection connection) {
        // nothing by default
    }

    /**
     * Nothing was read for the configured idle time; an {@code ECHO_REQUEST} is on its way (section 6.3.2).
     *
     * @param connection the connection
     */
    default void onIdle(final OfConnection connection) {
        // nothing by default
    }

    /**
     * The connection is closed; called exactly once per connection.
     *
     * @param connection the connection
     * @param reason why
     */
    default void onDisconnected(final OfConnection connection, final OfDisconnectReason reason) {
        // nothing by default
    }
}
