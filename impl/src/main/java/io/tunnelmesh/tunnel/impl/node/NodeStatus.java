/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.node;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What TunnelMesh observes of one node, as its operational state reports it ({@code node/state}).
 *
 * @param node the node's name
 * @param ovsdbConnected whether the OVSDB session is up
 * @param openflowConnected whether the integration bridge's OpenFlow session is up (handshake done)
 * @param datapathId the bridge's {@code datapath_id} as OVS reports it, 16 hexadecimal digits
 * @param ovsVersion {@code Open_vSwitch.ovs_version}
 * @param encapsulations the encapsulations the node can carry, once known
 * @param tunnelPorts TunnelMesh's tunnel ports on the bridge, by encapsulation
 */
public record NodeStatus(String node, boolean ovsdbConnected, boolean openflowConnected, Optional<String> datapathId,
        Optional<String> ovsVersion, Set<Encapsulation> encapsulations, Map<Encapsulation, TunnelPort> tunnelPorts) {
    public NodeStatus {
        requireNonNull(node);
        requireNonNull(datapathId);
        requireNonNull(ovsVersion);
        encapsulations = Set.copyOf(encapsulations);
        tunnelPorts = Map.copyOf(tunnelPorts);
    }

    /**
     * A node with no session up and nothing known.
     *
     * @param node the node's name
     * @return its status
     */
    public static NodeStatus unknown(final String node) {
        return new NodeStatus(node, false, false, Optional.empty(), Optional.empty(), Set.of(), Map.of());
    }

    /**
     * The same status with another OpenFlow connection state.
     *
     * @param connected whether the OpenFlow session is up
     * @return the status
     */
    public NodeStatus withOpenflow(final boolean connected) {
        return new NodeStatus(node, ovsdbConnected, connected, datapathId, ovsVersion, encapsulations, tunnelPorts);
    }

    /**
     * One of TunnelMesh's tunnel ports as OVS reports it.
     *
     * @param name the interface name
     * @param ofport its OpenFlow port number, once assigned
     * @param error {@code Interface.error}, when OVS could not create it
     */
    public record TunnelPort(String name, OptionalLong ofport, Optional<String> error) {
        public TunnelPort {
            requireNonNull(name);
            requireNonNull(ofport);
            requireNonNull(error);
        }
    }
}
