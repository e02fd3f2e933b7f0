/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.session;

/**
 * Told when a node that dialled the {@link OvsdbManagerPort} has been identified, and when its connection is lost.
 * Calls come on the connection's event loop and must not block.
 */
public interface OvsdbNodeListener {
    /**
     * A node connected and identified itself.
     *
     * @param nodeId its {@code external_ids:system-id}, or {@code external_ids:hostname} if it has none
     * @param connection the connection
     */
    void nodeConnected(String nodeId, OvsdbSessionConnection connection);

    /**
     * An identified node's connection was lost; the node dials again by itself.
     *
     * @param nodeId the node
     * @param connection the connection that was lost
     */
    void nodeDisconnected(String nodeId, OvsdbSessionConnection connection);
}
