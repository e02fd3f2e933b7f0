/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.node;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;

/**
 * What a node's OVSDB reports that decides what the node can carry.
 *
 * @param ovsVersion {@code Open_vSwitch.ovs_version}, e.g. {@code 3.1.0}; empty when not reported
 * @param ifaceTypes {@code Open_vSwitch.iface_types}: the interface types the running {@code ovs-vswitchd} offers
 * @param datapathType the integration bridge's {@code Bridge.datapath_type}: {@code system} (empty means system) or
 *                     {@code netdev} (the userspace datapath)
 * @param interfaceErrors {@code Interface.error} of the bridge's interfaces that have one, by interface name
 */
public record NodeFacts(String ovsVersion, Set<String> ifaceTypes, String datapathType,
        Map<String, String> interfaceErrors) {
    public NodeFacts {
        requireNonNull(ovsVersion);
        ifaceTypes = Set.copyOf(ifaceTypes);
        requireNonNull(datapathType);
        interfaceErrors = Map.copyOf(interfaceErrors);
    }
}
