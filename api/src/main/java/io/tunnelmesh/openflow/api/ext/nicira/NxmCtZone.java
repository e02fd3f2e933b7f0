/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.match.OxmExtensionField;

/**
 * {@code NXM_NX_CT_ZONE} (Open vSwitch {@code ovs-fields(7)}, {@code ct_zone}, class 0x0001 field 106, 2 bytes, not
 * maskable): the connection tracking zone the packet was last tracked in.
 *
 * @param value the value, an unsigned 16-bit number
 */
public record NxmCtZone(int value) implements OxmExtensionField {
    /**
     * Checks the width.
     *
     * @throws IllegalArgumentException if the value does not fit in 16 bits
     */
    public NxmCtZone {
        OfUnsigned.check("NXM_NX_CT_ZONE", value, 16);
    }
}
