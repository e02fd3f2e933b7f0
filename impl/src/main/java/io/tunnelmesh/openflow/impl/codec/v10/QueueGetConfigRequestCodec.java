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
import io.tunnelmesh.openflow.api.message.v10.Of10QueueGetConfigRequest;

/**
 * {@code OFPT_QUEUE_GET_CONFIG_REQUEST} (type 20, 12 bytes, section 5.3.4): a port and two bytes of padding.
 */
final class QueueGetConfigRequestCodec extends V10MessageCodec<Of10QueueGetConfigRequest> {
    QueueGetConfigRequestCodec() {
        super(20, Of10QueueGetConfigRequest.class, Of10QueueGetConfigRequest.LENGTH);
    }

    @Override
    public Of10QueueGetConfigRequest decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int port = body.readUnsignedShort();
        body.skipBytes(2);
        return new Of10QueueGetConfigRequest(header.xid(), port);
    }

    @Override
    public void encodeBody(final Of10QueueGetConfigRequest message, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(message.port()).writeZero(2);
    }
}
