/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.ovsdb.impl.client.OvsdbTlsFiles;
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
 * @param ovsdbTls the controller's OVSDB TLS material: nodes with an {@code ssl:} address are dialled with it, and
 *     the manager port speaks TLS (nodes then dial {@code ssl:IP:PORT}); empty: {@code ssl:} nodes cannot be dialled
 */
public record OverlaySettings(InetAddress openflowAddress, int openflowPort,
        Optional<InetSocketAddress> ovsdbManager, boolean bundles, Optional<OvsdbTlsFiles> ovsdbTls) {
    /** The IANA OpenFlow port. */
    public static final int OPENFLOW_PORT = 6653;
    /** The IANA OVSDB port, which nodes dial when told {@code ovs-vsctl set-manager tcp:IP:6640}. */
    public static final int OVSDB_PORT = 6640;

    public OverlaySettings {
        requireNonNull(openflowAddress);
        requireNonNull(ovsdbManager);
        requireNonNull(ovsdbTls);
        if (openflowPort < 0 || openflowPort > 65_535) {
            throw new IllegalArgumentException("OpenFlow port " + openflowPort + " is not in 0..65535");
        }
    }
}
