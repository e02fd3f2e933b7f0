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
 * {@code NXOXM_NSH_SPI} (Open vSwitch {@code ovs-fields(7)},
 * {@code nsh_spi}, experimenter OXM {@code 0x005ad650} field 4,
 * 4 bytes of which only the low 24 bits may be set, not maskable): the service path identifier
 * (RFC 8300 section 2.3).
 *
 * @param value the value, an unsigned 24-bit number
 */
public record NxmNshSpi(int value) implements OxmExtensionField {
    /**
     * Checks the width.
     *
     * @throws IllegalArgumentException if the value does not fit in 24 bits
     */
    public NxmNshSpi {
        OfUnsigned.check("NXOXM_NSH_SPI", value, 24);
    }
}
