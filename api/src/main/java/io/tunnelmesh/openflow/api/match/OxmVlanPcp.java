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
 * {@code OXM_OF_VLAN_PCP} (OpenFlow 1.3.5 section 7.2.3.7, field 7, 1 bytes):
 * the 802.1Q priority code point, 3 bits; requires a VLAN tag. Values above 7 are {@code OFPBMC_BAD_VALUE}, as Open
 * vSwitch answers.
 *
 * @param value the value
 */
public record OxmVlanPcp(int value) implements OxmField {
    /**
     * Checks the value fits the field.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OxmVlanPcp {
        OfUnsigned.check("OXM_OF_VLAN_PCP", value, 3);
    }

    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmVlanPcp of(final int value) {
        return new OxmVlanPcp(value);
    }
}
