/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

import java.util.List;
import java.util.Optional;

/**
 * The {@code select} operation (RFC 7047 section 5.2.2): the rows matching all conditions; its result is the rows.
 *
 * @param table the table
 * @param where the conditions, all of which a row must meet; empty for every row
 * @param columns the columns to return, or empty for all of them
 */
public record OvsdbSelect(String table, List<OvsdbCondition> where, Optional<List<String>> columns)
        implements OvsdbOperation {
    /**
     * A select; the lists are copied.
     */
    public OvsdbSelect {
        where = List.copyOf(where);
        columns = columns.map(List::copyOf);
    }

    /**
     * A select of all columns.
     *
     * @param table the table
     * @param where the conditions
     */
    public OvsdbSelect(final String table, final List<OvsdbCondition> where) {
        this(table, where, Optional.empty());
    }

    @Override
    public String op() {
        return "select";
    }
}
