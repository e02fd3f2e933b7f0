/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.notation;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code <row>} (RFC 7047 section 5.1): a JSON object mapping column names to values. A row in an operation or a
 * result may hold only some of its table's columns.
 *
 * @param columns the values by column name
 */
public record OvsdbRow(Map<String, OvsdbValue> columns) {
    private static final OvsdbRow EMPTY = new OvsdbRow(Map.of());

    /**
     * A row; the columns are copied.
     */
    public OvsdbRow {
        columns = Map.copyOf(columns);
    }

    /**
     * The row without columns.
     *
     * @return the empty row
     */
    public static OvsdbRow empty() {
        return EMPTY;
    }

    /**
     * The value of a column.
     *
     * @param column the column name
     * @return the value, or empty if the row does not hold that column
     */
    public Optional<OvsdbValue> get(final String column) {
        return Optional.ofNullable(columns.get(column));
    }
}
