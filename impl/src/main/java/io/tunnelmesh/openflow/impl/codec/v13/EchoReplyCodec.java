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
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * {@code OFPT_ECHO_REPLY} (type 3, OpenFlow 1.3.5 section 7.5.2): header, then opaque data.
 */
final class EchoReplyCodec extends V13MessageCodec<OfEchoReply> {
    EchoReplyCodec() {
        super(3, OfEchoReply.class, 8);
    }

    @Override
    public OfEchoReply decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        return new OfEchoReply(header.version(), header.xid(), OfWire.readRest(body));
    }

    @Override
    public void encodeBody(final OfEchoReply message, final ByteBuf out, final OfCodecContext context) {
        OfWire.writeBytes(out, message.data());
    }
}
