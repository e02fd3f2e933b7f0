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
 * {@code OXM_OF_TCP_DST} (OpenFlow 1.3.5 section 7.2.3.7, field 14, 2 bytes, not maskable):
 * the TCP destination port.
 *
 * @param value the value
 */
public record OxmTcpDst(int value) implements OxmField {
    /**
     * Checks the value fit the field.
     *
     * @throws IllegalArgumentException if they do not
     */
    public OxmTcpDst {
        OfUnsigned.check("OXM_OF_TCP_DST", value, 16);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmTcpDst of(final int value) {
        return new OxmTcpDst(value);
    }
}
