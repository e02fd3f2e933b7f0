/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.Map;

/**
 * What the planner knows of one node from its OVSDB and OpenFlow sessions.
 *
 * @param node the node's name
 * @param connected whether the node's integration bridge is connected and its capabilities are known; a node that is
 *                  not gets no flows and holds its networks in {@code pending}
 * @param cannotCarry the encapsulations the node cannot carry, each with the reason (an OVS without STT, a userspace
 *                    datapath that lists {@code stt} but cannot carry it, an interface type missing from
 *                    {@code iface_types})
 * @param tunnelPorts the ofport of the node's flow-based tunnel port per encapsulation, once OVS assigned one
 * @param ofports the ofport of each interface on the integration bridge, by interface name, once OVS assigned one
 */
public record NodeState(String node, boolean connected, Map<Encapsulation, String> cannotCarry,
        Map<Encapsulation, Integer> tunnelPorts, Map<String, Integer> ofports) {
    public NodeState {
        requireNonNull(node);
        cannotCarry = Map.copyOf(cannotCarry);
        tunnelPorts = Map.copyOf(tunnelPorts);
        ofports = Map.copyOf(ofports);
    }

    /**
     * A node whose sessions are not up yet.
     *
     * @param node the node's name
     * @return its state
     */
    public static NodeState unknown(final String node) {
        return new NodeState(node, false, Map.of(), Map.of(), Map.of());
    }
}
