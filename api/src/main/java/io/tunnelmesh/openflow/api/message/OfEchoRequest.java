/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;

/**
 * {@code OFPT_ECHO_REQUEST} (OpenFlow 1.3.5 section 7.5.2), a liveness probe; the peer answers with an ECHO_REPLY
 * carrying the same xid and data.
 * <pre>
 *   +----------------------+---------------------------+
 *   | ofp_header (8 bytes) | arbitrary data, 0..n bytes |
 *   +----------------------+---------------------------+
 * </pre>
 *
 * @param version the protocol version; the shape is the same in every version
 * @param xid the transaction id
 * @param data the opaque payload
 */
public record OfEchoRequest(OfVersion version, int xid, OfBytes data) implements OfMessage {
    /**
     * An OpenFlow 1.3 message without payload.
     *
     * @param xid the transaction id
     * @return the message
     */
    public static OfEchoRequest of(final int xid) {
        return new OfEchoRequest(OfVersion.OF13, xid, OfBytes.EMPTY);
    }

    /**
     * The reply a peer owes this request: same version, xid and data.
     *
     * @return the reply
     */
    public OfEchoReply reply() {
        return new OfEchoReply(version, xid, data);
    }
}
