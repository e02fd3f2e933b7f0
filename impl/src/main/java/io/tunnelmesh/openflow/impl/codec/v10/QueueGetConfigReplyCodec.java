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
import io.tunnelmesh.openflow.api.message.v10.Of10QueueGetConfigReply;

/**
 * {@code OFPT_QUEUE_GET_CONFIG_REPLY} (type 21, section 5.3.4): a port, six bytes of padding and the port's queues.
 */
final class QueueGetConfigReplyCodec extends V10MessageCodec<Of10QueueGetConfigReply> {
    QueueGetConfigReplyCodec() {
        super(21, Of10QueueGetConfigReply.class, Of10QueueGetConfigReply.MIN_LENGTH);
    }

    @Override
    public Of10QueueGetConfigReply decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int port = body.readUnsignedShort();
        body.skipBytes(6);
        return new Of10QueueGetConfigReply(header.xid(), port, QueueCodec.decodeList(body));
    }

    @Override
    public void encodeBody(final Of10QueueGetConfigReply message, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(message.port()).writeZero(6);
        QueueCodec.encodeList(message.queues(), out);
    }
}
