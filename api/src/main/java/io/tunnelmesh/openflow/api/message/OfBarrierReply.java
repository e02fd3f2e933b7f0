/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfVersion;

/**
 * {@code OFPT_BARRIER_REPLY} (OpenFlow 1.3.5 section 7.3.8): a header alone; every message sent before the matching
 * request has been processed.
 *
 * @param version the protocol version; the shape is the same in every version
 * @param xid the transaction id
 */
public record OfBarrierReply(OfVersion version, int xid) implements OfMessage {
    /**
     * An OpenFlow 1.3 message.
     *
     * @param xid the transaction id
     * @return the message
     */
    public static OfBarrierReply of(final int xid) {
        return new OfBarrierReply(OfVersion.OF13, xid);
    }
}
