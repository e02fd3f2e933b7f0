/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.facade;

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.notation.OvsdbUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Typed reads of the columns of {@code ovs-vswitchd.conf.db(5)} rows: strings, optional strings (a set of at most one),
 * string sets and maps, UUID sets. A value of another type reads as absent or empty.
 */
public final class OvsdbRowValues {
    private OvsdbRowValues() {
        // static reads only
    }

    public static UUID uuid(final OvsdbRow row) {
        return ((OvsdbUuid) row.get("_uuid").orElseThrow()).value();
    }

    public static Optional<String> string(final OvsdbRow row, final String column) {
        final var value = row.get(column).orElse(OvsdbSet.empty());
        final OvsdbAtom atom = switch (value) {
            case OvsdbAtom single -> single;
            case OvsdbSet set -> set.size() == 1 ? set.elements().iterator().next() : null;
            case OvsdbMap map -> null;
        };
        return atom instanceof OvsdbString text ? Optional.of(text.value()) : Optional.empty();
    }

    public static OptionalLong integer(final OvsdbRow row, final String column) {
        final OvsdbValue value = row.get(column).orElse(OvsdbSet.empty());
        final var atom = value instanceof OvsdbSet set && set.size() == 1 ? set.elements().iterator().next() : value;
        return atom instanceof OvsdbInteger number ? OptionalLong.of(number.value()) : OptionalLong.empty();
    }

    public static Set<String> strings(final OvsdbRow row, final String column) {
        final var result = new HashSet<String>();
        if (row.get(column).orElse(OvsdbSet.empty()) instanceof OvsdbSet set) {
            set.elements().forEach(atom -> {
                if (atom instanceof OvsdbString text) {
                    result.add(text.value());
                }
            });
        }
        return result;
    }

    public static Set<UUID> uuids(final OvsdbRow row, final String column) {
        final var result = new HashSet<UUID>();
        final var value = row.get(column).orElse(OvsdbSet.empty());
        if (value instanceof OvsdbUuid single) {
            result.add(single.value());
        } else if (value instanceof OvsdbSet set) {
            set.elements().forEach(atom -> {
                if (atom instanceof OvsdbUuid uuid) {
                    result.add(uuid.value());
                }
            });
        }
        return result;
    }

    public static Map<String, String> stringMap(final OvsdbRow row, final String column) {
        final var result = new HashMap<String, String>();
        if (row.get(column).orElse(OvsdbMap.empty()) instanceof OvsdbMap map) {
            map.entries().forEach((key, value) -> {
                if (key instanceof OvsdbString k && value instanceof OvsdbString v) {
                    result.put(k.value(), v.value());
                }
            });
        }
        return result;
    }

    public static OvsdbSet stringSet(final Iterable<String> values) {
        final var atoms = new HashSet<OvsdbAtom>();
        values.forEach(value -> atoms.add(OvsdbAtom.of(value)));
        return new OvsdbSet(atoms);
    }
}
