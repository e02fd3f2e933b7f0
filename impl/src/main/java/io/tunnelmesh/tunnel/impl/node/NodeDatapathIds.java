/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.node;

import io.tunnelmesh.tunnel.impl.planner.NameHash;

/**
 * The datapath ID TunnelMesh gives each node's integration bridge ({@code Bridge.other_config:datapath-id}), so that
 * the switch that connects over OpenFlow is matched to its node by the ID in its FEATURES_REPLY, with no race
 * against OVSDB: {@code 544d} ("TM") then the low 48 bits of the 64-bit FNV-1a hash of the node's name. The same
 * name gives the same ID after every restart.
 */
public final class NodeDatapathIds {
    private static final long MARK = 0x544dL << 48;

    private NodeDatapathIds() {
        // Hidden on purpose
    }

    /**
     * A node's datapath ID.
     *
     * @param node the node's name
     * @return the ID
     */
    public static long of(final String node) {
        return MARK | NameHash.fnv1a64(node) & 0x0000_ffff_ffff_ffffL;
    }

    /**
     * As {@code other_config:datapath-id} takes it: exactly 16 hexadecimal digits.
     *
     * @param datapathId an ID
     * @return its text
     */
    public static String text(final long datapathId) {
        return String.format("%016x", datapathId);
    }
}
