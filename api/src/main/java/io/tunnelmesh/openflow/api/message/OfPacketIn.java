/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.match.OfMatch;

/**
 * {@code OFPT_PACKET_IN} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.4.1, {@code ofp_packet_in}): a packet the switch
 * sends to the controller, with the pipeline fields that describe it as a match.
 * <pre>
 *   +----------------------+-------------------+----------------+-------------+---------------+
 *   | ofp_header (8 bytes) | buffer_id (32)    | total_len (16) | reason (8)  | table_id (8)  |
 *   +----------------------+-------------------+----------------+-------------+---------------+
 *   | cookie (64)                                                                            |
 *   +----------------------------------------------------------------------------------------+
 *   | ofp_match, padded to 8 bytes | pad (16) | packet data ...                               |
 *   +----------------------------------------------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param bufferId the switch buffer holding the packet, or {@code 0xffffffff} ({@code OFP_NO_BUFFER})
 * @param totalLength the full length of the packet, which {@code data} may truncate
 * @param reason why the packet is sent: 0 {@code OFPR_NO_MATCH}, 1 {@code OFPR_ACTION}, 2 {@code OFPR_INVALID_TTL}
 * @param tableId the table the packet was looked up in
 * @param cookie the cookie of the flow entry that sent the packet, all ones for none
 * @param match the pipeline fields: at least the ingress port
 * @param data the packet, or its first bytes
 */
public record OfPacketIn(int xid, int bufferId, int totalLength, int reason, int tableId, long cookie, OfMatch match,
        OfBytes data) implements OfMessage {
    /** {@code OFP_NO_BUFFER}: the packet is not buffered, {@code data} holds all of it. */
    public static final int NO_BUFFER = 0xffffffff;

    /**
     * Checks the narrow fields.
     *
     * @throws IllegalArgumentException if one does not fit its width
     */
    public OfPacketIn {
        OfUnsigned.check("total_len", totalLength, 16);
        OfUnsigned.check("reason", reason, 8);
        OfUnsigned.check("table_id", tableId, 8);
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
