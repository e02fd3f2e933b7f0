/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * {@code OXM_OF_UDP_SRC} (OpenFlow 1.3.5 section 7.2.3.7, field 15, 2 bytes, not maskable):
 * the UDP source port.
 *
 * @param value the value
 */
public record OxmUdpSrc(int value) implements OxmField {
    /**
     * Checks the value fit the field.
     *
     * @throws IllegalArgumentException if they do not
     */
    public OxmUdpSrc {
        OfUnsigned.check("OXM_OF_UDP_SRC", value, 16);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmUdpSrc of(final int value) {
        return new OxmUdpSrc(value);
    }
}
