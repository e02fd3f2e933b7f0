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
 * A flow-mod command (OpenFlow 1.3.5 section 7.3.4.1, {@code enum ofp_flow_mod_command}), as a value class that keeps
 * commands it does not know.
 *
 * @param code the 8-bit command code
 */
public record OfFlowModCommand(int code) {
    /** {@code OFPFC_ADD}: a new flow. */
    public static final OfFlowModCommand ADD = new OfFlowModCommand(0);
    /** {@code OFPFC_MODIFY}: modify all matching flows. */
    public static final OfFlowModCommand MODIFY = new OfFlowModCommand(1);
    /** {@code OFPFC_MODIFY_STRICT}: modify the flow matching exactly, priority included. */
    public static final OfFlowModCommand MODIFY_STRICT = new OfFlowModCommand(2);
    /** {@code OFPFC_DELETE}: delete all matching flows. */
    public static final OfFlowModCommand DELETE = new OfFlowModCommand(3);
    /** {@code OFPFC_DELETE_STRICT}: delete the flow matching exactly, priority included. */
    public static final OfFlowModCommand DELETE_STRICT = new OfFlowModCommand(4);

    private static final String[] NAMES = { "ADD", "MODIFY", "MODIFY_STRICT", "DELETE", "DELETE_STRICT" };

    /**
     * Checks the code fits in a byte.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfFlowModCommand {
        OfUnsigned.check("command", code, 8);
    }

    /**
     * The command for a wire byte; never throws for a byte, unknown commands are kept.
     *
     * @param code the command byte
     * @return a constant or a command carrying {@code code}
     */
    public static OfFlowModCommand valueOf(final int code) {
        return switch (code) {
            case 0 -> ADD;
            case 1 -> MODIFY;
            case 2 -> MODIFY_STRICT;
            case 3 -> DELETE;
            case 4 -> DELETE_STRICT;
            default -> new OfFlowModCommand(code);
        };
    }

    @Override
    public String toString() {
        return code < NAMES.length ? "OFPFC_" + NAMES[code] : "OFPFC_UNKNOWN(" + code + ")";
    }
}
