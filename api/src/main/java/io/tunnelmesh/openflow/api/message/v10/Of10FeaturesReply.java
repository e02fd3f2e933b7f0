/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.Of10Message;
import io.tunnelmesh.openflow.api.message.OfSwitchFeatures;
import java.util.List;

/**
 * {@code OFPT_FEATURES_REPLY} of OpenFlow 1.0 (type 6, OpenFlow 1.0.0 section 5.3.1, {@code ofp_switch_features}):
 * unlike 1.3, it lists the switch's ports inline and the actions it supports.
 * <pre>
 *   +----------------------+---------------------------------------------------+
 *   | ofp_header (8 bytes) | datapath_id (64)                                  |
 *   +----------------------+-------------------+-------------+------------------+
 *   | n_buffers (32)       | n_tables (8)      | pad (24)    | capabilities (32)|
 *   +----------------------+-------------------+-------------+------------------+
 *   | actions (32)         | ports: ofp_phy_port (48 bytes each), 0..n          |
 *   +----------------------+----------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param datapathId the datapath id: 48 bits of MAC address and 16 implementer-defined bits
 * @param buffers how many packets the switch can buffer
 * @param tables how many flow tables it has
 * @param capabilities the {@code ofp_capabilities} bits
 * @param actions the supported actions, bit n set for action type n
 * @param ports the switch's ports
 */
public record Of10FeaturesReply(int xid, long datapathId, int buffers, int tables, int capabilities, int actions,
        List<Of10PortDesc> ports) implements Of10Message, OfSwitchFeatures {
    /** The reply without ports: header and 24 bytes. */
    public static final int MIN_LENGTH = 32;

    /**
     * Checks the table count and copies the ports.
     *
     * @throws IllegalArgumentException if the table count does not fit in 8 bits
     */
    @Override
    public OfVersion version() {
        return Of10Message.super.version();
    }

    public Of10FeaturesReply {
        OfUnsigned.check("n_tables", tables, 8);
        ports = List.copyOf(ports);
    }
}
