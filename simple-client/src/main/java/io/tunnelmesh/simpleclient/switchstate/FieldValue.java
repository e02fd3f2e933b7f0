/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import java.math.BigInteger;

/**
 * A value for a packet field under a mask: what one OXM/NXM TLV of a match or a set-field says. Bits of the value
 * outside the mask are cleared, as Open vSwitch clears them.
 *
 * @param field the field
 * @param value the value, within the mask
 * @param mask the bits that count; all ones over the field's width for an exact value
 */
record FieldValue(PacketField field, BigInteger value, BigInteger mask) {
    FieldValue {
        mask = mask.and(field.mask());
        value = value.and(mask);
    }

    static FieldValue exact(final PacketField field, final BigInteger value) {
        return new FieldValue(field, value, field.mask());
    }

    boolean isExact() {
        return mask.equals(field.mask());
    }
}
