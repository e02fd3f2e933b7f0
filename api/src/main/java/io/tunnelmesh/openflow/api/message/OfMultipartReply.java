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
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyBody;

/**
 * {@code OFPT_MULTIPART_REPLY} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.5, {@code ofp_multipart_reply}): one part
 * of the answer to a multipart request, its type given by its body. A switch splits a long answer into parts of the
 * request's xid, every one but the last with {@link #REPLY_MORE}; the connection adapter assembles them through
 * {@link OfMultipartPart}.
 * <pre>
 *   +----------------------+-----------+------------+----------+---------------------------------+
 *   | ofp_header (8 bytes) | type (16) | flags (16) | pad (32) | body, as the type defines it    |
 *   +----------------------+-----------+------------+----------+---------------------------------+
 * </pre>
 *
 * @param xid the xid of the request
 * @param flags the {@code ofp_multipart_reply_flags}: {@link #REPLY_MORE} when more parts follow
 * @param body the body, which also gives the multipart type
 */
public record OfMultipartReply(int xid, int flags, OfMultipartReplyBody body) implements OfMessage, OfMultipartPart {
    /** {@code OFPMPF_REPLY_MORE}: more parts follow. */
    public static final int REPLY_MORE = 1;

    /**
     * Checks the flags.
     *
     * @throws IllegalArgumentException if they do not fit 16 bits
     */
    public OfMultipartReply {
        OfUnsigned.check("flags", flags, 16);
    }

    /**
     * The last (or only) part of a reply.
     *
     * @param xid the xid of the request
     * @param body the body
     * @return the reply
     */
    public static OfMultipartReply last(final int xid, final OfMultipartReplyBody body) {
        return new OfMultipartReply(xid, 0, body);
    }

    /**
     * A part that more parts follow.
     *
     * @param xid the xid of the request
     * @param body the body
     * @return the reply
     */
    public static OfMultipartReply notLast(final int xid, final OfMultipartReplyBody body) {
        return new OfMultipartReply(xid, REPLY_MORE, body);
    }

    @Override
    public boolean more() {
        return (flags & REPLY_MORE) != 0;
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
