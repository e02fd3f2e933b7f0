/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowRemoved;

/**
 * {@code OFPT_FLOW_REMOVED} of OpenFlow 1.0 (type 11, 88 bytes, section 5.4.2); see {@link Of10FlowRemoved}.
 */
final class FlowRemovedCodec extends V10MessageCodec<Of10FlowRemoved> {
    FlowRemovedCodec() {
        super(11, Of10FlowRemoved.class, Of10FlowRemoved.LENGTH);
    }

    @Override
    public Of10FlowRemoved decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final var match = MatchCodec.decode(body);
        final long cookie = body.readLong();
        final int priority = body.readUnsignedShort();
        final int reason = body.readUnsignedByte();
        body.skipBytes(1);
        final int durationSec = body.readInt();
        final int durationNsec = body.readInt();
        final int idleTimeout = body.readUnsignedShort();
        body.skipBytes(2);
        return new Of10FlowRemoved(header.xid(), match, cookie, priority, reason, durationSec, durationNsec,
            idleTimeout, body.readLong(), body.readLong());
    }

    @Override
    public void encodeBody(final Of10FlowRemoved message, final ByteBuf out, final OfCodecContext context) {
        MatchCodec.encode(message.match(), out);
        out.writeLong(message.cookie()).writeShort(message.priority()).writeByte(message.reason()).writeZero(1)
            .writeInt(message.durationSec()).writeInt(message.durationNsec()).writeShort(message.idleTimeout())
            .writeZero(2).writeLong(message.packetCount()).writeLong(message.byteCount());
    }
}
