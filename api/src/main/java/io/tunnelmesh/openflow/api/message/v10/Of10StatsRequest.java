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
 * {@code OFPT_STATS_REQUEST} (type 16, OpenFlow 1.0.0 section 5.3.5, {@code ofp_stats_request}): ask for switch,
 * flow, table, port or queue statistics. The statistics type on the wire is the body's
 * {@link Of10StatsRequestBody#type()}.
 * <pre>
 *   +----------------------+---------------+---------------+----------------------------+
 *   | ofp_header (8 bytes) | type (16)     | flags (16)    | body                       |
 *   +----------------------+---------------+---------------+----------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param flags the request flags; 1.0 defines none
 * @param body the type-specific body
 */
public record Of10StatsRequest(int xid, int flags, Of10StatsRequestBody body) implements Of10Message {
    /** Header, type and flags. */
    public static final int MIN_LENGTH = 12;

    /**
     * Checks the flags fit in 16 bits.
     *
     * @throws IllegalArgumentException if they do not
     */
    public Of10StatsRequest {
        OfUnsigned.check("flags", flags, 16);
    }

    /**
     * A request without flags.
     *
     * @param xid the transaction id
     * @param body the body
     * @return the message
     */
    public static Of10StatsRequest of(final int xid, final Of10StatsRequestBody body) {
        return new Of10StatsRequest(xid, 0, body);
    }
}
