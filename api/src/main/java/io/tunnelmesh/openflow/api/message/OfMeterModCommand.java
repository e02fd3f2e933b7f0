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
 * A meter-mod command (OpenFlow 1.3.5 section 7.3.4.4, {@code enum ofp_meter_mod_command}), as a value class that keeps
 * codes it does not know, so a message carrying one decodes and re-encodes unchanged.
 *
 * @param code the 16-bit code
 */
public record OfMeterModCommand(int code) {
    /** {@code OFPMC_ADD}: a new meter. */
    public static final OfMeterModCommand ADD = new OfMeterModCommand(0);
    /** {@code OFPMC_MODIFY}: replace the flags and bands of an existing meter. */
    public static final OfMeterModCommand MODIFY = new OfMeterModCommand(1);
    /** {@code OFPMC_DELETE}: delete a meter, or every meter for {@code OFPM_ALL}. */
    public static final OfMeterModCommand DELETE = new OfMeterModCommand(2);

    private static final String[] NAMES = { "ADD", "MODIFY", "DELETE" };

    /**
     * Checks the code fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfMeterModCommand {
        OfUnsigned.check("command", code, 16);
    }

    /**
     * The command for a wire value; never throws for a 16-bit value, unknown codes are kept.
     *
     * @param code the wire value
     * @return a constant or a value carrying {@code code}
     */
    public static OfMeterModCommand valueOf(final int code) {
        return switch (code) {
            case 0 -> ADD;
            case 1 -> MODIFY;
            case 2 -> DELETE;
            default -> new OfMeterModCommand(code);
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
        return isKnown() ? "OFPMC_" + NAMES[code] : "OFPMC_UNKNOWN(" + code + ")";
    }
}
