/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

/**
 * An OpenFlow 1.0 action (OpenFlow 1.0.0 section 5.2.4, {@code ofp_action_header}): a type, a length that counts
 * the whole action and is a multiple of 8, and a fixed body per type. The 1.0 set differs from 1.3's (it rewrites
 * header fields with dedicated actions instead of set-field), so it is a hierarchy of its own.
 * <pre>
 *   +---------------+---------------+-----------------------------------+
 *   | type (16)     | len (16)      | body, len - 4 bytes               |
 *   +---------------+---------------+-----------------------------------+
 * </pre>
 * Vendor actions ({@link Of10ActionVendor}) and types this library does not know ({@link Of10ActionUnknown}) are
 * kept opaque and re-encode byte for byte.
 */
public sealed interface Of10Action permits Of10ActionOutput, Of10ActionSetVlanVid, Of10ActionSetVlanPcp,
        Of10ActionStripVlan, Of10ActionSetDlSrc, Of10ActionSetDlDst, Of10ActionSetNwSrc, Of10ActionSetNwDst,
        Of10ActionSetNwTos, Of10ActionSetTpSrc, Of10ActionSetTpDst, Of10ActionEnqueue, Of10ActionVendor,
        Of10ActionUnknown {
    /** {@code OFPAT_OUTPUT}. */
    int OFPAT_OUTPUT = 0;
    /** {@code OFPAT_SET_VLAN_VID}. */
    int OFPAT_SET_VLAN_VID = 1;
    /** {@code OFPAT_SET_VLAN_PCP}. */
    int OFPAT_SET_VLAN_PCP = 2;
    /** {@code OFPAT_STRIP_VLAN}. */
    int OFPAT_STRIP_VLAN = 3;
    /** {@code OFPAT_SET_DL_SRC}. */
    int OFPAT_SET_DL_SRC = 4;
    /** {@code OFPAT_SET_DL_DST}. */
    int OFPAT_SET_DL_DST = 5;
    /** {@code OFPAT_SET_NW_SRC}. */
    int OFPAT_SET_NW_SRC = 6;
    /** {@code OFPAT_SET_NW_DST}. */
    int OFPAT_SET_NW_DST = 7;
    /** {@code OFPAT_SET_NW_TOS}. */
    int OFPAT_SET_NW_TOS = 8;
    /** {@code OFPAT_SET_TP_SRC}. */
    int OFPAT_SET_TP_SRC = 9;
    /** {@code OFPAT_SET_TP_DST}. */
    int OFPAT_SET_TP_DST = 10;
    /** {@code OFPAT_ENQUEUE}. */
    int OFPAT_ENQUEUE = 11;
    /** {@code OFPAT_VENDOR}. */
    int OFPAT_VENDOR = 0xffff;

    /**
     * Whether OpenFlow 1.0 defines an action type, so that it has a record of its own here.
     *
     * @param type the 16-bit action type
     * @return true for 0 to 11 and {@link #OFPAT_VENDOR}
     */
    static boolean isStandard(final int type) {
        return type >= OFPAT_OUTPUT && type <= OFPAT_ENQUEUE || type == OFPAT_VENDOR;
    }
}
