/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtomicType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbBaseType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbBooleanType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbIntegerType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbRealType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbStringType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbUuidType;

/**
 * Base types without constraints (RFC 7047 section 3.2): what a mutation's arithmetic operand is typed by, and what
 * tells a value its column's constraints refuse from one of the wrong type.
 */
final class OvsdbBaseTypes {
    private OvsdbBaseTypes() {
        // static functions only
    }

    static OvsdbBaseType any(final OvsdbAtomicType type) {
        return switch (type) {
            case INTEGER -> OvsdbIntegerType.ANY;
            case REAL -> OvsdbRealType.ANY;
            case BOOLEAN -> OvsdbBooleanType.ANY;
            case STRING -> OvsdbStringType.ANY;
            case UUID -> OvsdbUuidType.ANY;
        };
    }

    static boolean isNumeric(final OvsdbAtomicType type) {
        return type == OvsdbAtomicType.INTEGER || type == OvsdbAtomicType.REAL;
    }
}
