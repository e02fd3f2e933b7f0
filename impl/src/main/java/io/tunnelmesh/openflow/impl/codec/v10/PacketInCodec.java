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
import io.tunnelmesh.openflow.api.message.v10.Of10PacketIn;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * {@code OFPT_PACKET_IN} of OpenFlow 1.0 (type 10, section 5.4.1): buffer id, total length, input port, reason, a
 * pad byte, then the packet; see {@link Of10PacketIn}.
 */
final class PacketInCodec extends V10MessageCodec<Of10PacketIn> {
    PacketInCodec() {
        super(10, Of10PacketIn.class, Of10PacketIn.MIN_LENGTH);
    }

    @Override
    public Of10PacketIn decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int bufferId = body.readInt();
        final int totalLength = body.readUnsignedShort();
        final int inPort = body.readUnsignedShort();
        final int reason = body.readUnsignedByte();
        body.skipBytes(1);
        return new Of10PacketIn(header.xid(), bufferId, totalLength, inPort, reason, OfWire.readRest(body));
    }

    @Override
    public void encodeBody(final Of10PacketIn message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(message.bufferId()).writeShort(message.totalLength()).writeShort(message.inPort())
            .writeByte(message.reason()).writeZero(1);
        OfWire.writeBytes(out, message.data());
    }
}
