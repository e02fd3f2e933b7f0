/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.OfUnsigned;
import java.util.List;

/**
 * One flow of an OpenFlow 1.0 flow stats reply (OpenFlow 1.0.0 section 5.3.5, {@code ofp_flow_stats}, 88 bytes and
 * the flow's actions).
 * <pre>
 *   +---------------+--------------+---------+-------------------------------------------+
 *   | length (16)   | table_id (8) | pad (8) | ofp_match (40 bytes)                      |
 *   +---------------+--------------+---------+----------+--------------------------------+
 *   | duration_sec (32) | duration_nsec (32) | priority (16) | idle_timeout (16)          |
 *   +-------------------+--------------------+---------------+----------------------------+
 *   | hard_timeout (16) | pad (48)           | cookie (64)                                 |
 *   +-------------------+--------------------+---------------------------------------------+
 *   | packet_count (64)                      | byte_count (64)                             |
 *   +----------------------------------------+---------------------------------------------+
 *   | actions, to the end of the entry                                                     |
 *   +--------------------------------------------------------------------------------------+
 * </pre>
 *
 * @param tableId the flow's table
 * @param match the flow's match
 * @param durationSec seconds the flow has been alive
 * @param durationNsec nanoseconds beyond {@code durationSec}
 * @param priority the flow's priority
 * @param idleTimeout the flow's idle timeout
 * @param hardTimeout the flow's hard timeout
 * @param cookie the flow's cookie
 * @param packetCount packets the flow matched
 * @param byteCount bytes the flow matched
 * @param actions the flow's actions
 */
public record Of10FlowStats(int tableId, Of10Match match, int durationSec, int durationNsec, int priority,
        int idleTimeout, int hardTimeout, long cookie, long packetCount, long byteCount, List<Of10Action> actions) {
    /** Size of an entry without actions. */
    public static final int MIN_LENGTH = 88;

    /**
     * Checks the narrow fields and copies the actions.
     *
     * @throws IllegalArgumentException if a field does not fit its width
     */
    public Of10FlowStats {
        OfUnsigned.check("table_id", tableId, 8);
        OfUnsigned.check("priority", priority, 16);
        OfUnsigned.check("idle_timeout", idleTimeout, 16);
        OfUnsigned.check("hard_timeout", hardTimeout, 16);
        actions = List.copyOf(actions);
    }
}
