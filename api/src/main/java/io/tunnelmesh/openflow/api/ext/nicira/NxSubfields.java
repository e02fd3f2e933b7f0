/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

/**
 * The checks Nicira actions share for a subfield {@code field[ofs, ofs + nbits)}.
 */
final class NxSubfields {
    private NxSubfields() {
        // Hidden on purpose
    }

    /**
     * Checks {@code ofs} fits the 10 bits of {@code ofs_nbits}, {@code nbits} is 1 to {@code maxBits} and the bits
     * lie within the field.
     *
     * @param name the field's role, for the message
     * @param field the field
     * @param ofs the first bit
     * @param nbits the number of bits
     * @param maxBits the most bits the encoding can hold
     * @throws IllegalArgumentException if not
     */
    static void check(final String name, final NxFieldRef field, final int ofs, final int nbits, final int maxBits) {
        if (ofs < 0 || ofs > 0x3ff || nbits < 1 || nbits > maxBits) {
            throw new IllegalArgumentException(name + " bits [" + ofs + ", +" + nbits + ") cannot be encoded");
        }
        if (!field.contains(ofs, nbits)) {
            throw new IllegalArgumentException(name + " bits [" + ofs + ", +" + nbits + ") exceed the "
                + field.width() + "-bit field " + field);
        }
    }
}
