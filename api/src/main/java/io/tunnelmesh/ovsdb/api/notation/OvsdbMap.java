/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.notation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code <map>} (RFC 7047 section 5.1), on the wire {@code ["map", [[<atom>, <atom>], ...]]}: distinct keys, each
 * with one value, unordered. OVS's {@code external_ids}, {@code options} and {@code other_config} are maps of strings.
 *
 * @param entries the pairs
 */
public record OvsdbMap(Map<OvsdbAtom, OvsdbAtom> entries) implements OvsdbValue {
    private static final OvsdbMap EMPTY = new OvsdbMap(Map.of());

    /**
     * A map; the entries are copied.
     */
    public OvsdbMap {
        entries = Map.copyOf(entries);
    }

    /**
     * The empty map.
     *
     * @return the empty map
     */
    public static OvsdbMap empty() {
        return EMPTY;
    }

    /**
     * A map of strings to strings, as most OVS map columns hold.
     *
     * @param entries the pairs
     * @return the map
     */
    public static OvsdbMap ofStrings(final Map<String, String> entries) {
        final var map = new LinkedHashMap<OvsdbAtom, OvsdbAtom>();
        entries.forEach((key, value) -> map.put(new OvsdbString(key), new OvsdbString(value)));
        return new OvsdbMap(map);
    }

    /**
     * The value of a key.
     *
     * @param key the key
     * @return the value, or empty if the key is absent
     */
    public Optional<OvsdbAtom> get(final OvsdbAtom key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * Number of pairs.
     *
     * @return the size
     */
    public int size() {
        return entries.size();
    }
}
