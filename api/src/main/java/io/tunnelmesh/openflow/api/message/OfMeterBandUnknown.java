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
 * A meter band of a type OpenFlow 1.3.5 does not define, kept opaque so that it re-encodes byte for byte.
 * <pre>
 *   | type (16) | len (16) | rate (32) | burst_size (32) | body, up to len |
 * </pre>
 *
 * @param type the band type
 * @param rate the rate
 * @param burstSize the burst size
 * @param body the bytes after the 12-byte band header, at least 4 (a band is at least 16 bytes long)
 */
public record OfMeterBandUnknown(int type, int rate, int burstSize, OfBytes body) implements OfMeterBand {
    /**
     * Checks the type and the length.
     *
     * @throws IllegalArgumentException if the type is not 16 bits or the band shorter than 16 or longer than 65535
     *     bytes
     */
    public OfMeterBandUnknown {
        OfUnsigned.check("band type", type, 16);
        if (body.length() < 4 || body.length() > 0xffff - 12) {
            throw new IllegalArgumentException("meter band length must be 16 to 65535: " + (body.length() + 12));
        }
    }
}
