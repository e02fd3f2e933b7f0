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
 * {@code OFPAT_POP_MPLS} (type 20, 8 bytes, OpenFlow 1.3.5 section 7.2.5, {@code ofp_action_pop_mpls}): pop the
 * outermost MPLS shim header.
 * <pre>
 *   | type = 20 (16) | len = 8 (16) | ethertype (16) | pad (16) |
 * </pre>
 *
 * @param ethertype the Ethernet type of the payload left behind, such as 0x0800
 */
public record OfActionPopMpls(int ethertype) implements OfAction {
    /**
     * Checks the argument fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfActionPopMpls {
        OfUnsigned.check("ethertype", ethertype, 16);
    }

    /**
     * The action.
     *
     * @param ethertype the Ethernet type of the payload left behind, such as 0x0800
     * @return the action
     */
    public static OfActionPopMpls of(final int ethertype) {
        return new OfActionPopMpls(ethertype);
    }
}
