/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;

/**
 * {@code OFPT_FLOW_REMOVED} (type 11, OpenFlow 1.3.5 section 7.4.2): 40 bytes of fixed fields, then the match; see
 * {@link OfFlowRemoved} for the layout. The smallest one (an empty match) is 56 bytes.
 */
final class FlowRemovedCodec extends V13MessageCodec<OfFlowRemoved> {
    FlowRemovedCodec() {
        super(11, OfFlowRemoved.class, 56);
    }

    @Override
    public OfFlowRemoved decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final long cookie = body.readLong();
        final int priority = body.readUnsignedShort();
        final int reason = body.readUnsignedByte();
        final int tableId = body.readUnsignedByte();
        final int durationSec = body.readInt();
        final int durationNsec = body.readInt();
        final int idleTimeout = body.readUnsignedShort();
        final int hardTimeout = body.readUnsignedShort();
        final long packetCount = body.readLong();
        final long byteCount = body.readLong();
        return new OfFlowRemoved(header.xid(), cookie, priority, reason, tableId, durationSec, durationNsec,
            idleTimeout, hardTimeout, packetCount, byteCount, context.decodeMatch(body));
    }

    @Override
    public void encodeBody(final OfFlowRemoved message, final ByteBuf out, final OfCodecContext context) {
        out.writeLong(message.cookie()).writeShort(message.priority()).writeByte(message.reason())
            .writeByte(message.tableId()).writeInt(message.durationSec()).writeInt(message.durationNsec())
            .writeShort(message.idleTimeout()).writeShort(message.hardTimeout()).writeLong(message.packetCount())
            .writeLong(message.byteCount());
        context.encodeMatch(message.match(), out);
    }
}
