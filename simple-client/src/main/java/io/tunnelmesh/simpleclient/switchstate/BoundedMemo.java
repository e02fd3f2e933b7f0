/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a pure function gave for a key, kept for the next call with an equal key: a fleet of emulated switches gets the
 * same matches and instructions from one controller, each switch decoding its own copy, and checking them once per
 * process rather than once per switch is most of what a flow-mod costs. Thread-safe (the switches of a fleet run on
 * several event loops); bounded: past {@code limit} keys it forgets them all and starts again, so it never holds more
 * than that whatever a long-running emulator is sent. Only results are kept, never failures.
 *
 * @param <K> the key, with value equality
 * @param <V> the result
 */
final class BoundedMemo<K, V> {
    private final Map<K, V> results = new ConcurrentHashMap<>();
    private final int limit;

    BoundedMemo(final int limit) {
        this.limit = limit;
    }

    /**
     * The result kept for a key.
     *
     * @param key the key
     * @return the result, or {@code null} if none is kept
     */
    @Nullable V get(final K key) {
        return results.get(key);
    }

    /**
     * Keeps a result.
     *
     * @param key the key
     * @param result what the function gave for it
     */
    void put(final K key, final V result) {
        if (results.size() >= limit) {
            results.clear();
        }
        results.put(key, result);
    }
}
