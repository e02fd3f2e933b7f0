/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.notation;

/**
 * A real atom (RFC 7047 section 5.1): any JSON number. JSON has no NaN or infinities, so neither has a real atom.
 *
 * @param value the value, finite
 */
public record OvsdbReal(double value) implements OvsdbAtom {
    /**
     * A real atom.
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public OvsdbReal {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a real atom must be finite, not " + value);
        }
    }

    @Override
    public OvsdbAtomicType type() {
        return OvsdbAtomicType.REAL;
    }

    /**
     * The atom as its JSON text shows it, for messages.
     *
     * @return such as {@code 5} or {@code "br-int"}
     */
    @Override
    public String toString() {
        return Double.toString(value);
    }
}
