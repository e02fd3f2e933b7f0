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
 * The {@code "uuid"} base type (RFC 7047 section 3.2), usually a reference: {@code refTable} names the table whose
 * rows the UUIDs must identify, {@code refType} says whether the reference is strong (the row cannot be deleted while
 * referenced) or weak (the reference disappears with the row). Whether a referenced row exists is the server's check
 * at commit, not the notation's.
 *
 * @param refTable the referenced table, or empty for a plain UUID
 * @param refType strong or weak; strong when the schema does not say
 * @param enumeration the only values allowed, or empty
 */
public record OvsdbUuidType(Optional<String> refTable, OvsdbRefType refType, Set<OvsdbAtom> enumeration)
        implements OvsdbBaseType {
    /** Any UUID, referencing nothing. */
    public static final OvsdbUuidType ANY = new OvsdbUuidType(Optional.empty(), OvsdbRefType.STRONG, Set.of());

    /**
     * A UUID base type; the enumeration is copied.
     */
    public OvsdbUuidType {
        enumeration = Set.copyOf(enumeration);
    }

    /**
     * A strong reference to a table.
     *
     * @param table the referenced table
     * @return the base type
     */
    public static OvsdbUuidType strongRef(final String table) {
        return new OvsdbUuidType(Optional.of(table), OvsdbRefType.STRONG, Set.of());
    }

    @Override
    public OvsdbAtomicType atomicType() {
        return OvsdbAtomicType.UUID;
    }

    @Override
    public Optional<String> checkConstraint(final OvsdbAtom atom) {
        return Optional.empty();
    }
}
