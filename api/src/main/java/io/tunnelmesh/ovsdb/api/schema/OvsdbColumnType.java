/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.schema;

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import java.util.Map;
import java.util.Optional;

/**
 * A column's {@code <type>} (RFC 7047 section 3.2): a key base type, for a map also a value base type, and how many
 * elements the column holds, {@code min} (0 or 1) to {@code max} (at least 1, or {@code "unlimited"}).
 *
 * <p>Three shapes follow: exactly one atom ({@code min = max = 1}, no value type), a set (any other counts) and a
 * map (a value type). {@link #check(OvsdbValue)} expects the value shaped accordingly, as the decoder produces it.
 *
 * @param key the key base type (the element type of an atom or set column)
 * @param value the value base type of a map column, or empty
 * @param min the least number of elements, 0 or 1
 * @param max the greatest number of elements, {@link #UNLIMITED} for {@code "unlimited"}
 */
public record OvsdbColumnType(OvsdbBaseType key, Optional<OvsdbBaseType> value, int min, int max) {
    /** The {@code max} written {@code "unlimited"}. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    /**
     * A column type.
     *
     * @throws IllegalArgumentException if {@code min} is not 0 or 1 or {@code max} is below 1 or {@code min}
     */
    public OvsdbColumnType {
        if (min < 0 || min > 1 || max < 1 || max < min) {
            throw new IllegalArgumentException("min " + min + " must be 0 or 1, max " + max + " at least 1 and min");
        }
    }

    /**
     * A column holding exactly one atom.
     *
     * @param key the atom's base type
     * @return the column type
     */
    public static OvsdbColumnType atom(final OvsdbBaseType key) {
        return new OvsdbColumnType(key, Optional.empty(), 1, 1);
    }

    /**
     * A set column.
     *
     * @param key the elements' base type
     * @param min 0 or 1
     * @param max at least 1
     * @return the column type
     */
    public static OvsdbColumnType set(final OvsdbBaseType key, final int min, final int max) {
        return new OvsdbColumnType(key, Optional.empty(), min, max);
    }

    /**
     * A map column.
     *
     * @param key the keys' base type
     * @param value the values' base type
     * @param min 0 or 1
     * @param max at least 1
     * @return the column type
     */
    public static OvsdbColumnType map(final OvsdbBaseType key, final OvsdbBaseType value, final int min,
            final int max) {
        return new OvsdbColumnType(key, Optional.of(value), min, max);
    }

    /**
     * Whether the column holds a map.
     *
     * @return true for a map column
     */
    public boolean isMap() {
        return value.isPresent();
    }

    /**
     * Whether the column holds exactly one atom.
     *
     * @return true for {@code min = max = 1} without a value type
     */
    public boolean isAtom() {
        return value.isEmpty() && min == 1 && max == 1;
    }

    /**
     * The same base types with any number of elements: the type of an {@code update2} diff, of an {@code enum}, of a
     * mutation's operand.
     *
     * @return the unbounded type
     */
    public OvsdbColumnType unbounded() {
        return new OvsdbColumnType(key, value, 0, UNLIMITED);
    }

    /**
     * Checks a value against this type: its shape, its number of elements and every atom against its base type.
     *
     * @param candidate the value
     * @return why the value does not fit, or empty if it does
     */
    public Optional<String> check(final OvsdbValue candidate) {
        return switch (candidate) {
            case OvsdbAtom atom -> isAtom() ? key.check(atom) : Optional.of("expected a " + shape() + ", got atom "
                + atom);
            case OvsdbSet set -> isAtom() || isMap() ? Optional.of("expected " + shape() + ", got a set")
                : checkCount(set.size()).or(() -> checkAll(set));
            case OvsdbMap map -> isMap() ? checkCount(map.size()).or(() -> checkAll(map))
                : Optional.of("expected " + shape() + ", got a map");
        };
    }

    private String shape() {
        return isMap() ? "map" : isAtom() ? "single atom" : "set";
    }

    private Optional<String> checkCount(final int size) {
        return size < min || size > max
            ? Optional.of(size + " elements, but the column holds " + min + " to "
                + (max == UNLIMITED ? "unlimited" : String.valueOf(max)))
            : Optional.empty();
    }

    private Optional<String> checkAll(final OvsdbSet set) {
        for (var element : set.elements()) {
            final var problem = key.check(element);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Optional<String> checkAll(final OvsdbMap map) {
        final var valueType = value.orElseThrow();
        for (Map.Entry<OvsdbAtom, OvsdbAtom> entry : map.entries().entrySet()) {
            final var problem = key.check(entry.getKey()).or(() -> valueType.check(entry.getValue()));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }
}
