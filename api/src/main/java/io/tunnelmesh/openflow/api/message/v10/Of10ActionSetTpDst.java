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
 * {@code OFPAT_SET_TP_DST} (type 10, 8 bytes, OpenFlow 1.0.0 section 5.2.4): set the TCP/UDP destination port.
 * <pre>
 *   +---------------+---------------+---------------+---------------+
 *   | type = 10     | len = 8       | tp_port (16)  | pad (16)      |
 *   +---------------+---------------+---------------+---------------+
 * </pre>
 *
 * @param port the port
 */
public record Of10ActionSetTpDst(int port) implements Of10Action {
    /**
     * Checks the fields fit their widths.
     *
     * @throws IllegalArgumentException if one does not
     */
    public Of10ActionSetTpDst {
        OfUnsigned.check("tp_port", port, 16);
    }
}
