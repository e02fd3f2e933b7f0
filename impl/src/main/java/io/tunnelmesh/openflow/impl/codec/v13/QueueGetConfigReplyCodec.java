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
import io.tunnelmesh.openflow.api.message.OfQueueGetConfigReply;

/**
 * {@code OFPT_QUEUE_GET_CONFIG_REPLY} (type 23, at least 16 bytes), OpenFlow 1.3.5 section 7.3.6; the queues are
 * coded by {@link PacketQueueCodec}.
 */
final class QueueGetConfigReplyCodec extends V13MessageCodec<OfQueueGetConfigReply> {
    QueueGetConfigReplyCodec() {
        super(23, OfQueueGetConfigReply.class, 16);
    }

    @Override
    public OfQueueGetConfigReply decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int port = body.readInt();
        body.skipBytes(4);
        return new OfQueueGetConfigReply(header.xid(), port, PacketQueueCodec.decodeAll(body));
    }

    @Override
    public void encodeBody(final OfQueueGetConfigReply message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(message.port()).writeZero(4);
        PacketQueueCodec.encodeAll(message.queues(), out);
    }
}
