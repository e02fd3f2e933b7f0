/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.monitor;

import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code <monitor-request>} for one table (RFC 7047 section 4.1.5), with the {@code where} of Open vSwitch's
 * {@code <monitor-cond-request>}. On the wire:
 * <pre>
 *   {"columns": [&lt;column&gt;*], "select": {"initial": true, "insert": true, "delete": true, "modify": true},
 *    "where": [&lt;condition&gt;*]}
 * </pre>
 *
 * @param table the table watched
 * @param columns the columns watched; empty for all of them
 * @param select which kinds of change to report
 * @param where for {@code monitor_cond} and {@code monitor_cond_since} only: the rows watched, those that meet any of
 *     the conditions (unlike a {@code select}'s {@code where}, a disjunction); empty for all rows
 */
public record OvsdbMonitorRequest(String table, List<String> columns, Set<Select> select,
        List<OvsdbCondition> where) {
    /**
     * A monitor request; the collections are copied.
     */
    public OvsdbMonitorRequest {
        columns = List.copyOf(columns);
        select = Set.copyOf(select);
        where = List.copyOf(where);
    }

    /**
     * Watches some columns (or all, if none are given) of every row, reporting every kind of change.
     *
     * @param table the table
     * @param columns the columns
     * @return the request
     */
    public static OvsdbMonitorRequest of(final String table, final String... columns) {
        return new OvsdbMonitorRequest(table, List.of(columns), EnumSet.allOf(Select.class), List.of());
    }

    /**
     * The same request restricted to rows that meet any of the conditions (a conditional monitor's {@code where}).
     *
     * @param conditions the conditions
     * @return the request
     */
    public OvsdbMonitorRequest where(final List<OvsdbCondition> conditions) {
        return new OvsdbMonitorRequest(table, columns, select, conditions);
    }

    /**
     * The members of {@code <monitor-select>}.
     */
    public enum Select {
        /** Report the rows present when the monitor starts, in the reply. */
        INITIAL("initial"),
        /** Report inserted rows. */
        INSERT("insert"),
        /** Report deleted rows. */
        DELETE("delete"),
        /** Report modified rows. */
        MODIFY("modify");

        private final String jsonName;

        Select(final String jsonName) {
            this.jsonName = jsonName;
        }

        /**
         * The member's name.
         *
         * @return such as {@code "initial"}
         */
        public String jsonName() {
            return jsonName;
        }
    }
}
