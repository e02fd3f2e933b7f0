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
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;

/**
 * {@code OFPT_FEATURES_REPLY} (type 6, 32 bytes, OpenFlow 1.3.5 section 7.3.1); see {@link OfFeaturesReply} for the
 * layout.
 */
final class FeaturesReplyCodec extends V13MessageCodec<OfFeaturesReply> {
    FeaturesReplyCodec() {
        super(6, OfFeaturesReply.class, 32);
    }

    @Override
    public OfFeaturesReply decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final long datapathId = body.readLong();
        final int buffers = body.readInt();
        final int tables = body.readUnsignedByte();
        final int auxiliaryId = body.readUnsignedByte();
        body.skipBytes(2);
        return new OfFeaturesReply(header.xid(), datapathId, buffers, tables, auxiliaryId, body.readInt(),
            body.readInt());
    }

    @Override
    public void encodeBody(final OfFeaturesReply message, final ByteBuf out, final OfCodecContext context) {
        out.writeLong(message.datapathId()).writeInt(message.buffers()).writeByte(message.tables())
            .writeByte(message.auxiliaryId()).writeZero(2).writeInt(message.capabilities())
            .writeInt(message.reserved());
    }
}
