/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A port of a network as declared.
 *
 * @param name the port's name
 * @param node the name of the node hosting it
 * @param iface the OVS Interface name on the node's integration bridge
 * @param macAddress the port's MAC address, as written
 * @param ipAddresses the port's IP addresses
 */
public record PortIntent(String name, String node, String iface, String macAddress, List<String> ipAddresses) {
    public PortIntent {
        requireNonNull(name);
        requireNonNull(node);
        requireNonNull(iface);
        requireNonNull(macAddress);
        ipAddresses = List.copyOf(ipAddresses);
    }
}
