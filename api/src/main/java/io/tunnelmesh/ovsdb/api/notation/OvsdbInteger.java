/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.notation;

/**
 * An integer atom (RFC 7047 section 5.1): a JSON number without fraction, within 64-bit signed range.
 *
 * @param value the value
 */
public record OvsdbInteger(long value) implements OvsdbAtom {
    @Override
    public OvsdbAtomicType type() {
        return OvsdbAtomicType.INTEGER;
    }

    /**
     * The atom as its JSON text shows it, for messages.
     *
     * @return such as {@code 5} or {@code "br-int"}
     */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
