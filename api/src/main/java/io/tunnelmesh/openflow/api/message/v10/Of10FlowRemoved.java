/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.message.Of10Message;

/**
 * {@code OFPT_FLOW_REMOVED} of OpenFlow 1.0 (type 11, 88 bytes, OpenFlow 1.0.0 section 5.4.2,
 * {@code ofp_flow_removed}): a flow with {@code OFPFF_SEND_FLOW_REM} expired or was deleted.
 * <pre>
 *   +----------------------+--------------------------------------------------------+
 *   | ofp_header (8 bytes) | ofp_match (40 bytes)                                   |
 *   +----------------------+--------------+------------+-------+--------------------+
 *   | cookie (64)          | priority (16)| reason (8) | pad(8)| duration_sec (32)  |
 *   +----------------------+--------------+------------+-------+--------------------+
 *   | duration_nsec (32)   | idle_timeout (16) | pad (16)      | packet_count (64)  |
 *   +----------------------+-------------------+---------------+--------------------+
 *   | byte_count (64)                                                               |
 *   +-------------------------------------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param match the flow's match
 * @param cookie the flow's cookie
 * @param priority the flow's priority
 * @param reason {@code OFPRR_IDLE_TIMEOUT} (0), {@code OFPRR_HARD_TIMEOUT} (1) or {@code OFPRR_DELETE} (2)
 * @param durationSec seconds the flow was alive
 * @param durationNsec nanoseconds beyond {@code durationSec}
 * @param idleTimeout the flow's idle timeout
 * @param packetCount packets the flow matched
 * @param byteCount bytes the flow matched
 */
public record Of10FlowRemoved(int xid, Of10Match match, long cookie, int priority, int reason, int durationSec,
        int durationNsec, int idleTimeout, long packetCount, long byteCount) implements Of10Message {
    /** Size of {@code ofp_flow_removed}. */
    public static final int LENGTH = 88;

    /**
     * Checks the narrow fields fit their widths.
     *
     * @throws IllegalArgumentException if one does not
     */
    public Of10FlowRemoved {
        OfUnsigned.check("priority", priority, 16);
        OfUnsigned.check("reason", reason, 8);
        OfUnsigned.check("idle_timeout", idleTimeout, 16);
    }
}
