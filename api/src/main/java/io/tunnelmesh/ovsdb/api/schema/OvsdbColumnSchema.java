/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.schema;

/**
 * A {@code <column-schema>} (RFC 7047 section 3.2).
 *
 * @param name the column name
 * @param type the type of its values
 * @param ephemeral whether the server may forget the value on restart (it is not written to disk)
 * @param mutable whether the value can change after insert; an Open vSwitch extension, true when absent
 */
public record OvsdbColumnSchema(String name, OvsdbColumnType type, boolean ephemeral, boolean mutable) {
    /**
     * A persistent, mutable column.
     *
     * @param name the column name
     * @param type the type of its values
     * @return the column schema
     */
    public static OvsdbColumnSchema of(final String name, final OvsdbColumnType type) {
        return new OvsdbColumnSchema(name, type, false, true);
    }
}
