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
 * {@code NXAST_RESUBMIT} (Nicira subtype 1, 16 bytes; {@code resubmit(port)} in {@code ovs-actions(7)}): look the
 * packet up again in the current table as if it had arrived on {@code inPort}.
 * <pre>
 *   | 0xffff (16) | len = 16 (16) | 0x00002320 (32) | subtype = 1 (16) | in_port (16) | pad (32) |
 * </pre>
 *
 * @param inPort the 16-bit OpenFlow 1.0 port number to pretend, {@link #IN_PORT} for the packet's own
 */
public record NxActionResubmit(int inPort) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 1;
    /** {@code OFPP_IN_PORT} in 16 bits: keep the packet's ingress port. */
    public static final int IN_PORT = 0xfff8;

    /**
     * Checks the port fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public NxActionResubmit {
        OfUnsigned.check("in_port", inPort, 16);
    }
}
