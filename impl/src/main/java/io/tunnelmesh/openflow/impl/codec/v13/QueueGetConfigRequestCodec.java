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
import io.tunnelmesh.openflow.api.message.OfQueueGetConfigRequest;

/**
 * {@code OFPT_QUEUE_GET_CONFIG_REQUEST} (type 22, 16 bytes), OpenFlow 1.3.5 section 7.3.6.
 */
final class QueueGetConfigRequestCodec extends V13MessageCodec<OfQueueGetConfigRequest> {
    QueueGetConfigRequestCodec() {
        super(22, OfQueueGetConfigRequest.class, 16);
    }

    @Override
    public OfQueueGetConfigRequest decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int port = body.readInt();
        body.skipBytes(4);
        return new OfQueueGetConfigRequest(header.xid(), port);
    }

    @Override
    public void encodeBody(final OfQueueGetConfigRequest message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(message.port()).writeZero(4);
    }
}
