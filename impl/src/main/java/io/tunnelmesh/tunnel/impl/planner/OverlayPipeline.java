/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import io.tunnelmesh.openflow.api.MacAddress;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;

/**
 * The constants of the L2 overlay pipeline on each integration bridge (DESIGN.md section 6).
 * <pre>
 *   table 0  classify      local port + its MAC        -> metadata := network, goto 10
 *                          tunnel port + tun_id + tun_src of a peer -> metadata := network, goto 20
 *                          anything else               -> drop
 *   table 10 from local    known local MAC -> output; known remote MAC -> tun_id, tun_dst, output tunnel port;
 *                          broadcast/multicast -> every local port, then group:(slot, chunk) for each non-empty
 *                          chunk of the node's peers; else drop
 *   table 20 from tunnel   known local MAC -> output; broadcast/multicast -> every local port; else drop
 *   groups                 0x54 | slot | chunk: type ALL, one bucket per peer of the chunk (tun_id, tun_dst, output
 *                          tunnel port)
 * </pre>
 * A network's members are spread over {@link #FLOOD_CHUNKS} chunks by a hash of the node's name, so one node joining
 * changes one group on each other node (its chunk's), and no message grows with the whole network.
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

    /**
     * The top byte of every TunnelMesh group id, {@code 0x54} ("T"): TunnelMesh owns every group with it on the
     * integration bridge, and leaves the others alone, as it leaves flows without {@link #COOKIE_MARK} alone.
     */
    public static final int GROUP_MARK = 0x54 << 24;
    /** The mask that selects {@link #GROUP_MARK} in a group id. */
    public static final int GROUP_MARK_MASK = 0xff << 24;
    /**
     * The chunks a network's flood is spread over, each one group of type ALL: a join rewrites one group of about
     * N / 64 buckets on each other node, and a group stays far below OpenFlow's 65,535-byte message limit (64 bytes
     * a bucket) up to tens of thousands of nodes in one network. A power of two: the chunk is low bits of a hash.
     */
    public static final int FLOOD_CHUNKS = 64;
    /** The flood slots there are: 16 bits of a group id. */
    static final int FLOOD_SLOTS = 1 << 16;

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

    /**
     * The flood chunk of a node: the low bits of the 64-bit FNV-1a hash of its name, so that a node's chunk never
     * depends on which other nodes are in the network.
     *
     * @param node the node's name
     * @return its chunk, from 0 to {@link #FLOOD_CHUNKS} - 1
     */
    public static int floodChunk(final String node) {
        return (int) (NameHash.fnv1a64(node) & FLOOD_CHUNKS - 1);
    }

    /**
     * The id of a network's flood group of one chunk.
     * <pre>
     *   +-----------+------------------+------------+
     *   | 0x54 (8)  | network slot (16)| chunk (8)  |
     *   +-----------+------------------+------------+
     * </pre>
     *
     * @param slot the network's slot ({@link #floodSlots})
     * @param chunk the chunk
     * @return the group id
     */
    public static int floodGroupId(final int slot, final int chunk) {
        return GROUP_MARK | (slot & FLOOD_SLOTS - 1) << 8 | chunk & 0xff;
    }

    /**
     * Whether a group id carries TunnelMesh's mark.
     *
     * @param groupId a group id
     * @return true for our groups
     */
    public static boolean isOurGroup(final int groupId) {
        return (groupId & GROUP_MARK_MASK) == GROUP_MARK;
    }

    /**
     * The flood slot of each network: the low 16 bits of its tag; where two networks' slots collide, the first in
     * name order keeps it and the next takes the next free slot (wrapping). Derived from the set of configured
     * networks alone, so the full and the incremental planner agree and nothing depends on the order of changes.
     *
     * @param networks the configured networks' names, in name order, at most {@link #FLOOD_SLOTS}
     * @return each network's slot
     * @throws IllegalArgumentException if there are more networks than slots
     */
    public static Map<String, Integer> floodSlots(final SortedSet<String> networks) {
        if (networks.size() > FLOOD_SLOTS) {
            throw new IllegalArgumentException(networks.size() + " networks, but only " + FLOOD_SLOTS
                + " flood group slots");
        }
        final var taken = new BitSet();
        final var slots = HashMap.<String, Integer>newHashMap(networks.size());
        for (var network : networks) {
            int slot = (int) (networkTag(network) & FLOOD_SLOTS - 1);
            while (taken.get(slot)) {
                slot = slot + 1 & FLOOD_SLOTS - 1;
            }
            taken.set(slot);
            slots.put(network, slot);
        }
        return slots;
    }
}
