/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.schema;

import java.util.Optional;

/**
 * A reference's {@code refType} (RFC 7047 section 3.2).
 */
public enum OvsdbRefType {
    /** The referenced row cannot be deleted while this reference exists; the default. */
    STRONG("strong"),
    /** Deleting the referenced row removes this reference. */
    WEAK("weak");

    private final String jsonName;

    OvsdbRefType(final String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name the schema uses.
     *
     * @return {@code "strong"} or {@code "weak"}
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The reference type a schema names.
     *
     * @param jsonName {@code "strong"} or {@code "weak"}
     * @return the type, or empty for any other name
     */
    public static Optional<OvsdbRefType> ofJsonName(final String jsonName) {
        for (var type : values()) {
            if (type.jsonName.equals(jsonName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
