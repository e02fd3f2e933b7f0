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
 * {@code OXM_OF_IP_ECN} (OpenFlow 1.3.5 section 7.2.3.7, field 9, 1 bytes):
 * the ECN bits, the lower 2 bits of the IPv4 ToS or IPv6 traffic class. Values above 3 are {@code OFPBMC_BAD_VALUE}, as
 * Open vSwitch answers.
 *
 * @param value the value
 */
public record OxmIpEcn(int value) implements OxmField {
    /**
     * Checks the value fits the field.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OxmIpEcn {
        OfUnsigned.check("OXM_OF_IP_ECN", value, 2);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmIpEcn of(final int value) {
        return new OxmIpEcn(value);
    }
}
