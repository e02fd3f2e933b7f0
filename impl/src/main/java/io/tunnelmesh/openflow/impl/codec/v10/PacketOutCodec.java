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
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10PacketOut;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * {@code OFPT_PACKET_OUT} of OpenFlow 1.0 (type 13, section 5.3.6): buffer id, input port, the length of the action
 * list, the actions, then the packet data. An action list length past the message or not a multiple of 8 is
 * {@code OFPBRC_BAD_LEN}, as Open vSwitch answers; the length is back-patched on encode.
 */
final class PacketOutCodec extends V10MessageCodec<Of10PacketOut> {
    PacketOutCodec() {
        super(13, Of10PacketOut.class, Of10PacketOut.MIN_LENGTH);
    }

    @Override
    public Of10PacketOut decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int bufferId = body.readInt();
        final int inPort = body.readUnsignedShort();
        final int actionsLength = body.readUnsignedShort();
        if (actionsLength > body.readableBytes() || actionsLength % 8 != 0) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "actions_len " + actionsLength
                + " is not a multiple of 8 within the " + body.readableBytes() + " bytes left");
        }
        final var actions = ActionCodec.decodeList(body.readSlice(actionsLength));
        return new Of10PacketOut(header.xid(), bufferId, inPort, actions, OfWire.readRest(body));
    }

    @Override
    public void encodeBody(final Of10PacketOut message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(message.bufferId()).writeShort(message.inPort());
        final int lengthAt = out.writerIndex();
        out.writeShort(0);
        ActionCodec.encodeList(message.actions(), out);
        OfWire.patchLength(out, lengthAt, 0, out.writerIndex() - lengthAt - 2, OfErrorCode.OFPBRC_BAD_LEN);
        OfWire.writeBytes(out, message.data());
    }
}
