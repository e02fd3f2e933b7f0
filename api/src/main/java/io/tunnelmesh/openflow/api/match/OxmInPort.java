/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

/**
 * {@code OXM_OF_IN_PORT} (OpenFlow 1.3.5 section 7.2.3.7, field 0, 4 bytes, not maskable):
 * the ingress port, a physical or logical port number.
 *
 * @param port the value
 */
public record OxmInPort(int port) implements OxmField {
    /**
     * An exact match.
     *
     * @param port the value
     * @return the field
     */
    public static OxmInPort of(final int port) {
        return new OxmInPort(port);
    }
}
