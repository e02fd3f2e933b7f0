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
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfPacketOut;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * {@code OFPT_PACKET_OUT} (type 13, OpenFlow 1.3.5 section 7.3.7): buffer id, in port, actions length, 6 bytes of
 * padding, actions, packet data. The actions length is back-patched after the actions are written.
 */
final class PacketOutCodec extends V13MessageCodec<OfPacketOut> {
    /** Offset of {@code actions_len} from the start of the body. */
    private static final int ACTIONS_LEN_OFFSET = 8;

    PacketOutCodec() {
        super(13, OfPacketOut.class, 24);
    }

    @Override
    public OfPacketOut decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int bufferId = body.readInt();
        final int inPort = body.readInt();
        final int actionsLength = body.readUnsignedShort();
        body.skipBytes(6);
        if (actionsLength > body.readableBytes()) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "actions_len " + actionsLength + " exceeds the "
                + body.readableBytes() + " bytes left");
        }
        final var actions = context.decodeActions(body.readSlice(actionsLength));
        return new OfPacketOut(header.xid(), bufferId, inPort, actions, OfWire.readRest(body));
    }

    @Override
    public void encodeBody(final OfPacketOut message, final ByteBuf out, final OfCodecContext context) {
        final int start = out.writerIndex();
        out.writeInt(message.bufferId()).writeInt(message.inPort()).writeShort(0).writeZero(6);
        final int actionsStart = out.writerIndex();
        context.encodeActions(message.actions(), out);
        OfWire.patchLength(out, start, ACTIONS_LEN_OFFSET, out.writerIndex() - actionsStart,
            OfErrorCode.OFPBRC_BAD_LEN);
        OfWire.writeBytes(out, message.data());
    }
}
