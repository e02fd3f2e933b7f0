/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * A flow-mod command of OpenFlow 1.0 (OpenFlow 1.0.0 section 5.3.3, {@code enum ofp_flow_mod_command}). The codes
 * mean what they mean in 1.3, but the field is 16 bits wide in 1.0 (8 in 1.3), so it is a value class of its own
 * that keeps any 16-bit command a peer sends.
 *
 * @param code the 16-bit command code
 */
public record Of10FlowModCommand(int code) {
    /** {@code OFPFC_ADD}: a new flow. */
    public static final Of10FlowModCommand ADD = new Of10FlowModCommand(0);
    /** {@code OFPFC_MODIFY}: modify all matching flows. */
    public static final Of10FlowModCommand MODIFY = new Of10FlowModCommand(1);
    /** {@code OFPFC_MODIFY_STRICT}: modify the flow matching exactly, priority included. */
    public static final Of10FlowModCommand MODIFY_STRICT = new Of10FlowModCommand(2);
    /** {@code OFPFC_DELETE}: delete all matching flows. */
    public static final Of10FlowModCommand DELETE = new Of10FlowModCommand(3);
    /** {@code OFPFC_DELETE_STRICT}: delete the flow matching exactly, priority included. */
    public static final Of10FlowModCommand DELETE_STRICT = new Of10FlowModCommand(4);

    private static final String[] NAMES = { "ADD", "MODIFY", "MODIFY_STRICT", "DELETE", "DELETE_STRICT" };

    /**
     * Checks the code fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public Of10FlowModCommand {
        OfUnsigned.check("command", code, 16);
    }

    /**
     * The command for a wire value; never throws for 16 bits, unknown commands are kept.
     *
     * @param code the command
     * @return a constant or a command carrying {@code code}
     */
    public static Of10FlowModCommand valueOf(final int code) {
        return code >= 0 && code < NAMES.length ? switch (code) {
            case 0 -> ADD;
            case 1 -> MODIFY;
            case 2 -> MODIFY_STRICT;
            case 3 -> DELETE;
            default -> DELETE_STRICT;
        } : new Of10FlowModCommand(code);
    }

    @Override
    public String toString() {
        return code < NAMES.length ? "OFPFC_" + NAMES[code] : "OFPFC_UNKNOWN(" + code + ")";
    }
}
