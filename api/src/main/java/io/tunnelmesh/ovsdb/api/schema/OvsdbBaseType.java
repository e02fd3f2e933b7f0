/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.schema;

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtomicType;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code <base-type>} (RFC 7047 section 3.2): an atomic type with the constraints RFC 7047 allows for it, and
 * optionally an {@code enum} of the only atoms allowed.
 */
public sealed interface OvsdbBaseType
        permits OvsdbIntegerType, OvsdbRealType, OvsdbBooleanType, OvsdbStringType, OvsdbUuidType {
    /**
     * The atomic type.
     *
     * @return the type
     */
    OvsdbAtomicType atomicType();

    /**
     * The {@code enum} constraint.
     *
     * @return the only atoms allowed, or empty if any atom of the type is
     */
    Set<OvsdbAtom> enumeration();

    /**
     * Checks an atom against this base type: its atomic type, the enumeration, then the type's own constraint.
     *
     * @param atom the atom
     * @return why the atom is not allowed, or empty if it is
     */
    default Optional<String> check(final OvsdbAtom atom) {
        if (atom.type() != atomicType()) {
            return Optional.of("expected " + atomicType().jsonName() + ", got " + atom);
        }
        if (!enumeration().isEmpty() && !enumeration().contains(atom)) {
            return Optional.of(atom + " is not one of " + enumeration());
        }
        return checkConstraint(atom);
    }

    /**
     * Checks the constraint specific to the atomic type, such as an integer's range.
     *
     * @param atom an atom of this base type's atomic type
     * @return why the atom is not allowed, or empty if it is
     */
    Optional<String> checkConstraint(OvsdbAtom atom);
}
