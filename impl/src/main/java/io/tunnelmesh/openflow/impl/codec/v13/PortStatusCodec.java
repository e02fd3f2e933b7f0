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
import io.tunnelmesh.openflow.api.message.OfPortStatus;

/**
 * {@code OFPT_PORT_STATUS} (type 12, 80 bytes, OpenFlow 1.3.5 section 7.4.3): reason, 7 bytes of padding, then an
 * {@code ofp_port}.
 */
final class PortStatusCodec extends V13MessageCodec<OfPortStatus> {
    PortStatusCodec() {
        super(12, OfPortStatus.class, 16 + PortDescCodec.LENGTH);
    }

    @Override
    public OfPortStatus decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int reason = body.readUnsignedByte();
        body.skipBytes(7);
        return new OfPortStatus(header.xid(), reason, PortDescCodec.decode(body));
    }

    @Override
    public void encodeBody(final OfPortStatus message, final ByteBuf out, final OfCodecContext context) {
        out.writeByte(message.reason()).writeZero(7);
        PortDescCodec.encode(message.port(), out);
    }
}
