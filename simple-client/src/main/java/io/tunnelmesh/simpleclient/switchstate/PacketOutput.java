/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.action.OfActionOutput;

/**
 * A copy of a packet leaving the switch: through which port, and with which headers and tunnel metadata at that
 * moment. {@code FLOOD}, {@code ALL} and {@code IN_PORT} are resolved to the ports they mean; a packet to the
 * controller has port {@link OfActionOutput#CONTROLLER}, one to the switch's own stack {@link OfActionOutput#LOCAL}.
 *
 * @param port the port number
 * @param packet the packet as it leaves
 */
public record PacketOutput(int port, Packet packet) {
    /**
     * Whether the copy goes to the controller (a packet-in).
     *
     * @return whether the port is {@code OFPP_CONTROLLER}
     */
    public boolean isController() {
        return port == OfActionOutput.CONTROLLER;
    }

    @Override
    public String toString() {
        return (isController() ? "CONTROLLER" : port == OfActionOutput.LOCAL ? "LOCAL"
            : Integer.toUnsignedString(port)) + " <- " + packet;
    }
}
