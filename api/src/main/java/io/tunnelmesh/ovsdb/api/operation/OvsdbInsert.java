/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.operation;

import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import java.util.Optional;

/**
 * The {@code insert} operation (RFC 7047 section 5.2.1): adds a row; its result is the new row's UUID. A
 * {@code uuid-name} lets later operations of the same transaction refer to the row with
 * {@link io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid}.
 *
 * @param table the table
 * @param row the new row's columns; the others get their defaults
 * @param uuidName the name later operations use for the row, or empty
 */
public record OvsdbInsert(String table, OvsdbRow row, Optional<String> uuidName) implements OvsdbOperation {
    /**
     * An insert without a name.
     *
     * @param table the table
     * @param row the columns
     */
    public OvsdbInsert(final String table, final OvsdbRow row) {
        this(table, row, Optional.empty());
    }

    /**
     * An insert whose row later operations call {@code uuidName}.
     *
     * @param table the table
     * @param row the columns
     * @param uuidName the name
     */
    public OvsdbInsert(final String table, final OvsdbRow row, final String uuidName) {
        this(table, row, Optional.of(uuidName));
    }

    @Override
    public String op() {
        return "insert";
    }
}
