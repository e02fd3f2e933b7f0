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
 * {@code OXM_OF_IP_PROTO} (OpenFlow 1.3.5 section 7.2.3.7, field 10, 1 bytes, not maskable):
 * the IP protocol (IPv4) or next header (IPv6), such as 6 for TCP.
 *
 * @param value the value
 */
public record OxmIpProto(int value) implements OxmField {
    /**
     * Checks the value fit the field.
     *
     * @throws IllegalArgumentException if they do not
     */
    public OxmIpProto {
        OfUnsigned.check("OXM_OF_IP_PROTO", value, 8);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmIpProto of(final int value) {
        return new OxmIpProto(value);
    }
}
