/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/**
 * Accepts OpenFlow switches on a configured address and transport ({@link SwitchConnectionConfig}), or dials switches
 * that listen themselves (controller-initiated, like Open vSwitch's {@code ptcp:6653}); either way each connection
 * gets the same pipeline and is offered to the {@link SwitchConnectionHandler}.
 */
public interface SwitchConnectionProvider {
    /**
     * Starts listening.
     *
     * @return the bound address (with the real port when the configured one is 0), or the failure to bind
     */
    CompletableFuture<InetSocketAddress> start();

    /**
     * Dials a switch that listens for controllers. The handler is asked to accept it like any other switch.
     *
     * @param switchAddress the switch's address
     * @return the connection, once the TCP (or TLS) connection is established; the handshake follows
     */
    CompletableFuture<OfConnection> connect(InetSocketAddress switchAddress);

    /**
     * Stops listening, closes every connection and ends every thread of this provider.
     *
     * @return a future completed when all threads are gone
     */
    CompletableFuture<Void> stop();

    /**
     * The counters of all connections of this provider.
     *
     * @return a snapshot
     */
    OfCounterSnapshot counters();
}
