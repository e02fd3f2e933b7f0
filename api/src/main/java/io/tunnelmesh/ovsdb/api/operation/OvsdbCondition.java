/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;

/**
 * A {@code <condition>} (RFC 7047 section 5.1), on the wire {@code [<column>, <function>, <value>]}: one test a row
 * must pass to be selected by {@code where}.
 *
 * @param column the column tested
 * @param function the comparison
 * @param value the value compared against
 */
public record OvsdbCondition(String column, Function function, OvsdbValue value) {
    /**
     * The condition {@code column == value}.
     *
     * @param column the column
     * @param value the value
     * @return the condition
     */
    public static OvsdbCondition equal(final String column, final OvsdbValue value) {
        return new OvsdbCondition(column, Function.EQUAL, value);
    }

    /**
     * The condition {@code name == "..."}, the usual way to pick a bridge, port or interface.
     *
     * @param name the name
     * @return the condition
     */
    public static OvsdbCondition nameIs(final String name) {
        return equal("name", OvsdbAtom.of(name));
    }

    /**
     * A {@code <function>} of a condition (RFC 7047 section 5.1): the ordering ones apply to integers and reals
     * only; {@code includes} and {@code excludes} test sets and maps for containment.
     */
    public enum Function {
        /** {@code <}. */
        LESS("<"),
        /** {@code <=}. */
        LESS_OR_EQUAL("<="),
        /** {@code ==}. */
        EQUAL("=="),
        /** {@code !=}. */
        NOT_EQUAL("!="),
        /** {@code >=}. */
        GREATER_OR_EQUAL(">="),
        /** {@code >}. */
        GREATER(">"),
        /** The column contains every element of the value. */
        INCLUDES("includes"),
        /** The column contains no element of the value. */
        EXCLUDES("excludes");

        private final String symbol;

        Function(final String symbol) {
            this.symbol = symbol;
        }

        /**
         * The symbol on the wire.
         *
         * @return such as {@code "=="}
         */
        public String symbol() {
            return symbol;
        }
    }
}
