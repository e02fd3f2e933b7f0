/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.schema;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code <database-schema>} (RFC 7047 section 3.2), as {@code get_schema} returns it (section 4.1.2): every value
 * the client decodes or checks is typed by a column of one of its tables.
 *
 * @param name the database name, such as {@code Open_vSwitch}
 * @param version the schema version, such as {@code 8.3.1}
 * @param checksum the {@code cksum} member, or empty
 * @param tables the tables by name
 */
public record OvsdbDatabaseSchema(String name, String version, Optional<String> checksum,
        Map<String, OvsdbTableSchema> tables) {
    /**
     * A database schema; the tables are copied.
     */
    public OvsdbDatabaseSchema {
        tables = Map.copyOf(tables);
    }

    /**
     * A table.
     *
     * @param table the table name
     * @return its schema, or empty if the database has no such table
     */
    public Optional<OvsdbTableSchema> table(final String table) {
        return Optional.ofNullable(tables.get(table));
    }
}
