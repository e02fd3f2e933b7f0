/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfVersion;

/**
 * {@code OFPT_PORT_MOD} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.4.3, {@code ofp_port_mod}): change the
 * administrative configuration of a port. Only the {@code config} bits set in {@code mask} change; the hardware address
 * must be the port's, as a check that the controller addresses the port it means.
 * <pre>
 *   +----------------------+----------------+----------+---------------------+----------+
 *   | ofp_header (8 bytes) | port_no (32)   | pad (32) | hw_addr (48)        | pad (16) |
 *   +----------------------+----------------+----------+---------------------+----------+
 *   | config (32)          | mask (32)      | advertise (32)      | pad (32)            |
 *   +----------------------+----------------+---------------------+---------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param portNo the port
 * @param hwAddress the port's hardware address
 * @param config the {@code ofp_port_config} bits, such as {@link #PORT_DOWN}
 * @param mask the {@code config} bits to change
 * @param advertise the {@code ofp_port_features} to advertise, 0 to leave them unchanged
 */
public record OfPortMod(int xid, int portNo, MacAddress hwAddress, int config, int mask, int advertise)
        implements OfMessage {
    /** {@code OFPPC_PORT_DOWN}: the port is administratively down. */
    public static final int PORT_DOWN = 1 << 0;
    /** {@code OFPPC_NO_RECV}: drop every packet received on the port. */
    public static final int NO_RECV = 1 << 2;
    /** {@code OFPPC_NO_FWD}: drop every packet forwarded to the port. */
    public static final int NO_FWD = 1 << 5;
    /** {@code OFPPC_NO_PACKET_IN}: send no packet-in for packets from the port. */
    public static final int NO_PACKET_IN = 1 << 6;

    /**
     * A port mod that sets the {@code mask} bits of the configuration to those of {@code config}, with transaction id
     * 0 and nothing advertised, as {@code ovs-ofctl mod-port} writes it.
     *
     * @param portNo the port
     * @param hwAddress the port's hardware address
     * @param config the new bit values
     * @param mask the bits to change
     * @return the message
     */
    public static OfPortMod of(final int portNo, final MacAddress hwAddress, final int config, final int mask) {
        return new OfPortMod(0, portNo, hwAddress, config, mask, 0);
    }

    /**
     * The same message with another transaction id.
     *
     * @param newXid the transaction id
     * @return the message
     */
    public OfPortMod withXid(final int newXid) {
        return new OfPortMod(newXid, portNo, hwAddress, config, mask, advertise);
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
