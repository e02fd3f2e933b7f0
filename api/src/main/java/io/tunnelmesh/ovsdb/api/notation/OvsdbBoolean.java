/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.notation;

/**
 * A boolean atom (RFC 7047 section 5.1): JSON {@code true} or {@code false}.
 *
 * @param value the value
 */
public record OvsdbBoolean(boolean value) implements OvsdbAtom {
    /** {@code true}. */
    public static final OvsdbBoolean TRUE = new OvsdbBoolean(true);
    /** {@code false}. */
    public static final OvsdbBoolean FALSE = new OvsdbBoolean(false);

    /**
     * The atom for a boolean.
     *
     * @param value the value
     * @return {@link #TRUE} or {@link #FALSE}
     */
    public static OvsdbBoolean of(final boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public OvsdbAtomicType type() {
        return OvsdbAtomicType.BOOLEAN;
    }

    /**
     * The atom as its JSON text shows it, for messages.
     *
     * @return such as {@code 5} or {@code "br-int"}
     */
    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
