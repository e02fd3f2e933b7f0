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
 * {@code OFPAT_SET_MPLS_TTL} (type 15, 8 bytes, OpenFlow 1.3.5 section 7.2.5, {@code ofp_action_mpls_ttl}): set the TTL
 * of the outermost MPLS header.
 * <pre>
 *   | type = 15 (16) | len = 8 (16) | mpls_ttl (8) | pad (24) |
 * </pre>
 *
 * @param mplsTtl the TTL
 */
public record OfActionSetMplsTtl(int mplsTtl) implements OfAction {
    /**
     * Checks the argument fits in 8 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfActionSetMplsTtl {
        OfUnsigned.check("mplsTtl", mplsTtl, 8);
    }

    /**
     * The action.
     *
     * @param mplsTtl the TTL
     * @return the action
     */
    public static OfActionSetMplsTtl of(final int mplsTtl) {
        return new OfActionSetMplsTtl(mplsTtl);
    }
}
