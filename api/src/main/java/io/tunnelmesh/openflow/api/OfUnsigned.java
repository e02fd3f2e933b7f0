/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api;

/**
 * Range checks for OpenFlow's unsigned fields, which Java holds in wider signed types: an 8-bit {@code table_id} or
 * a 16-bit {@code priority} in an {@code int}. Records call it from their compact constructors, so a value that
 * could not be put on the wire is refused when it is built, not when it is sent.
 */
public final class OfUnsigned {
    private OfUnsigned() {
        // Hidden on purpose
    }

    /**
     * Checks an unsigned field of fewer than 32 bits.
     *
     * @param name the spec's field name, for the message
     * @param value the value
     * @param bits the field width, 1 to 31
     * @return {@code value}
     * @throws IllegalArgumentException if the value does not fit
     */
    public static int check(final String name, final int value, final int bits) {
        if (value < 0 || value >= 1 << bits) {
            throw new IllegalArgumentException(name + " must be an unsigned " + bits + "-bit value: " + value);
        }
        return value;
    }
}
