/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfPacketIn;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * {@code OFPT_PACKET_IN} (type 10, OpenFlow 1.3.5 section 7.4.1): fixed fields, match, 2 bytes of padding, packet
 * data; see {@link OfPacketIn} for the layout. The smallest one (an empty match, no data) is 34 bytes.
 */
final class PacketInCodec extends V13MessageCodec<OfPacketIn> {
    PacketInCodec() {
        super(10, OfPacketIn.class, 34);
    }

    @Override
    public OfPacketIn decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        // buffer_id, total_len, reason and table_id in one read
        final long fixed = body.readLong();
        final int bufferId = (int) (fixed >>> 32);
        final int totalLength = (int) (fixed >>> 16) & 0xffff;
        final int reason = (int) (fixed >>> 8) & 0xff;
        final int tableId = (int) fixed & 0xff;
        final long cookie = body.readLong();
        final var match = context.decodeMatch(body);
        body.skipBytes(2);
        // OfBytes.readFrom, not OfWire.readRest: two calls less on the way to Netty's copy, which the JIT inlines
        // only so deep (the copy's checks become calls past 15 levels)
        return new OfPacketIn(header.xid(), bufferId, totalLength, reason, tableId, cookie, match,
            OfBytes.readFrom(body, body.readableBytes()));
    }

    @Override
    public void encodeBody(final OfPacketIn message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(message.bufferId()).writeShort(message.totalLength()).writeByte(message.reason())
            .writeByte(message.tableId()).writeLong(message.cookie());
        context.encodeMatch(message.match(), out);
        out.writeZero(2);
        OfWire.writeBytes(out, message.data());
    }
}
