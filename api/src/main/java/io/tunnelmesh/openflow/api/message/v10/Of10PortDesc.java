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
import java.nio.charset.StandardCharsets;

/**
 * A port description of OpenFlow 1.0 (OpenFlow 1.0.0 section 5.2.1, {@code ofp_phy_port}, 48 bytes), as carried by
 * the features reply and {@code OFPT_PORT_STATUS}. Port numbers are 16 bits in 1.0, and there are no speed fields.
 * <pre>
 *   +---------------+-----------------------------------------------+
 *   | port_no (16)  | hw_addr (48)                                  |
 *   +---------------+-----------------------------------------------+
 *   | name (16 bytes, NUL-terminated)                               |
 *   +---------------+---------------+---------------+---------------+
 *   | config (32)                   | state (32)                    |
 *   +-------------------------------+-------------------------------+
 *   | curr (32)                     | advertised (32)               |
 *   +-------------------------------+-------------------------------+
 *   | supported (32)                | peer (32)                     |
 *   +-------------------------------+-------------------------------+
 * </pre>
 *
 * @param portNo the port number
 * @param hwAddress the port's MAC address
 * @param name the port name, at most 15 bytes of UTF-8
 * @param config the {@code ofp_port_config} bits, such as {@link #OFPPC_PORT_DOWN}
 * @param state the {@code ofp_port_state} bits
 * @param current the current {@code ofp_port_features}
 * @param advertised the features advertised by the port
 * @param supported the features the port supports
 * @param peer the features advertised by the peer
 */
public record Of10PortDesc(int portNo, MacAddress hwAddress, String name, int config, int state, int current,
        int advertised, int supported, int peer) {
    /** Size of {@code ofp_phy_port} on the wire. */
    public static final int LENGTH = 48;
    /** Size of the name field, terminating NUL included ({@code OFP_MAX_PORT_NAME_LEN}). */
    public static final int NAME_LENGTH = 16;
    /** {@code OFPP_MAX}: the highest physical port number. */
    public static final int OFPP_MAX = 0xff00;
    /** {@code OFPP_IN_PORT}: the packet's ingress port. */
    public static final int OFPP_IN_PORT = 0xfff8;
    /** {@code OFPP_TABLE}: submit to the flow table (packet-out only). */
    public static final int OFPP_TABLE = 0xfff9;
    /** {@code OFPP_NORMAL}: the switch's traditional forwarding. */
    public static final int OFPP_NORMAL = 0xfffa;
    /** {@code OFPP_FLOOD}: all ports except the ingress one and those with flooding disabled. */
    public static final int OFPP_FLOOD = 0xfffb;
    /** {@code OFPP_ALL}: all ports except the ingress one. */
    public static final int OFPP_ALL = 0xfffc;
    /** {@code OFPP_CONTROLLER}: send to the controller. */
    public static final int OFPP_CONTROLLER = 0xfffd;
    /** {@code OFPP_LOCAL}: the switch's local networking stack. */
    public static final int OFPP_LOCAL = 0xfffe;
    /** {@code OFPP_NONE}: no port, a wildcard in requests. */
    public static final int OFPP_NONE = 0xffff;
    /** {@code OFPPC_PORT_DOWN}: administratively down. */
    public static final int OFPPC_PORT_DOWN = 1 << 0;
    /** {@code OFPPC_NO_STP}: 802.1D spanning tree disabled on the port. */
    public static final int OFPPC_NO_STP = 1 << 1;
    /** {@code OFPPC_NO_RECV}: drop received packets except 802.1D ones. */
    public static final int OFPPC_NO_RECV = 1 << 2;
    /** {@code OFPPC_NO_RECV_STP}: drop received 802.1D packets. */
    public static final int OFPPC_NO_RECV_STP = 1 << 3;
    /** {@code OFPPC_NO_FLOOD}: not included in {@code OFPP_FLOOD}. */
    public static final int OFPPC_NO_FLOOD = 1 << 4;
    /** {@code OFPPC_NO_FWD}: drop packets forwarded to the port. */
    public static final int OFPPC_NO_FWD = 1 << 5;
    /** {@code OFPPC_NO_PACKET_IN}: no packet-in for packets from the port. */
    public static final int OFPPC_NO_PACKET_IN = 1 << 6;
    /** {@code OFPPS_LINK_DOWN}: no physical link. */
    public static final int OFPPS_LINK_DOWN = 1 << 0;

    /**
     * Checks the port number and the name.
     *
     * @throws IllegalArgumentException if the port number is wider than 16 bits, or the name does not fit its field
     *     with its terminating NUL or contains a NUL
     */
    public Of10PortDesc {
        OfUnsigned.check("port_no", portNo, 16);
        if (name.getBytes(StandardCharsets.UTF_8).length >= NAME_LENGTH || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("port name must be under 16 bytes without NUL: " + name);
        }
    }
}
