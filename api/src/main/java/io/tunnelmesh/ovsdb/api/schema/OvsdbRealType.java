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
import io.tunnelmesh.ovsdb.api.notation.OvsdbReal;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code "real"} base type (RFC 7047 section 3.2) with its {@code minReal} and {@code maxReal}.
 *
 * @param min the least value allowed
 * @param max the greatest value allowed
 * @param enumeration the only values allowed, or empty
 */
public record OvsdbRealType(double min, double max, Set<OvsdbAtom> enumeration) implements OvsdbBaseType {
    /** Any finite real. */
    public static final OvsdbRealType ANY = new OvsdbRealType(-Double.MAX_VALUE, Double.MAX_VALUE, Set.of());

    /**
     * A real base type; the enumeration is copied.
     */
    public OvsdbRealType {
        enumeration = Set.copyOf(enumeration);
    }

    @Override
    public OvsdbAtomicType atomicType() {
        return OvsdbAtomicType.REAL;
    }

    @Override
    public Optional<String> checkConstraint(final OvsdbAtom atom) {
        if (atom instanceof OvsdbReal real && (real.value() < min || real.value() > max)) {
            return Optional.of(real.value() + " is outside [" + min + ", " + max + "]");
        }
        return Optional.empty();
    }
}
