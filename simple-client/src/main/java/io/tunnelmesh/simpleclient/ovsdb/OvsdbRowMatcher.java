/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbReal;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Evaluates a {@code where} (RFC 7047 section 5.1, {@code <condition>}) on a stored row: every condition must hold.
 * The ordering functions compare integers and reals (an optional column with no value satisfies none of them);
 * {@code includes} holds when the column contains every element (or pair) of the value, {@code excludes} when it
 * contains none of them; on a single atom both reduce to equality and inequality. A conditional monitor's
 * {@code where} ({@code ovsdb-server(7)}, {@code monitor_cond}) is the other way round: a row is watched if it meets
 * any of the conditions, or if there are none ({@link #matchesAny}).
 */
final class OvsdbRowMatcher {
    private OvsdbRowMatcher() {
        // static functions only
    }

    static boolean matchesAny(final OvsdbRow row, final List<OvsdbCondition> where) {
        for (var condition : where) {
            if (matches(row.get(condition.column()).orElseThrow(), condition)) {
                return true;
            }
        }
        return where.isEmpty();
    }

    static boolean matches(final OvsdbRow row, final List<OvsdbCondition> where) {
        for (var condition : where) {
            if (!matches(row.get(condition.column()).orElseThrow(), condition)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(final OvsdbValue actual, final OvsdbCondition condition) {
        final var expected = condition.value();
        return switch (condition.function()) {
            case EQUAL -> actual.equals(expected);
            case NOT_EQUAL -> !actual.equals(expected);
            case INCLUDES -> includes(actual, expected);
            case EXCLUDES -> excludes(actual, expected);
            case LESS -> ordered(actual, expected, c -> c < 0);
            case LESS_OR_EQUAL -> ordered(actual, expected, c -> c <= 0);
            case GREATER -> ordered(actual, expected, c -> c > 0);
            case GREATER_OR_EQUAL -> ordered(actual, expected, c -> c >= 0);
        };
    }

    private static boolean includes(final OvsdbValue actual, final OvsdbValue expected) {
        return switch (actual) {
            case OvsdbMap map -> expected instanceof OvsdbMap wanted
                && map.entries().entrySet().containsAll(wanted.entries().entrySet());
            case OvsdbSet set -> set.elements().containsAll(elements(expected));
            case OvsdbAtom atom -> elements(expected).stream().allMatch(atom::equals);
        };
    }

    private static boolean excludes(final OvsdbValue actual, final OvsdbValue expected) {
        return switch (actual) {
            case OvsdbMap map -> expected instanceof OvsdbMap unwanted && unwanted.entries().entrySet().stream()
                .noneMatch(map.entries().entrySet()::contains);
            case OvsdbSet set -> elements(expected).stream().noneMatch(set.elements()::contains);
            case OvsdbAtom atom -> elements(expected).stream().noneMatch(atom::equals);
        };
    }

    private static Set<OvsdbAtom> elements(final OvsdbValue value) {
        return switch (value) {
            case OvsdbAtom atom -> Set.of(atom);
            case OvsdbSet set -> set.elements();
            case OvsdbMap map -> map.entries().keySet();
        };
    }

    /**
     * Compares two numbers, each an atom or a set of one; false when either has no number.
     */
    private static boolean ordered(final OvsdbValue actual, final OvsdbValue expected, final IntPredicate test) {
        final var left = single(actual);
        final var right = single(expected);
        if (left instanceof OvsdbInteger a && right instanceof OvsdbInteger b) {
            return test.test(Long.compare(a.value(), b.value()));
        }
        if (left instanceof OvsdbReal a && right instanceof OvsdbReal b) {
            return test.test(Double.compare(a.value(), b.value()));
        }
        return false;
    }

    private static OvsdbValue single(final OvsdbValue value) {
        return value instanceof OvsdbSet set && set.size() == 1 ? set.elements().iterator().next() : value;
    }
}
