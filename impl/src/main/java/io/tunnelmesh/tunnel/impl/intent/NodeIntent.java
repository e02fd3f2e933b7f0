/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A compute node as declared.
 *
 * @param name the node's name
 * @param tunnelIp the tunnel endpoint address as written
 * @param ovsdbAddress where to dial the node's OVSDB server, or null when the node dials us
 * @param bridge the integration bridge
 * @param transportZones the node's transport zones; empty means the default zone
 * @param datapathType the integration bridge's {@code datapath_type}: {@code system} or {@code netdev}
 * @param openflowController the OpenFlow target the bridge connects to, or null for the controller's address on the
 *                           node's OVSDB session
 */
public record NodeIntent(String name, String tunnelIp, @Nullable String ovsdbAddress, String bridge,
        Set<String> transportZones, String datapathType, @Nullable String openflowController) {
    /** The integration bridge when the node does not name one. */
    public static final String DEFAULT_BRIDGE = "br-int";
    /** The datapath when the node does not name one: the kernel module's. */
    public static final String DEFAULT_DATAPATH = "system";

    public NodeIntent {
        requireNonNull(name);
        requireNonNull(tunnelIp);
        requireNonNull(bridge);
        transportZones = Set.copyOf(transportZones);
        requireNonNull(datapathType);
    }

    /**
     * A node on the kernel datapath whose bridge connects to the controller's address on its OVSDB session.
     *
     * @param name the node's name
     * @param tunnelIp the tunnel endpoint address as written
     * @param ovsdbAddress where to dial the node's OVSDB server, or null when the node dials us
     * @param bridge the integration bridge
     * @param transportZones the node's transport zones; empty means the default zone
     */
    public NodeIntent(final String name, final String tunnelIp, final @Nullable String ovsdbAddress,
            final String bridge, final Set<String> transportZones) {
        this(name, tunnelIp, ovsdbAddress, bridge, transportZones, DEFAULT_DATAPATH, null);
    }
}
