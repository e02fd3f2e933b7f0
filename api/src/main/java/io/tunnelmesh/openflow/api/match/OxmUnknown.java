/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * An OXM field this library does not model (another basic field, a Nicira {@code NXM_*} field, an experimenter
 * field), kept opaque so that it re-encodes byte for byte.
 *
 * @param oxmClass the 16-bit class, such as 0x0001 for {@code NXM_1}
 * @param field the 7-bit field number
 * @param hasMask the {@code M} bit
 * @param payload the {@code oxm_length} bytes after the header, value and mask together
 */
public record OxmUnknown(int oxmClass, int field, boolean hasMask, OfBytes payload) implements OxmField {
    /**
     * Checks the header fields fit their widths and an experimenter field has room for its experimenter id.
     *
     * @throws IllegalArgumentException if they do not
     */
    public OxmUnknown {
        OfUnsigned.check("oxm_class", oxmClass, 16);
        OfUnsigned.check("oxm_field", field, 7);
        OfUnsigned.check("oxm_length", payload.length(), 8);
        if (oxmClass == 0xffff && payload.length() < 4) {
            throw new IllegalArgumentException("an experimenter OXM field starts with a 4-byte experimenter id, "
                + "payload has " + payload.length() + " bytes");
        }
    }
}
