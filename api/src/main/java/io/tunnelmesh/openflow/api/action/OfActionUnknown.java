/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.action;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * Any other action type (OpenFlow 1.3.5 section 7.2.5): an action type this library does not model (such as
 * {@code OFPAT_COPY_TTL_OUT} or {@code OFPAT_PUSH_MPLS} for now), kept opaque so that it re-encodes byte for byte.
 * <pre>
 *   | type (16) | len (16) | body, len - 4 bytes |
 * </pre>
 *
 * @param type the 16-bit action type
 * @param body the bytes after type and length; with them the action is a multiple of 8 bytes
 */
public record OfActionUnknown(int type, OfBytes body) implements OfAction {
    /**
     * Checks the type and the length.
     *
     * @throws IllegalArgumentException if the type is not 16 bits or the action not a multiple of 8 bytes
     */
    public OfActionUnknown {
        OfUnsigned.check("type", type, 16);
        if ((body.length() + 4) % 8 != 0) {
            throw new IllegalArgumentException("action length must be a multiple of 8: " + (body.length() + 4));
        }
    }
}
