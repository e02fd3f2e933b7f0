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
 * {@code OFPAT_PUSH_VLAN} (type 17, 8 bytes, OpenFlow 1.3.5 section 7.2.5): push a new VLAN tag.
 * <pre>
 *   | type = 17 (16) | len = 8 (16) | ethertype (16) | pad (16) |
 * </pre>
 *
 * @param ethertype the tag's Ethernet type, 0x8100 or 0x88a8
 */
public record OfActionPushVlan(int ethertype) implements OfAction {
    /** The 802.1Q tag type. */
    public static final int ETH_8021Q = 0x8100;

    /**
     * Checks the Ethernet type fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfActionPushVlan {
        OfUnsigned.check("ethertype", ethertype, 16);
    }
}
