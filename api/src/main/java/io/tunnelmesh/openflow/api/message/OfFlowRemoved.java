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
import io.tunnelmesh.openflow.api.match.OfMatch;

/**
 * {@code OFPT_FLOW_REMOVED} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.4.2, {@code ofp_flow_removed}): a flow entry
 * installed with {@code OFPFF_SEND_FLOW_REM} left its table.
 * <pre>
 *   +----------------------+--------------------------------------------------------+
 *   | ofp_header (8 bytes) | cookie (64)                                            |
 *   +----------------------+-----------+----------------+----------+----------------+
 *   | priority (16)        | reason (8)| table_id (8)   | duration_sec (32)         |
 *   +----------------------+-----------+----------------+---------------------------+
 *   | duration_nsec (32)               | idle_timeout (16)| hard_timeout (16)       |
 *   +----------------------------------+------------------+-------------------------+
 *   | packet_count (64)                | byte_count (64)                            |
 *   +----------------------------------+--------------------------------------------+
 *   | ofp_match, padded to 8 bytes                                                  |
 *   +-------------------------------------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param cookie the flow's cookie
 * @param priority the flow's priority
 * @param reason 0 {@code IDLE_TIMEOUT}, 1 {@code HARD_TIMEOUT}, 2 {@code DELETE}, 3 {@code GROUP_DELETE}
 * @param tableId the flow's table
 * @param durationSec seconds the flow was alive, unsigned
 * @param durationNsec nanoseconds beyond {@code durationSec}, unsigned
 * @param idleTimeout the flow's idle timeout
 * @param hardTimeout the flow's hard timeout
 * @param packetCount packets the flow matched, unsigned
 * @param byteCount bytes the flow matched, unsigned
 * @param match the flow's match
 */
public record OfFlowRemoved(int xid, long cookie, int priority, int reason, int tableId, int durationSec,
        int durationNsec, int idleTimeout, int hardTimeout, long packetCount, long byteCount, OfMatch match)
        implements OfMessage {
    /**
     * Checks the narrow fields.
     *
     * @throws IllegalArgumentException if one does not fit its width
     */
    public OfFlowRemoved {
        OfUnsigned.check("priority", priority, 16);
        OfUnsigned.check("reason", reason, 8);
        OfUnsigned.check("table_id", tableId, 8);
        OfUnsigned.check("idle_timeout", idleTimeout, 16);
        OfUnsigned.check("hard_timeout", hardTimeout, 16);
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
