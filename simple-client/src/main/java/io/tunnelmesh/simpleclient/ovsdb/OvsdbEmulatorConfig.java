/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import java.util.List;
import java.util.Set;

/**
 * What the emulated Open vSwitch reports about itself, and which interface types it cannot realise.
 *
 * @param ovsVersion {@code Open_vSwitch.ovs_version}
 * @param ifaceTypes {@code Open_vSwitch.iface_types}
 * @param datapathTypes {@code Open_vSwitch.datapath_types}
 * @param unsupportedInterfaceTypes interface types that get {@code ofport} -1 and an {@code error}, as a kernel
 *     without the module does (STT is the usual one)
 * @param historyLength how many transactions {@code monitor_cond_since} can resume from
 */
public record OvsdbEmulatorConfig(String ovsVersion, List<String> ifaceTypes, List<String> datapathTypes,
        Set<String> unsupportedInterfaceTypes, int historyLength) {
    /** Open vSwitch 3.1 with the usual tunnel types and both datapaths, but without STT. */
    public static final OvsdbEmulatorConfig DEFAULT = new OvsdbEmulatorConfig("3.1.0",
        List.of("bareudp", "erspan", "geneve", "gre", "gtpu", "internal", "ip6erspan", "ip6gre", "lisp", "patch",
            "stt", "system", "tap", "vxlan"),
        List.of("netdev", "system"), Set.of("stt"), 100);

    /**
     * A configuration; the collections are copied.
     */
    public OvsdbEmulatorConfig {
        ifaceTypes = List.copyOf(ifaceTypes);
        datapathTypes = List.copyOf(datapathTypes);
        unsupportedInterfaceTypes = Set.copyOf(unsupportedInterfaceTypes);
    }
}
