/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;

/**
 * A {@code <mutation>} (RFC 7047 section 5.1), on the wire {@code [<column>, <mutator>, <value>]}.
 *
 * @param column the column changed
 * @param mutator the change
 * @param value the operand: a number for arithmetic, a set or map for {@code insert} and {@code delete} (a map
 *     column also takes a set of keys to {@code delete})
 */
public record OvsdbMutation(String column, Mutator mutator, OvsdbValue value) {
    /**
     * Inserts elements into a set or pairs into a map column.
     *
     * @param column the column
     * @param value the set or map to insert
     * @return the mutation
     */
    public static OvsdbMutation insert(final String column, final OvsdbValue value) {
        return new OvsdbMutation(column, Mutator.INSERT, value);
    }

    /**
     * Deletes elements from a set, or pairs (or keys) from a map column.
     *
     * @param column the column
     * @param value the set or map to delete
     * @return the mutation
     */
    public static OvsdbMutation delete(final String column, final OvsdbValue value) {
        return new OvsdbMutation(column, Mutator.DELETE, value);
    }

    /**
     * A {@code <mutator>} (RFC 7047 section 5.1).
     */
    public enum Mutator {
        /** Add, to integers and reals. */
        ADD("+="),
        /** Subtract. */
        SUBTRACT("-="),
        /** Multiply. */
        MULTIPLY("*="),
        /** Divide. */
        DIVIDE("/="),
        /** Remainder, integers only. */
        MODULO("%="),
        /** Insert into a set or map. */
        INSERT("insert"),
        /** Delete from a set or map. */
        DELETE("delete");

        private final String symbol;

        Mutator(final String symbol) {
            this.symbol = symbol;
        }

        /**
         * The symbol on the wire.
         *
         * @return such as {@code "insert"}
         */
        public String symbol() {
            return symbol;
        }
    }
}
