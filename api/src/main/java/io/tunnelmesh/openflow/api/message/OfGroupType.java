/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * A group type (OpenFlow 1.3.5 section 7.3.4.2, {@code enum ofp_group_type}), as a value class that keeps
 * codes it does not know, so a message carrying one decodes and re-encodes unchanged.
 *
 * @param code the 8-bit code
 */
public record OfGroupType(int code) {
    /** {@code OFPGT_ALL}: every bucket is executed: multicast, broadcast. */
    public static final OfGroupType ALL = new OfGroupType(0);
    /** {@code OFPGT_SELECT}: one bucket is executed, chosen by the switch, weighted: load balancing. */
    public static final OfGroupType SELECT = new OfGroupType(1);
    /** {@code OFPGT_INDIRECT}: the one bucket is executed: a shared next hop. */
    public static final OfGroupType INDIRECT = new OfGroupType(2);
    /** {@code OFPGT_FF}: the first live bucket is executed: fast failover. */
    public static final OfGroupType FF = new OfGroupType(3);

    private static final String[] NAMES = { "ALL", "SELECT", "INDIRECT", "FF" };

    /**
     * Checks the code fits in 8 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfGroupType {
        OfUnsigned.check("type", code, 8);
    }

    /**
     * The type for a wire value; never throws for an 8-bit value, unknown codes are kept.
     *
     * @param code the wire value
     * @return a constant or a value carrying {@code code}
     */
    public static OfGroupType valueOf(final int code) {
        return switch (code) {
            case 0 -> ALL;
            case 1 -> SELECT;
            case 2 -> INDIRECT;
            case 3 -> FF;
            default -> new OfGroupType(code);
        };
    }

    /**
     * Whether OpenFlow 1.3.5 defines this type.
     *
     * @return false for unknown codes
     */
    public boolean isKnown() {
        return code < NAMES.length;
    }

    @Override
    public String toString() {
        return isKnown() ? "OFPGT_" + NAMES[code] : "OFPGT_UNKNOWN(" + code + ")";
    }
}
