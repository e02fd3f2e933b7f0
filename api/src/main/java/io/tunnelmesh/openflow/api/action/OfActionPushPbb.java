/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.action;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * {@code OFPAT_PUSH_PBB} (type 26, 8 bytes, OpenFlow 1.3.5 section 7.2.5, {@code ofp_action_push}): push a new 802.1ah
 * PBB service instance header. Open vSwitch does not implement it (it answers {@code OFPBAC_BAD_TYPE}).
 * <pre>
 *   | type = 26 (16) | len = 8 (16) | ethertype (16) | pad (16) |
 * </pre>
 *
 * @param ethertype the Ethernet type of the new header, normally {@link #ETH_8021AH}
 */
public record OfActionPushPbb(int ethertype) implements OfAction {
    /** The 802.1ah I-TAG Ethernet type. */
    public static final int ETH_8021AH = 0x88e7;

    /**
     * Checks the argument fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfActionPushPbb {
        OfUnsigned.check("ethertype", ethertype, 16);
    }

    /**
     * The action.
     *
     * @param ethertype the Ethernet type of the new header, normally {@link #ETH_8021AH}
     * @return the action
     */
    public static OfActionPushPbb of(final int ethertype) {
        return new OfActionPushPbb(ethertype);
    }
}
