/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.node;

import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.tunnel.impl.planner.NodeState;

/**
 * What {@link OverlayNodes} tells the rest of the service. Calls come on the nodes' thread and must not block.
 */
public interface NodeEvents {
    /**
     * What the planner knows of a node changed.
     *
     * @param state the node's state
     */
    void stateChanged(NodeState state);

    /**
     * What the operational state shows of a node changed.
     *
     * @param status the node's status
     */
    void statusChanged(NodeStatus status);

    /**
     * A node is no longer configured: its state and status are gone.
     *
     * @param node the node's name
     */
    void nodeRemoved(String node);

    /**
     * A configured node's integration bridge finished its OpenFlow handshake.
     *
     * @param node the node's name
     * @param connection the connection
     */
    void switchConnected(String node, OfConnection connection);

    /**
     * A configured node's OpenFlow connection closed.
     *
     * @param node the node's name
     * @param connection the connection
     */
    void switchDisconnected(String node, OfConnection connection);
}
