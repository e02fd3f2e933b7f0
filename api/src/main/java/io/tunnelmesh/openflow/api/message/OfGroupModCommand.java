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
 * A group-mod command (OpenFlow 1.3.5 section 7.3.4.2, {@code enum ofp_group_mod_command}), as a value class that keeps
 * codes it does not know, so a message carrying one decodes and re-encodes unchanged.
 *
 * @param code the 16-bit code
 */
public record OfGroupModCommand(int code) {
    /** {@code OFPGC_ADD}: a new group. */
    public static final OfGroupModCommand ADD = new OfGroupModCommand(0);
    /** {@code OFPGC_MODIFY}: replace the type and buckets of an existing group. */
    public static final OfGroupModCommand MODIFY = new OfGroupModCommand(1);
    /** {@code OFPGC_DELETE}: delete a group, or every group for {@code OFPG_ALL}. */
    public static final OfGroupModCommand DELETE = new OfGroupModCommand(2);

    private static final String[] NAMES = { "ADD", "MODIFY", "DELETE" };

    /**
     * Checks the code fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfGroupModCommand {
        OfUnsigned.check("command", code, 16);
    }

    /**
     * The command for a wire value; never throws for a 16-bit value, unknown codes are kept.
     *
     * @param code the wire value
     * @return a constant or a value carrying {@code code}
     */
    public static OfGroupModCommand valueOf(final int code) {
        return switch (code) {
            case 0 -> ADD;
            case 1 -> MODIFY;
            case 2 -> DELETE;
            default -> new OfGroupModCommand(code);
        };
    }

    /**
     * Whether OpenFlow 1.3.5 defines this command.
     *
     * @return false for unknown codes
     */
    public boolean isKnown() {
        return code < NAMES.length;
    }

    @Override
    public String toString() {
        return isKnown() ? "OFPGC_" + NAMES[code] : "OFPGC_UNKNOWN(" + code + ")";
    }
}
