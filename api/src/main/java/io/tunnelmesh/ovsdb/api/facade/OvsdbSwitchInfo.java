/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.facade;

import java.util.Optional;
import java.util.Set;

/**
 * What a node's {@code Open_vSwitch} row says about its capabilities.
 *
 * @param ovsVersion {@code ovs_version}, empty until {@code ovs-vswitchd} (or {@code ovs-ctl}) has written it
 * @param interfaceTypes {@code iface_types}: the interface types (tunnel types included) the node supports
 * @param datapathTypes {@code datapath_types}: such as {@code system} and {@code netdev}
 */
public record OvsdbSwitchInfo(Optional<String> ovsVersion, Set<String> interfaceTypes, Set<String> datapathTypes) {
    /**
     * Switch info; the sets are copied.
     */
    public OvsdbSwitchInfo {
        interfaceTypes = Set.copyOf(interfaceTypes);
        datapathTypes = Set.copyOf(datapathTypes);
    }
}
