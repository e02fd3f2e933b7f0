/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

/**
 * One message of a reply that may span several messages (OpenFlow 1.3.5 section 7.3.5: {@code OFPT_MULTIPART_REPLY}
 * with {@code OFPMPF_REPLY_MORE}; OpenFlow 1.0 section 5.3.5: {@code OFPT_STATS_REPLY} with
 * {@code OFPSF_REPLY_MORE}). Every part carries the request's xid; the last part has {@link #more()} false. The
 * connection adapter assembles parts by xid until the last one.
 */
public interface OfMultipartPart {
    /**
     * The xid of the request this part answers.
     *
     * @return the xid
     */
    int xid();

    /**
     * Whether more parts follow.
     *
     * @return {@code true} when the {@code REPLY_MORE} flag is set
     */
    boolean more();
}
