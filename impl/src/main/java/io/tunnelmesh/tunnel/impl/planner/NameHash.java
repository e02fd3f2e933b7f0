/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import java.nio.charset.StandardCharsets;

/**
 * The 64-bit FNV-1a hash of a name's UTF-8 bytes: stable across runs, JVMs and releases (unlike
 * {@code String.hashCode} it is specified here, and it spreads short names over all 64 bits). TunnelMesh derives
 * what must not change across restarts (a network's metadata tag, a node's datapath ID) from the keys users give.
 */
public final class NameHash {
    private static final long OFFSET_BASIS = 0xcbf2_9ce4_8422_2325L;
    private static final long PRIME = 0x0000_0100_0000_01b3L;

    private NameHash() {
        // Hidden on purpose
    }

    /**
     * The hash.
     *
     * @param name a name
     * @return its 64-bit FNV-1a hash
     */
    public static long fnv1a64(final String name) {
        long hash = OFFSET_BASIS;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= PRIME;
        }
        return hash;
    }
}
