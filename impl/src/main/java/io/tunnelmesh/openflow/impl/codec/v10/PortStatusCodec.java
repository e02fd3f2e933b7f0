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
import io.tunnelmesh.openflow.api.message.v10.Of10PortStatus;

/**
 * {@code OFPT_PORT_STATUS} of OpenFlow 1.0 (type 12, 64 bytes, section 5.4.3): reason, 7 bytes of padding and a
 * 48-byte port description.
 */
final class PortStatusCodec extends V10MessageCodec<Of10PortStatus> {
    PortStatusCodec() {
        super(12, Of10PortStatus.class, Of10PortStatus.LENGTH);
    }

    @Override
    public Of10PortStatus decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int reason = body.readUnsignedByte();
        body.skipBytes(7);
        return new Of10PortStatus(header.xid(), reason, PortDescCodec.decode(body));
    }

    @Override
    public void encodeBody(final Of10PortStatus message, final ByteBuf out, final OfCodecContext context) {
        out.writeByte(message.reason()).writeZero(7);
        PortDescCodec.encode(message.port(), out);
    }
}
