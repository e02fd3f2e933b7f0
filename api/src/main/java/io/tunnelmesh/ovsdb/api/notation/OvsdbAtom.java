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
 * An OVSDB {@code <atom>} (RFC 7047 section 5.1): a JSON integer, real, boolean or string, a
 * {@code ["uuid", <uuid>]} or, only inside a {@code transact} request, a {@code ["named-uuid", <id>]}.
 */
public sealed interface OvsdbAtom extends OvsdbValue
        permits OvsdbInteger, OvsdbReal, OvsdbBoolean, OvsdbString, OvsdbUuid, OvsdbNamedUuid {
    /**
     * The atomic type this atom belongs to; a named UUID is a {@link OvsdbAtomicType#UUID}.
     *
     * @return the type
     */
    OvsdbAtomicType type();

    /**
     * An integer atom.
     *
     * @param value the value
     * @return the atom
     */
    static OvsdbInteger of(final long value) {
        return new OvsdbInteger(value);
    }

    /**
     * A string atom.
     *
     * @param value the value
     * @return the atom
     */
    static OvsdbString of(final String value) {
        return new OvsdbString(value);
    }

    /**
     * A boolean atom.
     *
     * @param value the value
     * @return the atom
     */
    static OvsdbBoolean of(final boolean value) {
        return OvsdbBoolean.of(value);
    }

    /**
     * A UUID atom.
     *
     * @param value the value
     * @return the atom
     */
    static OvsdbUuid of(final UUID value) {
        return new OvsdbUuid(value);
    }
}
