/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.action;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * {@code OFPAT_OUTPUT} (type 0, 16 bytes, OpenFlow 1.3.5 section 7.2.5): send the packet out of a port.
 * <pre>
 *   +---------------+---------------+-------------------------------+
 *   | type = 0      | len = 16      | port (32)                     |
 *   +---------------+---------------+-------------------------------+
 *   | max_len (16)  | pad (48)                                      |
 *   +---------------+-----------------------------------------------+
 * </pre>
 *
 * @param port the output port, a port number or a reserved port such as {@link #CONTROLLER}
 * @param maxLength for {@link #CONTROLLER}, bytes of the packet to send; {@code 0xffff} sends it whole
 */
public record OfActionOutput(int port, int maxLength) implements OfAction {
    /** {@code OFPP_IN_PORT}: the packet's ingress port. */
    public static final int IN_PORT = 0xfffffff8;
    /** {@code OFPP_TABLE}: submit to the first flow table (packet-out only). */
    public static final int TABLE = 0xfffffff9;
    /** {@code OFPP_NORMAL}: the switch's traditional forwarding. */
    public static final int NORMAL = 0xfffffffa;
    /** {@code OFPP_FLOOD}: all ports except the ingress one and blocked ones. */
    public static final int FLOOD = 0xfffffffb;
    /** {@code OFPP_ALL}: all ports except the ingress one. */
    public static final int ALL = 0xfffffffc;
    /** {@code OFPP_CONTROLLER}: send to the controller as a packet-in. */
    public static final int CONTROLLER = 0xfffffffd;
    /** {@code OFPP_LOCAL}: the switch's local networking stack. */
    public static final int LOCAL = 0xfffffffe;
    /** {@code OFPP_ANY}: no port, a wildcard in requests. */
    public static final int ANY = 0xffffffff;
    /** {@code OFPCML_NO_BUFFER}: send the whole packet to the controller. */
    public static final int NO_BUFFER = 0xffff;

    /**
     * Checks the maximum length fits in 16 bits.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfActionOutput {
        OfUnsigned.check("max_len", maxLength, 16);
    }

    /**
     * Output to a port; for the controller, the whole packet.
     *
     * @param port the port
     * @return the action
     */
    public static OfActionOutput to(final int port) {
        return new OfActionOutput(port, port == CONTROLLER ? NO_BUFFER : 0);
    }
}
