/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * A queue property of a type OpenFlow 1.3.5 does not define, kept opaque so that it re-encodes byte for byte (Open
 * vSwitch skips such properties too).
 * <pre>
 *   | property (16) | len (16) | body, up to len |
 * </pre>
 *
 * @param property the property type
 * @param body the bytes after the type and length, padding included
 */
public record OfQueuePropUnknown(int property, OfBytes body) implements OfQueueProperty {
    /**
     * Checks the type and the length.
     *
     * @throws IllegalArgumentException if the type is not 16 bits or the property not a multiple of 8 bytes of at
     *     least 8
     */
    public OfQueuePropUnknown {
        OfUnsigned.check("property", property, 16);
        if (body.length() < 4 || (body.length() + 4) % 8 != 0 || body.length() > 0xffff - 4) {
            throw new IllegalArgumentException("queue property length must be a multiple of 8 of at least 8: "
                + (body.length() + 4));
        }
    }
}
