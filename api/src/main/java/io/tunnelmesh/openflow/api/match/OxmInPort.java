/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import java.util.stream.IntStream;

/**
 * {@code OXM_OF_IN_PORT} (OpenFlow 1.3.5 section 7.2.3.7, field 0, 4 bytes, not maskable):
 * the ingress port, a physical or logical port number.
 *
 * @param port the value
 */
public record OxmInPort(int port) implements OxmField {
    /**
     * The fields of ports 0 to 1023, made once: every PACKET_IN carries its ingress port (OpenFlow 1.3.5 section
     * 7.4.1), and a switch's ports are a few small numbers (Open vSwitch numbers them from 1).
     */
    private static final OxmInPort[] SMALL_PORTS = IntStream.range(0, 1024).mapToObj(OxmInPort::new)
        .toArray(OxmInPort[]::new);

    /**
     * An exact match. A value, like every field: the same port may give the same instance (ports 0 to 1023 do),
     * so compare fields with {@code equals}, never by identity.
     *
     * @param port the value
     * @return the field
     */
    public static OxmInPort of(final int port) {
        return port >= 0 && port < SMALL_PORTS.length ? SMALL_PORTS[port] : new OxmInPort(port);
    }
}
