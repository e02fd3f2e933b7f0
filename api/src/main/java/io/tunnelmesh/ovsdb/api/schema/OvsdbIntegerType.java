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
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code "integer"} base type (RFC 7047 section 3.2) with its {@code minInteger} and {@code maxInteger}, such as
 * {@code Interface.ofport_request}'s 1 to 65279.
 *
 * @param min the least value allowed
 * @param max the greatest value allowed
 * @param enumeration the only values allowed, or empty
 */
public record OvsdbIntegerType(long min, long max, Set<OvsdbAtom> enumeration) implements OvsdbBaseType {
    /** Any 64-bit integer. */
    public static final OvsdbIntegerType ANY = new OvsdbIntegerType(Long.MIN_VALUE, Long.MAX_VALUE, Set.of());

    /**
     * An integer base type; the enumeration is copied.
     */
    public OvsdbIntegerType {
        enumeration = Set.copyOf(enumeration);
    }

    @Override
    public OvsdbAtomicType atomicType() {
        return OvsdbAtomicType.INTEGER;
    }

    @Override
    public Optional<String> checkConstraint(final OvsdbAtom atom) {
        if (atom instanceof OvsdbInteger integer && (integer.value() < min || integer.value() > max)) {
            return Optional.of(integer.value() + " is outside [" + min + ", " + max + "]");
        }
        return Optional.empty();
    }
}
