/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.notation;

import java.util.Optional;

/**
 * An {@code <atomic-type>} of RFC 7047 section 3.2: {@code "integer"}, {@code "real"}, {@code "boolean"},
 * {@code "string"} or {@code "uuid"}.
 */
public enum OvsdbAtomicType {
    /** A 64-bit signed integer. */
    INTEGER("integer"),
    /** An IEEE 754 double, finite. */
    REAL("real"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean"),
    /** A Unicode string. */
    STRING("string"),
    /** A row UUID (or a named UUID inside a transaction). */
    UUID("uuid");

    private final String jsonName;

    OvsdbAtomicType(final String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name the schema uses.
     *
     * @return such as {@code "integer"}
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The type a schema names.
     *
     * @param jsonName such as {@code "uuid"}
     * @return the type, or empty if RFC 7047 has no such atomic type
     */
    public static Optional<OvsdbAtomicType> ofJsonName(final String jsonName) {
        for (var type : values()) {
            if (type.jsonName.equals(jsonName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
