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
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code "string"} base type (RFC 7047 section 3.2) with its {@code minLength} and {@code maxLength}, counted in
 * Unicode code points, and often an {@code enum}, such as {@code Bridge.fail_mode}'s {@code standalone} and
 * {@code secure}.
 *
 * @param minLength the least length allowed
 * @param maxLength the greatest length allowed
 * @param enumeration the only values allowed, or empty
 */
public record OvsdbStringType(long minLength, long maxLength, Set<OvsdbAtom> enumeration) implements OvsdbBaseType {
    /** Any string. */
    public static final OvsdbStringType ANY = new OvsdbStringType(0, Long.MAX_VALUE, Set.of());

    /**
     * A string base type; the enumeration is copied.
     */
    public OvsdbStringType {
        enumeration = Set.copyOf(enumeration);
    }

    @Override
    public OvsdbAtomicType atomicType() {
        return OvsdbAtomicType.STRING;
    }

    @Override
    public Optional<String> checkConstraint(final OvsdbAtom atom) {
        if (!(atom instanceof OvsdbString string)) {
            return Optional.empty();
        }
        final String value = string.value();
        final long length = value.codePointCount(0, value.length());
        return length < minLength || length > maxLength
            ? Optional.of("length " + length + " of \"" + value + "\" is outside [" + minLength + ", " + maxLength
                + "]")
            : Optional.empty();
    }
}
