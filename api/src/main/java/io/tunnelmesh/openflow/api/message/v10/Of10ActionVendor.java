/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfBytes;

/**
 * {@code OFPAT_VENDOR} (type 0xffff, OpenFlow 1.0.0 section 5.2.4, {@code ofp_action_vendor_header}): an action
 * defined by a vendor, such as a Nicira {@code NXAST_*} action. Kept opaque: the body after the vendor id, padding
 * included, re-encodes byte for byte.
 * <pre>
 *   +---------------+---------------+-------------------------------+
 *   | type = 0xffff | len (16)      | vendor (32)                   |
 *   +---------------+---------------+-------------------------------+
 *   | vendor-defined body, len - 8 bytes                            |
 *   +---------------------------------------------------------------+
 * </pre>
 *
 * @param vendor the vendor id, such as 0x00002320 for Nicira
 * @param data the body after the vendor id; with the 8-byte header a multiple of 8 bytes
 */
public record Of10ActionVendor(int vendor, OfBytes data) implements Of10Action {
    /**
     * Checks the body keeps the action a multiple of 8 bytes.
     *
     * @throws IllegalArgumentException if it does not
     */
    public Of10ActionVendor {
        if (data.length() % 8 != 0) {
            throw new IllegalArgumentException("vendor action body must be a multiple of 8 bytes: " + data.length());
        }
    }
}
