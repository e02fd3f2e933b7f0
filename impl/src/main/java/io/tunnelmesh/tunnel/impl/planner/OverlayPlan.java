/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The planner's answer: the flows and tunnel ports of every connected node, and the status of every network and port.
 *
 * @param nodes the plan of each connected node, by name
 * @param networks the status of each network, by name
 * @param ports the status of each port
 */
public record OverlayPlan(Map<String, NodePlan> nodes, Map<String, ElementStatus> networks,
        Map<PortRef, ElementStatus> ports) {
    public OverlayPlan {
        nodes = Map.copyOf(nodes);
        networks = Map.copyOf(networks);
        ports = Map.copyOf(ports);
    }

    /**
     * A port, by its network and its name (a port's key is within its network).
     *
     * @param network the network's name
     * @param port the port's name
     */
    public record PortRef(String network, String port) {
        public PortRef {
            requireNonNull(network);
            requireNonNull(port);
        }
    }
}
