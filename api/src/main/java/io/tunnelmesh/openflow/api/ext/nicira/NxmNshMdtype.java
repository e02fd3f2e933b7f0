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
 * {@code NXOXM_NSH_MDTYPE} (Open vSwitch {@code ovs-fields(7)},
 * {@code nsh_mdtype}, experimenter OXM {@code 0x005ad650}
 * field 2, 1 byte, not maskable): the NSH metadata type, 1 (fixed context headers) or 2 (variable TLVs).
 *
 * @param value the value, an unsigned 8-bit number
 */
public record NxmNshMdtype(int value) implements OxmExtensionField {
    /**
     * Checks the width.
     *
     * @throws IllegalArgumentException if the value does not fit in 8 bits
     */
    public NxmNshMdtype {
        OfUnsigned.check("NXOXM_NSH_MDTYPE", value, 8);
    }
}
