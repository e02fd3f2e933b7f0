/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.schema;

import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@code <table-schema>} (RFC 7047 section 3.2). Besides the columns the schema declares, every table has the
 * implicit {@code _uuid} and {@code _version} columns, both single UUIDs that the server maintains.
 *
 * @param name the table name
 * @param columns the declared columns by name
 * @param maxRows the greatest number of rows, or empty if unlimited
 * @param root whether rows live without being referenced ({@code isRoot}); non-root rows are garbage collected
 * @param indexes the sets of columns whose values must be unique together
 */
public record OvsdbTableSchema(String name, Map<String, OvsdbColumnSchema> columns, OptionalLong maxRows,
        boolean root, List<List<String>> indexes) {
    /** The implicit column holding the row's UUID. */
    public static final OvsdbColumnSchema UUID_COLUMN = new OvsdbColumnSchema("_uuid",
        OvsdbColumnType.atom(OvsdbUuidType.ANY), false, false);
    /** The implicit column holding the row's version, a UUID that changes on every modification. */
    public static final OvsdbColumnSchema VERSION_COLUMN = new OvsdbColumnSchema("_version",
        OvsdbColumnType.atom(OvsdbUuidType.ANY), false, false);

    /**
     * A table schema; columns and indexes are copied.
     */
    public OvsdbTableSchema {
        columns = Map.copyOf(columns);
        indexes = indexes.stream().map(List::copyOf).toList();
    }

    /**
     * A declared or implicit column.
     *
     * @param column the column name
     * @return its schema, or empty if the table has no such column
     */
    public Optional<OvsdbColumnSchema> column(final String column) {
        return switch (column) {
            case "_uuid" -> Optional.of(UUID_COLUMN);
            case "_version" -> Optional.of(VERSION_COLUMN);
            default -> Optional.ofNullable(columns.get(column));
        };
    }

    /**
     * Checks a row against this table: each column exists and each value fits its type.
     *
     * @param row the row, with any subset of the columns
     * @return the first problem, naming the column, or empty if the row fits
     */
    public Optional<String> check(final OvsdbRow row) {
        for (var entry : row.columns().entrySet()) {
            final var column = column(entry.getKey());
            if (column.isEmpty()) {
                return Optional.of("table " + name + " has no column " + entry.getKey());
            }
            final var problem = column.orElseThrow().type().check(entry.getValue());
            if (problem.isPresent()) {
                return Optional.of(name + "." + entry.getKey() + ": " + problem.orElseThrow());
            }
        }
        return Optional.empty();
    }
}
