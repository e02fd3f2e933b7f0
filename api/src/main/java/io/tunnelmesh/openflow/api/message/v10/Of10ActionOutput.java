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
 * {@code OFPAT_OUTPUT} (type 0, 8 bytes, OpenFlow 1.0.0 section 5.2.4): send the packet out of a port.
 * <pre>
 *   +---------------+---------------+---------------+---------------+
 *   | type = 0      | len = 8       | port (16)     | max_len (16)  |
 *   +---------------+---------------+---------------+---------------+
 * </pre>
 *
 * @param port the output port, a port number or a reserved {@code OFPP_*} port of {@link Of10PortDesc}
 * @param maxLength for {@code OFPP_CONTROLLER}, bytes of the packet to send
 */
public record Of10ActionOutput(int port, int maxLength) implements Of10Action {
    /**
     * Checks the fields fit their widths.
     *
     * @throws IllegalArgumentException if one does not
     */
    public Of10ActionOutput {
        OfUnsigned.check("port", port, 16);
        OfUnsigned.check("max_len", maxLength, 16);
    }

    /**
     * Output to a port; to the controller, the whole packet (0xffff bytes, as Open vSwitch writes it).
     *
     * @param port the port
     * @return the action
     */
    public static Of10ActionOutput to(final int port) {
        return new Of10ActionOutput(port, port == Of10PortDesc.OFPP_CONTROLLER ? 0xffff : 0);
    }
}
