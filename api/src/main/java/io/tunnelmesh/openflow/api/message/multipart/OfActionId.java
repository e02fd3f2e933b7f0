/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * An action named in a table features property (OpenFlow 1.3.5 section 7.3.5.5.2): the {@code ofp_action_header} header
 * without padding, 4 bytes for a standard type; experimenter ones add their experimenter id (and whatever else the
 * experimenter puts there, such as a Nicira subtype), which is kept opaque.
 * <pre>
 *   | type (16) | len (16) | data, len - 4 bytes (experimenter id ...) |
 * </pre>
 *
 * @param type the action type, {@code 0xffff} for experimenter
 * @param data the bytes after type and length, empty for a standard type
 */
public record OfActionId(int type, OfBytes data) {
    /**
     * Checks the type.
     *
     * @throws IllegalArgumentException if it does not fit 16 bits
     */
    public OfActionId {
        OfUnsigned.check("type", type, 16);
    }

    /**
     * A standard action.
     *
     * @param type the type
     * @return its id
     */
    public static OfActionId of(final int type) {
        return new OfActionId(type, OfBytes.EMPTY);
    }
}
