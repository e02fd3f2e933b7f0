/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.match.OfMatch;
import java.util.List;

/**
 * One flow entry of an {@link OfFlowStatsReply} (OpenFlow 1.3.5 section 7.3.5.2, {@code ofp_flow_stats}): 48 bytes
 * of fixed fields, the match and the instructions; {@code length} counts them all.
 * <pre>
 *   +-------------+--------------+---------+---------------------+----------------------+
 *   | length (16) | table_id (8) | pad (8) | duration_sec (32)   | duration_nsec (32)   |
 *   +-------------+--------------+---------+------+--------------+-----------+----------+
 *   | priority (16)      | idle_timeout (16)      | hard_timeout (16)        | flags (16) |
 *   +--------------------+------------------------+--------------------------+------------+
 *   | pad (32)           | cookie (64)                                                    |
 *   +--------------------+----------------------------------------------------------------+
 *   | packet_count (64)                   | byte_count (64)                               |
 *   +-------------------------------------+-----------------------------------------------+
 *   | ofp_match, padded to 8 bytes        | instructions ...                              |
 *   +-------------------------------------+-----------------------------------------------+
 * </pre>
 *
 * @param tableId the flow's table
 * @param durationSec seconds the flow has been installed, unsigned
 * @param durationNsec nanoseconds beyond {@code durationSec}, unsigned
 * @param priority the flow's priority
 * @param idleTimeout the flow's idle timeout in seconds
 * @param hardTimeout the flow's hard timeout in seconds
 * @param flags the flow's {@code ofp_flow_mod_flags}
 * @param cookie the flow's cookie
 * @param packetCount packets the flow matched, unsigned
 * @param byteCount bytes the flow matched, unsigned
 * @param match the flow's match
 * @param instructions the flow's instructions
 */
public record OfFlowStats(int tableId, int durationSec, int durationNsec, int priority, int idleTimeout,
        int hardTimeout, int flags, long cookie, long packetCount, long byteCount, OfMatch match,
        List<OfInstruction> instructions) {
    /**
     * Checks the narrow fields and copies the instructions.
     *
     * @throws IllegalArgumentException if a field does not fit its width
     */
    public OfFlowStats {
        OfUnsigned.check("table_id", tableId, 8);
        OfUnsigned.check("priority", priority, 16);
        OfUnsigned.check("idle_timeout", idleTimeout, 16);
        OfUnsigned.check("hard_timeout", hardTimeout, 16);
        OfUnsigned.check("flags", flags, 16);
        instructions = List.copyOf(instructions);
    }
}
