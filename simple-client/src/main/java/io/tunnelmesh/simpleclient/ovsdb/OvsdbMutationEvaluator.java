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
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnType;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;

/**
 * Applies one {@code <mutation>} (RFC 7047 section 5.1) to a column's value: arithmetic on an integer or real column
 * (or on every element of a set of them), {@code insert} and {@code delete} on a set or map. A division by zero is a
 * {@code "domain error"}, an integer overflow a {@code "range error"}; a result that no longer fits the column (too
 * many elements, out of range) is a {@code "constraint violation"}.
 */
final class OvsdbMutationEvaluator {
    private OvsdbMutationEvaluator() {
        // static functions only
    }

    static OvsdbValue apply(final OvsdbValue current, final OvsdbMutation mutation, final OvsdbColumnType type)
            throws OvsdbOperationFailure {
        final OvsdbValue result = switch (mutation.mutator()) {
            case INSERT -> insert(current, mutation.value());
            case DELETE -> delete(current, mutation.value());
            default -> arithmetic(current, mutation);
        };
        final var problem = type.check(result);
        if (problem.isPresent()) {
            throw OvsdbOperationFailure.constraint("mutation of " + mutation.column() + ": " + problem.orElseThrow());
        }
        return result;
    }

    private static OvsdbValue insert(final OvsdbValue current, final OvsdbValue operand) {
        if (current instanceof OvsdbMap map) {
            final var entries = new LinkedHashMap<>(map.entries());
            ((OvsdbMap) operand).entries().forEach(entries::putIfAbsent);
            return new OvsdbMap(entries);
        }
        final var elements = new LinkedHashSet<>(((OvsdbSet) current).elements());
        elements.addAll(((OvsdbSet) operand).elements());
        return new OvsdbSet(elements);
    }

    private static OvsdbValue delete(final OvsdbValue current, final OvsdbValue operand) {
        if (current instanceof OvsdbMap map) {
            final var entries = new LinkedHashMap<>(map.entries());
            if (operand instanceof OvsdbMap pairs) {
                pairs.entries().forEach(entries::remove);
            } else {
                ((OvsdbSet) operand).elements().forEach(entries::remove);
            }
            return new OvsdbMap(entries);
        }
        final var elements = new LinkedHashSet<>(((OvsdbSet) current).elements());
        elements.removeAll(((OvsdbSet) operand).elements());
        return new OvsdbSet(elements);
    }

    private static OvsdbValue arithmetic(final OvsdbValue current, final OvsdbMutation mutation)
            throws OvsdbOperationFailure {
        final var operand = (OvsdbAtom) mutation.value();
        if (current instanceof OvsdbSet set) {
            final var elements = new LinkedHashSet<OvsdbAtom>();
            for (var element : set.elements()) {
                elements.add(arithmetic(element, mutation.mutator(), operand));
            }
            return new OvsdbSet(elements);
        }
        return arithmetic((OvsdbAtom) current, mutation.mutator(), operand);
    }

    private static OvsdbAtom arithmetic(final OvsdbAtom value, final OvsdbMutation.Mutator mutator,
            final OvsdbAtom operand) throws OvsdbOperationFailure {
        if (value instanceof OvsdbInteger left && operand instanceof OvsdbInteger right) {
            try {
                return new OvsdbInteger(integer(left.value(), mutator, right.value()));
            } catch (ArithmeticException e) {
                throw new OvsdbOperationFailure("range error", "integer overflow in " + left + " "
                    + mutator.symbol() + " " + right, e);
            }
        }
        if (value instanceof OvsdbReal left && operand instanceof OvsdbReal right) {
            final double result = switch (mutator) {
                case ADD -> left.value() + right.value();
                case SUBTRACT -> left.value() - right.value();
                case MULTIPLY -> left.value() * right.value();
                case DIVIDE -> {
                    if (right.value() == 0) {
                        throw new OvsdbOperationFailure("domain error", "division by zero");
                    }
                    yield left.value() / right.value();
                }
                default -> throw OvsdbOperationFailure.syntax(mutator.symbol() + " does not apply to reals");
            };
            if (!Double.isFinite(result)) {
                throw new OvsdbOperationFailure("range error", "result of " + mutator.symbol() + " is not finite");
            }
            return new OvsdbReal(result);
        }
        throw OvsdbOperationFailure.syntax(mutator.symbol() + " applies to integers and reals, not " + value);
    }

    private static long integer(final long left, final OvsdbMutation.Mutator mutator, final long right)
            throws OvsdbOperationFailure {
        return switch (mutator) {
            case ADD -> Math.addExact(left, right);
            case SUBTRACT -> Math.subtractExact(left, right);
            case MULTIPLY -> Math.multiplyExact(left, right);
            case DIVIDE -> divide(left, right, false);
            case MODULO -> divide(left, right, true);
            default -> throw new IllegalStateException(mutator.symbol());
        };
    }

    private static long divide(final long left, final long right, final boolean modulo)
            throws OvsdbOperationFailure {
        if (right == 0) {
            throw new OvsdbOperationFailure("domain error", "division by zero");
        }
        return modulo ? left % right : Math.divideExact(left, right);
    }
}
