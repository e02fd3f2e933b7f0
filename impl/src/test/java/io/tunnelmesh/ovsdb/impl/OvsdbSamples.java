/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl;

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbBoolean;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbReal;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.notation.OvsdbUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.schema.OvsdbBaseType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbBooleanType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbIntegerType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbRealType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbStringType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbTableSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbUuidType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Valid sample values of any column type: up to two elements (as many as the type allows), within every range,
 * length and enumeration, distinct keys.
 */
public final class OvsdbSamples {
    private static final int WANTED = 2;

    private OvsdbSamples() {
        // static samples
    }

    /**
     * A row of a table with a sample value in every declared column.
     *
     * @param table the table
     * @return the row
     */
    public static OvsdbRow row(final OvsdbTableSchema table) {
        final var columns = new HashMap<String, OvsdbValue>();
        table.columns().forEach((name, column) -> columns.put(name, value(column.type())));
        return new OvsdbRow(columns);
    }

    /**
     * A sample value of a column type.
     *
     * @param type the type
     * @return a value the type accepts
     */
    public static OvsdbValue value(final OvsdbColumnType type) {
        final int count = Math.min(type.max(), WANTED);
        if (type.isAtom()) {
            return atoms(type.key(), 1).get(0);
        }
        final var keys = atoms(type.key(), count);
        if (type.value().isEmpty()) {
            return new OvsdbSet(new LinkedHashSet<>(keys));
        }
        final var values = atoms(type.value().orElseThrow(), keys.size());
        final var map = new LinkedHashMap<OvsdbAtom, OvsdbAtom>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), values.get(Math.min(i, values.size() - 1)));
        }
        return new OvsdbMap(map);
    }

    /**
     * Distinct atoms of a base type.
     *
     * @param type the base type
     * @param count how many are wanted
     * @return {@code count} atoms, or fewer if the enumeration has fewer (but at least one)
     */
    public static List<OvsdbAtom> atoms(final OvsdbBaseType type, final int count) {
        if (!type.enumeration().isEmpty()) {
            return type.enumeration().stream().sorted((a, b) -> a.toString().compareTo(b.toString()))
                .limit(count).toList();
        }
        final var atoms = new ArrayList<OvsdbAtom>();
        for (int i = 0; i < count; i++) {
            atoms.add(switch (type) {
                case OvsdbIntegerType integer -> new OvsdbInteger(Math.min(integer.max(), integer.min() < 0
                    ? 40L + i : integer.min() + i));
                case OvsdbRealType real -> new OvsdbReal(Math.min(real.max(), Math.max(real.min(), 0.5) + i));
                case OvsdbBooleanType bool -> OvsdbBoolean.of(i == 0);
                case OvsdbStringType string -> new OvsdbString(Character.toString('a' + i)
                    .repeat((int) Math.max(1, Math.min(string.minLength() + 1, string.maxLength()))));
                case OvsdbUuidType uuid -> new OvsdbUuid(new UUID(0x5eed, i + 1));
            });
        }
        return atoms;
    }
}
