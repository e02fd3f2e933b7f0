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
 */
public record NodeIntent(String name, String tunnelIp, @Nullable String ovsdbAddress, String bridge,
        Set<String> transportZones) {
    /** The integration bridge when the node does not name one. */
    public static final String DEFAULT_BRIDGE = "br-int";

    public NodeIntent {
        requireNonNull(name);
        requireNonNull(tunnelIp);
        requireNonNull(bridge);
        transportZones = Set.copyOf(transportZones);
    }
}
