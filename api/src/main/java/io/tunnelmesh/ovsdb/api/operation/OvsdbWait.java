/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import java.util.List;
import java.util.OptionalLong;

/**
 * The {@code wait} operation (RFC 7047 section 5.2.6): waits until the selected columns of the matching rows equal
 * ({@code ==}) or differ from ({@code !=}) the given rows, or fails with {@code "timed out"} after the timeout. A
 * timeout of 0 makes it a precondition: the transaction fails at once unless the condition holds.
 *
 * @param table the table
 * @param timeoutMillis how long to wait, or empty to wait forever
 * @param where the conditions selecting rows
 * @param columns the columns compared
 * @param until {@code ==} or {@code !=}
 * @param rows the rows compared against
 */
public record OvsdbWait(String table, OptionalLong timeoutMillis, List<OvsdbCondition> where, List<String> columns,
        Until until, List<OvsdbRow> rows) implements OvsdbOperation {
    /**
     * A wait; the lists are copied.
     */
    public OvsdbWait {
        where = List.copyOf(where);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    @Override
    public String op() {
        return "wait";
    }

    /**
     * The {@code until} member of a wait.
     */
    public enum Until {
        /** Wait until the rows equal the given ones. */
        EQUAL("=="),
        /** Wait until the rows differ from the given ones. */
        NOT_EQUAL("!=");

        private final String symbol;

        Until(final String symbol) {
            this.symbol = symbol;
        }

        /**
         * The symbol on the wire.
         *
         * @return {@code ==} or {@code !=}
         */
        public String symbol() {
            return symbol;
        }
    }
}
