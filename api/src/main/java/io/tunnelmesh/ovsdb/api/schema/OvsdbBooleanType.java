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
 * The {@code "boolean"} base type (RFC 7047 section 3.2); it has no constraint beyond an enumeration.
 *
 * @param enumeration the only values allowed, or empty
 */
public record OvsdbBooleanType(Set<OvsdbAtom> enumeration) implements OvsdbBaseType {
    /** Either boolean. */
    public static final OvsdbBooleanType ANY = new OvsdbBooleanType(Set.of());

    /**
     * A boolean base type; the enumeration is copied.
     */
    public OvsdbBooleanType {
        enumeration = Set.copyOf(enumeration);
    }

    @Override
    public OvsdbAtomicType atomicType() {
        return OvsdbAtomicType.BOOLEAN;
    }

    @Override
    public Optional<String> checkConstraint(final OvsdbAtom atom) {
        return Optional.empty();
    }
}
