/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.message.Of10Message;

/**
 * {@code OFPT_PORT_STATUS} of OpenFlow 1.0 (type 12, 64 bytes, OpenFlow 1.0.0 section 5.4.3,
 * {@code ofp_port_status}): a port was added, deleted or changed; it carries the 48-byte 1.0 port description.
 * <pre>
 *   +----------------------+------------+----------+-------------------------------+
 *   | ofp_header (8 bytes) | reason (8) | pad (56) | ofp_phy_port (48 bytes)       |
 *   +----------------------+------------+----------+-------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param reason {@link #ADD}, {@link #DELETE} or {@link #MODIFY}
 * @param port the port's description
 */
public record Of10PortStatus(int xid, int reason, Of10PortDesc port) implements Of10Message {
    /** Size of {@code ofp_port_status}. */
    public static final int LENGTH = 64;
    /** {@code OFPPR_ADD}. */
    public static final int ADD = 0;
    /** {@code OFPPR_DELETE}. */
    public static final int DELETE = 1;
    /** {@code OFPPR_MODIFY}. */
    public static final int MODIFY = 2;

    /**
     * Checks the reason fits in 8 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public Of10PortStatus {
        OfUnsigned.check("reason", reason, 8);
    }
}
