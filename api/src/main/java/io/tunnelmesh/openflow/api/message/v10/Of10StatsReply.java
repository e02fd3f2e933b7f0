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
import io.tunnelmesh.openflow.api.message.OfMultipartPart;

/**
 * {@code OFPT_STATS_REPLY} (type 17, OpenFlow 1.0.0 section 5.3.5, {@code ofp_stats_reply}): one part of the answer
 * to a stats request. A long answer spans several replies with the request's xid, all but the last with
 * {@link #REPLY_MORE} set, which is what {@link #more()} reports to the connection adapter assembling them.
 * <pre>
 *   +----------------------+---------------+---------------+----------------------------+
 *   | ofp_header (8 bytes) | type (16)     | flags (16)    | body                       |
 *   +----------------------+---------------+---------------+----------------------------+
 * </pre>
 *
 * @param xid the transaction id of the request
 * @param flags the reply flags, {@link #REPLY_MORE} or 0
 * @param body the type-specific body
 */
public record Of10StatsReply(int xid, int flags, Of10StatsReplyBody body) implements Of10Message, OfMultipartPart {
    /** Header, type and flags. */
    public static final int MIN_LENGTH = 12;
    /** {@code OFPSF_REPLY_MORE}: more replies follow. */
    public static final int REPLY_MORE = 1;

    /**
     * Checks the flags fit in 16 bits.
     *
     * @throws IllegalArgumentException if they do not
     */
    public Of10StatsReply {
        OfUnsigned.check("flags", flags, 16);
    }

    /**
     * The last (or only) part of a reply.
     *
     * @param xid the transaction id of the request
     * @param body the body
     * @return the message
     */
    public static Of10StatsReply of(final int xid, final Of10StatsReplyBody body) {
        return new Of10StatsReply(xid, 0, body);
    }

    @Override
    public boolean more() {
        return (flags & REPLY_MORE) != 0;
    }
}
