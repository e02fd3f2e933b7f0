/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import io.tunnelmesh.openflow.api.MacAddress;

/**
 * The constants of the L2 overlay pipeline on each integration bridge (DESIGN.md section 6).
 * <pre>
 *   table 0  classify      local port + its MAC        -> metadata := network, goto 10
 *                          tunnel port + tun_id + tun_src of a peer -> metadata := network, goto 20
 *                          anything else               -> drop
 *   table 10 from local    known local MAC -> output; known remote MAC -> tun_id, tun_dst, output tunnel port;
 *                          broadcast/multicast -> every local port and one copy per peer; else drop
 *   table 20 from tunnel   known local MAC -> output; broadcast/multicast -> every local port; else drop
 * </pre>
 */
public final class OverlayPipeline {
    /** Table 0: where every packet starts. */
    public static final int TABLE_CLASSIFY = 0;
    /** Table 10: packets a local port sent. */
    public static final int TABLE_FROM_LOCAL = 10;
    /** Table 20: packets a tunnel brought. */
    public static final int TABLE_FROM_TUNNEL = 20;

    /** Priority of the flows that pass a packet on. */
    public static final int PRIORITY_FORWARD = 100;
    /** Priority of broadcast and multicast delivery, below unicast. */
    public static final int PRIORITY_FLOOD = 50;
    /** Priority of each table's default drop. */
    public static final int PRIORITY_DROP = 0;

    /** The top 16 bits of every TunnelMesh cookie: "TM". Flows without it belong to someone else. */
    public static final long COOKIE_MARK = 0x544dL << 48;
    /** The mask that selects {@link #COOKIE_MARK} in a cookie. */
    public static final long COOKIE_MARK_MASK = 0xffffL << 48;

    /** The group bit of an Ethernet destination: broadcast and multicast have it set. */
    public static final MacAddress GROUP_BIT = MacAddress.of("01:00:00:00:00:00");

    private OverlayPipeline() {
        // Hidden on purpose
    }

    /**
     * The metadata value that carries a network through the pipeline: the 64-bit FNV-1a hash of its name. A network's
     * name is its key, so the value is the same after every restart (nothing is re-added), needs no allocation, and
     * two networks colliding in 64 bits is detected by the planner rather than assumed away.
     *
     * @param network the network's name
     * @return its metadata value
     */
    public static long networkTag(final String network) {
        return NameHash.fnv1a64(network);
    }

    /**
     * The cookie of a network's flows: the mark, then the low 48 bits of the network's tag, so that one
     * cookie-masked delete can remove a network's flows.
     *
     * @param tag the network's tag
     * @return the cookie
     */
    public static long networkCookie(final long tag) {
        return COOKIE_MARK | tag & ~COOKIE_MARK_MASK;
    }
}
