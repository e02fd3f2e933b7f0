/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtomicType;
import io.tunnelmesh.ovsdb.api.notation.OvsdbBoolean;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbReal;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.notation.OvsdbUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.schema.OvsdbColumnType;
import java.util.UUID;

/**
 * The value a column has when an {@code insert} does not give one (RFC 7047 section 5.2.1: "the default value for
 * the column's type"): 0, 0.0, false, the empty string or the all-zero UUID for an atom; the empty set or map for an
 * optional or multi-valued column; a set of that one default atom when at least one element is required.
 */
final class OvsdbColumnDefaults {
    /** The UUID Open vSwitch uses as the default of a UUID atom. */
    static final UUID ZERO = new UUID(0, 0);

    private OvsdbColumnDefaults() {
        // static functions only
    }

    static OvsdbValue of(final OvsdbColumnType type) {
        if (type.isMap()) {
            return OvsdbMap.empty();
        }
        if (type.isAtom()) {
            return atom(type.key().atomicType());
        }
        return type.min() == 0 ? OvsdbSet.empty() : OvsdbSet.of(atom(type.key().atomicType()));
    }

    static boolean isDefault(final OvsdbValue value, final OvsdbColumnType type) {
        return of(type).equals(value);
    }

    static OvsdbAtom atom(final OvsdbAtomicType type) {
        return switch (type) {
            case INTEGER -> new OvsdbInteger(0);
            case REAL -> new OvsdbReal(0);
            case BOOLEAN -> OvsdbBoolean.FALSE;
            case STRING -> new OvsdbString("");
            case UUID -> new OvsdbUuid(ZERO);
        };
    }
}
