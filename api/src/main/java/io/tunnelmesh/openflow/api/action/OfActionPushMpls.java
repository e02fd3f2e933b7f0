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
 * {@code OFPAT_PUSH_MPLS} (type 19, 8 bytes, OpenFlow 1.3.5 section 7.2.5, {@code ofp_action_push}): push a new MPLS
 * shim header. Open vSwitch refuses Ethernet types other than 0x8847 and 0x8848 with {@code OFPBAC_BAD_ARGUMENT}; this
 * codec carries any.
 * <pre>
 *   | type = 19 (16) | len = 8 (16) | ethertype (16) | pad (16) |
 * </pre>
 *
 * @param ethertype the Ethernet type of the new header, {@link #UNICAST} or {@link #MULTICAST}
 */
public record OfActionPushMpls(int ethertype) implements OfAction {
    /** The MPLS unicast Ethernet type. */
    public static final int UNICAST = 0x8847;
    /** The MPLS multicast Ethernet type. */
    public static final int MULTICAST = 0x8848;

    /**
     * Checks the argument fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfActionPushMpls {
        OfUnsigned.check("ethertype", ethertype, 16);
    }

    /**
     * The action.
     *
     * @param ethertype the Ethernet type of the new header, {@link #UNICAST} or {@link #MULTICAST}
     * @return the action
     */
    public static OfActionPushMpls of(final int ethertype) {
        return new OfActionPushMpls(ethertype);
    }
}
