/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.message.OfPortDesc;

/**
 * A port of the emulated switch: its OpenFlow description, and whether it is a tunnel whose remote end comes from
 * the packet ({@code options:remote_ip=flow} in Open vSwitch), which can only send a packet that has a tunnel
 * destination.
 *
 * @param desc the port as {@code OFPMP_PORT_DESC} describes it
 * @param flowBasedTunnel whether it is a tunnel taking its destination from {@code tun_dst}/{@code tun_ipv6_dst}
 */
public record SwitchPort(OfPortDesc desc, boolean flowBasedTunnel) {
    /** {@code OFPPC_PORT_DOWN}: administratively down. */
    public static final int CONFIG_PORT_DOWN = 1 << 0;
    /** {@code OFPPC_NO_FWD}: drop packets forwarded to the port. */
    public static final int CONFIG_NO_FWD = 1 << 5;
    /** {@code OFPPS_LINK_DOWN}: no physical link. */
    public static final int STATE_LINK_DOWN = 1 << 0;
    /** {@code OFPPS_LIVE}: live for fast failover. */
    public static final int STATE_LIVE = 1 << 2;

    /**
     * An ordinary port.
     *
     * @param desc the description
     * @return the port
     */
    public static SwitchPort of(final OfPortDesc desc) {
        return new SwitchPort(desc, false);
    }

    /**
     * A tunnel port taking its remote end from the packet's tunnel destination.
     *
     * @param desc the description
     * @return the port
     */
    public static SwitchPort flowBasedTunnel(final OfPortDesc desc) {
        return new SwitchPort(desc, true);
    }

    /**
     * The port number.
     *
     * @return the number
     */
    public int number() {
        return desc.portNo();
    }

    /**
     * Whether the port is up: not administratively down, link not down. A fast-failover bucket watching the port is
     * live exactly then.
     *
     * @return whether it is up
     */
    public boolean isLive() {
        return (desc.config() & CONFIG_PORT_DOWN) == 0 && (desc.state() & STATE_LINK_DOWN) == 0;
    }

    /**
     * Whether a packet output to the port leaves through it: unless {@code OFPPC_NO_FWD} is set. Open vSwitch sends to
     * a port that is down all the same (the datapath action is there; the link loses the packet).
     *
     * @return whether forwarding to the port is allowed
     */
    public boolean forwards() {
        return (desc.config() & CONFIG_NO_FWD) == 0;
    }
}
