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
import io.tunnelmesh.openflow.api.message.v10.Of10FeaturesReply;
import io.tunnelmesh.openflow.api.message.v10.Of10PortDesc;
import java.util.ArrayList;

/**
 * {@code OFPT_FEATURES_REPLY} of OpenFlow 1.0 (type 6, section 5.3.1): 24 bytes of fields, then the ports, 48 bytes
 * each; a port list that is not a whole number of ports is {@code OFPBRC_BAD_LEN}.
 */
final class FeaturesReplyCodec extends V10MessageCodec<Of10FeaturesReply> {
    FeaturesReplyCodec() {
        super(6, Of10FeaturesReply.class, Of10FeaturesReply.MIN_LENGTH);
    }

    @Override
    public Of10FeaturesReply decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final long datapathId = body.readLong();
        final int buffers = body.readInt();
        final int tables = body.readUnsignedByte();
        body.skipBytes(3);
        final int capabilities = body.readInt();
        final int actions = body.readInt();
        if (body.readableBytes() % Of10PortDesc.LENGTH != 0) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "port list of " + body.readableBytes()
                + " bytes is not a multiple of 48");
        }
        final var ports = new ArrayList<Of10PortDesc>();
        while (body.isReadable()) {
            ports.add(PortDescCodec.decode(body));
        }
        return new Of10FeaturesReply(header.xid(), datapathId, buffers, tables, capabilities, actions, ports);
    }

    @Override
    public void encodeBody(final Of10FeaturesReply message, final ByteBuf out, final OfCodecContext context) {
        out.writeLong(message.datapathId()).writeInt(message.buffers()).writeByte(message.tables()).writeZero(3)
            .writeInt(message.capabilities()).writeInt(message.actions());
        for (var port : message.ports()) {
            PortDescCodec.encode(port, out);
        }
    }
}
