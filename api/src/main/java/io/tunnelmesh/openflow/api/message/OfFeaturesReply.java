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
 * {@code OFPT_FEATURES_REPLY} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.1, {@code ofp_switch_features}, 32 bytes).
 * Unlike 1.0, the ports are not listed here but in a {@code OFPMP_PORT_DESC} multipart reply.
 * <pre>
 *   +----------------------+---------------------------------------------------------------+
 *   | ofp_header (8 bytes) | datapath_id (64)                                              |
 *   +----------------------+---------------+-------------+------------------+--------------+
 *   | n_buffers (32)                       | n_tables (8)| auxiliary_id (8) | pad (16)     |
 *   +--------------------------------------+-------------+------------------+--------------+
 *   | capabilities (32)                    | reserved (32)                                 |
 *   +--------------------------------------+-----------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id of the request
 * @param datapathId the datapath id: 48 bits of MAC address and 16 implementer-defined bits
 * @param buffers the number of packets the switch can buffer, unsigned 32 bits
 * @param tables the number of tables, 0 to 255
 * @param auxiliaryId the auxiliary connection id, 0 for the main connection
 * @param capabilities the {@code ofp_capabilities} bitmap
 * @param reserved the reserved word, kept as received
 */
public record OfFeaturesReply(int xid, long datapathId, int buffers, int tables, int auxiliaryId, int capabilities,
        int reserved) implements OfMessage, OfSwitchFeatures {
    /** {@code OFPC_FLOW_STATS}: flow statistics. */
    public static final int CAPABILITY_FLOW_STATS = 1 << 0;
    /** {@code OFPC_TABLE_STATS}: table statistics. */
    public static final int CAPABILITY_TABLE_STATS = 1 << 1;
    /** {@code OFPC_PORT_STATS}: port statistics. */
    public static final int CAPABILITY_PORT_STATS = 1 << 2;
    /** {@code OFPC_GROUP_STATS}: group statistics. */
    public static final int CAPABILITY_GROUP_STATS = 1 << 3;
    /** {@code OFPC_IP_REASM}: can reassemble IP fragments. */
    public static final int CAPABILITY_IP_REASM = 1 << 5;
    /** {@code OFPC_QUEUE_STATS}: queue statistics. */
    public static final int CAPABILITY_QUEUE_STATS = 1 << 6;
    /** {@code OFPC_PORT_BLOCKED}: the switch blocks looping ports. */
    public static final int CAPABILITY_PORT_BLOCKED = 1 << 8;

    /**
     * Checks the byte-wide fields.
     *
     * @throws IllegalArgumentException if {@code tables} or {@code auxiliaryId} do not fit in a byte
     */
    public OfFeaturesReply {
        OfUnsigned.check("n_tables", tables, 8);
        OfUnsigned.check("auxiliary_id", auxiliaryId, 8);
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
