/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

import java.net.InetSocketAddress;

/**
 * Decides which switches may connect and takes the connections it accepts. Both methods run on the connection's
 * event loop: they must not block.
 */
public interface SwitchConnectionHandler {
    /**
     * Whether a new switch may connect; a refused one is closed at once, before any byte is exchanged.
     *
     * @param remote the switch's address
     * @return true to accept
     */
    boolean accept(InetSocketAddress remote);

    /**
     * A switch was accepted; the handshake has not started yet. Set the connection's listeners here: the system
     * listener then hears {@link OfSystemListener#onHandshakeDone} when the connection is ready.
     *
     * @param connection the connection
     */
    void onSwitchConnected(OfConnection connection);

    /**
     * A handler that accepts every switch and gives each connection the same system listener, which then hears
     * {@link OfSystemListener#onHandshakeDone} once the connection is ready: what test peers, benchmarks and
     * single-purpose controllers need.
     *
     * @param listener the system listener of every connection
     * @return the handler
     */
    static SwitchConnectionHandler acceptingAll(final OfSystemListener listener) {
        return new SwitchConnectionHandler() {
            @Override
            public boolean accept(final InetSocketAddress remote) {
                return true;
            }

            @Override
            public void onSwitchConnected(final OfConnection connection) {
                connection.setSystemListener(listener);
            }
        };
    }
}
