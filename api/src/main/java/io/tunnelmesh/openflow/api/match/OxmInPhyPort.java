/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

/**
 * {@code OXM_OF_IN_PHY_PORT} (OpenFlow 1.3.5 section 7.2.3.7, field 1, 4 bytes):
 * the physical port a packet entered on when {@code OXM_OF_IN_PORT} is a logical port; requires {@code OXM_OF_IN_PORT}.
 * Open vSwitch does not implement it (it answers {@code OFPBMC_BAD_FIELD}).
 *
 * @param value the value
 */
public record OxmInPhyPort(int value) implements OxmField {
    /**
     * An exact match.
     *
     * @param value the value
     * @return the field
     */
    public static OxmInPhyPort of(final int value) {
        return new OxmInPhyPort(value);
    }
}
