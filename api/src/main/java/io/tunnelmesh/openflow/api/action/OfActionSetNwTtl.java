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
 * {@code OFPAT_SET_NW_TTL} (type 23, 8 bytes, OpenFlow 1.3.5 section 7.2.5, {@code ofp_action_nw_ttl}): set the IPv4
 * TTL or IPv6 hop limit ({@code mod_nw_ttl} in Open vSwitch).
 * <pre>
 *   | type = 23 (16) | len = 8 (16) | nw_ttl (8) | pad (24) |
 * </pre>
 *
 * @param nwTtl the TTL
 */
public record OfActionSetNwTtl(int nwTtl) implements OfAction {
    /**
     * Checks the argument fits in 8 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfActionSetNwTtl {
        OfUnsigned.check("nwTtl", nwTtl, 8);
    }

    /**
     * The action.
     *
     * @param nwTtl the TTL
     * @return the action
     */
    public static OfActionSetNwTtl of(final int nwTtl) {
        return new OfActionSetNwTtl(nwTtl);
    }
}
