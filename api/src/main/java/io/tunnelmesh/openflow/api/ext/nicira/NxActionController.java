/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.action.OfActionExtension;

/**
 * {@code NXAST_CONTROLLER} (Nicira subtype 20, 16 bytes; {@code controller(reason=..,max_len=..,id=..)} in
 * {@code ovs-actions(7)}): send the packet to the controllers with connection id {@code controllerId} as a packet-in
 * with reason {@code reason}. Open vSwitch uses the standard {@code output:controller} when reason and id are the
 * defaults, and {@link NxActionController2} when userdata, pause or a meter are asked for.
 * <pre>
 *   | 0xffff (16) | len = 16 (16) | 0x00002320 (32) | subtype = 20 (16) | max_len (16) | controller_id (16) |
 *   | reason (8) | zero (8) |
 * </pre>
 *
 * @param maxLength bytes of the packet to send, {@code 0xffff} for all
 * @param controllerId the controller connection id, 0 for the default
 * @param reason the packet-in reason ({@code OFPR_*}, 1 = {@code OFPR_ACTION})
 */
public record NxActionController(int maxLength, int controllerId, int reason) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 20;

    /**
     * Checks the widths.
     *
     * @throws IllegalArgumentException if a value does not fit
     */
    public NxActionController {
        OfUnsigned.check("max_len", maxLength, 16);
        OfUnsigned.check("controller_id", controllerId, 16);
        OfUnsigned.check("reason", reason, 8);
    }
}
