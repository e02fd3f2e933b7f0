/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.replica;

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
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbTableSchema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The row arithmetic of {@code update2} ({@code ovsdb-server(7)}, section 4.1.14, "Update2 notification"):
 * <ul>
 *   <li>{@code initial} and {@code insert} rows omit the columns whose value is the type's default, so
 *       {@link #complete} fills them in: 0, 0.0, false, "", the all-zero UUID for a single atom; the empty set or
 *       map otherwise (RFC 7047 section 5.2.1 defines the same defaults for {@code insert});</li>
 *   <li>a {@code modify} row holds only changed columns, each a difference: for a single-atom column the new value;
 *       for a set the symmetric difference (elements in one of old and new only); for a map the pairs whose key is in
 *       one of old and new only, plus, for a key in both with different values, the new pair. {@link #apply} undoes
 *       that: a diff element in the set is removed, others are added; a diff key absent from the map is added, a key
 *       present with the same value is removed, with another value replaced.</li>
 * </ul>
 */
public final class OvsdbRowDiff {
    private OvsdbRowDiff() {
        // pure functions only
    }

    /**
     * A row with every given column, defaults filled in for the absent ones.
     *
     * @param table the table's schema
     * @param columns the columns the row must have
     * @param row the row as the server sent it
     * @return the complete row
     */
    public static OvsdbRow complete(final OvsdbTableSchema table, final Set<String> columns, final OvsdbRow row) {
        final var complete = new HashMap<String, OvsdbValue>();
        for (var column : columns) {
            final var value = row.get(column);
            complete.put(column, value.isPresent() ? value.orElseThrow()
                : defaultValue(table.column(column).orElseThrow().type()));
        }
        return new OvsdbRow(complete);
    }

    /**
     * Applies a {@code modify} diff. Columns the row does not have are not monitored and stay out (a monitor of
     * "all columns" also reports {@code _version}).
     *
     * @param row the row before, complete
     * @param diff the diff
     * @return the row after
     */
    public static OvsdbRow apply(final OvsdbRow row, final OvsdbRow diff) {
        return apply(Optional.empty(), row, diff);
    }

    /**
     * Applies a {@code modify} diff, reading each column's kind from the schema. {@code ovsdb-server} sends the
     * difference only for columns that may hold more than one element; a column of at most one ({@code ofport},
     * {@code error}, {@code datapath_id}) gets its new value, which for an emptied column is the empty set. The value
     * alone cannot tell: a set of one element travels as the bare element (RFC 7047 section 5.1).
     *
     * @param table the table's schema
     * @param row the row before, complete
     * @param diff the diff
     * @return the row after
     */
    public static OvsdbRow apply(final OvsdbTableSchema table, final OvsdbRow row, final OvsdbRow diff) {
        return apply(Optional.of(table), row, diff);
    }

    private static OvsdbRow apply(final Optional<OvsdbTableSchema> table, final OvsdbRow row, final OvsdbRow diff) {
        final var after = new HashMap<>(row.columns());
        diff.columns().forEach((column, change) -> after.computeIfPresent(column, (name, old) -> {
            final var type = table.flatMap(schema -> schema.column(column)).map(OvsdbColumnSchema::type);
            if (type.isPresent()) {
                final var known = type.orElseThrow();
                if (known.max() <= 1) {
                    // ovsdb-server diffs only composite columns (ovsdb_datum_diff: n_max > 1); a column of at most
                    // one element, such as ofport or error, gets its new value
                    return change;
                }
                return known.isMap() ? applyMap(asMap(old), asMap(change))
                    : symmetricDifference(asSet(old), asSet(change));
            }
            return switch (change) {
                case OvsdbAtom atom -> atom;
                case OvsdbSet set -> symmetricDifference(asSet(old), set);
                case OvsdbMap map -> applyMap(asMap(old), map);
            };
        }));
        return new OvsdbRow(after);
    }

    private static OvsdbSet symmetricDifference(final OvsdbSet old, final OvsdbSet diff) {
        final var elements = new HashSet<>(old.elements());
        for (var element : diff.elements()) {
            if (!elements.remove(element)) {
                elements.add(element);
            }
        }
        return new OvsdbSet(elements);
    }

    private static OvsdbMap applyMap(final OvsdbMap old, final OvsdbMap diff) {
        final var entries = new HashMap<>(old.entries());
        diff.entries().forEach((key, value) -> {
            final var current = entries.get(key);
            if (value.equals(current)) {
                entries.remove(key);
            } else {
                entries.put(key, value);
            }
        });
        return new OvsdbMap(entries);
    }

    /** A set column's value; a set of one element travels as the bare element (RFC 7047 section 5.1). */
    private static OvsdbSet asSet(final OvsdbValue value) {
        return switch (value) {
            case OvsdbSet set -> set;
            case OvsdbAtom atom -> OvsdbSet.of(atom);
            case OvsdbMap map -> OvsdbSet.empty();
        };
    }

    private static OvsdbMap asMap(final OvsdbValue value) {
        return value instanceof OvsdbMap map ? map : OvsdbMap.empty();
    }

    /**
     * The default value of a column type (RFC 7047 section 5.2.1).
     *
     * @param type the type
     * @return the default
     */
    public static OvsdbValue defaultValue(final OvsdbColumnType type) {
        if (type.isMap()) {
            return OvsdbMap.empty();
        }
        if (!type.isAtom()) {
            return OvsdbSet.empty();
        }
        return switch (type.key().atomicType()) {
            case INTEGER -> new OvsdbInteger(0);
            case REAL -> new OvsdbReal(0.0);
            case BOOLEAN -> OvsdbBoolean.of(false);
            case STRING -> new OvsdbString("");
            case UUID -> new OvsdbUuid(new UUID(0, 0));
        };
    }
}
