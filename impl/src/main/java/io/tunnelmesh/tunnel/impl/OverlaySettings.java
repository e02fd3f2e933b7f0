/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Where the overlay's southbound listens and how it behaves.
 *
 * @param openflowAddress the address the OpenFlow endpoint listens on
 * @param openflowPort its port; 0 lets the kernel choose (tests)
 * @param ovsdbManager where nodes without an {@code ovsdb-address} dial TunnelMesh's OVSDB manager port; empty turns
 *                     the manager port off
 * @param bundles whether flow changes go in ONF bundles (atomic commits) to switches that accept them
 */
public record OverlaySettings(InetAddress openflowAddress, int openflowPort,
        Optional<InetSocketAddress> ovsdbManager, boolean bundles) {
    /** The IANA OpenFlow port. */
    public static final int OPENFLOW_PORT = 6653;
    /** The IANA OVSDB port, which nodes dial when told {@code ovs-vsctl set-manager tcp:IP:6640}. */
    public static final int OVSDB_PORT = 6640;

    public OverlaySettings {
        requireNonNull(openflowAddress);
        requireNonNull(ovsdbManager);
        if (openflowPort < 0 || openflowPort > 65_535) {
            throw new IllegalArgumentException("OpenFlow port " + openflowPort + " is not in 0..65535");
        }
    }
}
