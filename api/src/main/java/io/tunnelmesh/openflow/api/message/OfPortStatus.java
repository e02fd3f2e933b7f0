/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.OfVersion;

/**
 * {@code OFPT_PORT_STATUS} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.4.3, {@code ofp_port_status}, 80 bytes): a port
 * was added, removed or changed.
 * <pre>
 *   +----------------------+------------+------------+--------------------------------+
 *   | ofp_header (8 bytes) | reason (8) | pad (56)                                    |
 *   +----------------------+------------+---------------------------------------------+
 *   | ofp_port (64 bytes), see OfPortDesc                                             |
 *   +---------------------------------------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param reason 0 {@code OFPPR_ADD}, 1 {@code OFPPR_DELETE}, 2 {@code OFPPR_MODIFY}
 * @param port the port as it is now
 */
public record OfPortStatus(int xid, int reason, OfPortDesc port) implements OfMessage {
    /** {@code OFPPR_ADD}: the port was added. */
    public static final int REASON_ADD = 0;
    /** {@code OFPPR_DELETE}: the port was removed. */
    public static final int REASON_DELETE = 1;
    /** {@code OFPPR_MODIFY}: an attribute of the port changed. */
    public static final int REASON_MODIFY = 2;

    /**
     * Checks the reason fits in a byte.
     *
     * @throws IllegalArgumentException if it does not
     */
    public OfPortStatus {
        OfUnsigned.check("reason", reason, 8);
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
