/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.message.Of10Message;

/**
 * {@code OFPT_PORT_MOD} of OpenFlow 1.0 (type 15, 32 bytes, OpenFlow 1.0.0 section 5.3.3, {@code ofp_port_mod}):
 * change a port's configuration bits. The hardware address must be the port's, a sanity check.
 * <pre>
 *   +----------------------+---------------+--------------------------------------+
 *   | ofp_header (8 bytes) | port_no (16)  | hw_addr (48)                         |
 *   +----------------------+---------------+------------------+-------------------+
 *   | config (32)          | mask (32)     | advertise (32)   | pad (32)          |
 *   +----------------------+---------------+------------------+-------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param portNo the port
 * @param hwAddress the port's MAC address
 * @param config the new values of the {@code OFPPC_*} bits selected by {@code mask}
 * @param mask the {@code OFPPC_*} bits to change
 * @param advertise the features to advertise, 0 to leave them unchanged
 */
public record Of10PortMod(int xid, int portNo, MacAddress hwAddress, int config, int mask, int advertise)
        implements Of10Message {
    /** Size of {@code ofp_port_mod}. */
    public static final int LENGTH = 32;

    /**
     * Checks the port number fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public Of10PortMod {
        OfUnsigned.check("port_no", portNo, 16);
    }
}
