/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.notation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A {@code <set>} (RFC 7047 section 5.1), on the wire {@code ["set", [<atom>, ...]]} or, for a set of one, the bare
 * atom. Elements are distinct and unordered.
 *
 * @param elements the elements
 */
public record OvsdbSet(Set<OvsdbAtom> elements) implements OvsdbValue {
    private static final OvsdbSet EMPTY = new OvsdbSet(Set.of());

    /**
     * A set; the elements are copied.
     */
    public OvsdbSet {
        elements = Set.copyOf(elements);
    }

    /**
     * The empty set: an optional column's "no value".
     *
     * @return the empty set
     */
    public static OvsdbSet empty() {
        return EMPTY;
    }

    /**
     * A set of the given atoms; duplicates collapse.
     *
     * @param elements the atoms
     * @return the set
     */
    public static OvsdbSet of(final OvsdbAtom... elements) {
        return new OvsdbSet(new LinkedHashSet<>(Arrays.asList(elements)));
    }

    /**
     * Number of elements.
     *
     * @return the size
     */
    public int size() {
        return elements.size();
    }
}
