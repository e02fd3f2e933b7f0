/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.notation;

import java.util.UUID;

/**
 * A UUID atom (RFC 7047 section 5.1), on the wire {@code ["uuid", "550e8400-e29b-41d4-a716-446655440000"]}: the
 * identity of a row, or a reference to one in a column whose type names a {@code refTable}.
 *
 * @param value the UUID
 */
public record OvsdbUuid(UUID value) implements OvsdbAtom {
    @Override
    public OvsdbAtomicType type() {
        return OvsdbAtomicType.UUID;
    }

    /**
     * The atom as its JSON text shows it, for messages.
     *
     * @return such as {@code 5} or {@code "br-int"}
     */
    @Override
    public String toString() {
        return value.toString();
    }
}
