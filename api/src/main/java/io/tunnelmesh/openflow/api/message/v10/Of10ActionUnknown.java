/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * An action of a type OpenFlow 1.0 does not define, kept opaque so that a message carrying it (a flow-stats reply
 * from a switch with extensions) still decodes and re-encodes byte for byte.
 * <pre>
 *   +---------------+---------------+-----------------------------------+
 *   | type (16)     | len (16)      | body, len - 4 bytes               |
 *   +---------------+---------------+-----------------------------------+
 * </pre>
 *
 * @param type the action type, never one {@link Of10Action#isStandard(int)} knows
 * @param body the bytes after the length; with the 4-byte header a multiple of 8 bytes
 */
public record Of10ActionUnknown(int type, OfBytes body) implements Of10Action {
    /**
     * Checks the type is not a standard one, which would decode as its own record, and the length.
     *
     * @throws IllegalArgumentException if the type is standard or the body has the wrong length
     */
    public Of10ActionUnknown {
        OfUnsigned.check("type", type, 16);
        if (Of10Action.isStandard(type)) {
            throw new IllegalArgumentException("action type " + type + " has its own record");
        }
        if ((body.length() + 4) % 8 != 0) {
            throw new IllegalArgumentException("action body of " + body.length() + " bytes is not 4 plus a multiple"
                + " of 8");
        }
    }
}
