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
import io.tunnelmesh.openflow.api.message.OfGetConfigReply;
import io.tunnelmesh.openflow.api.message.OfSwitchConfig;

/**
 * {@code OFPT_GET_CONFIG_REPLY} (type 8, 12 bytes, OpenFlow 1.3.5 section 7.3.2): flags and miss-send length.
 */
final class GetConfigReplyCodec extends V13MessageCodec<OfGetConfigReply> {
    GetConfigReplyCodec() {
        super(8, OfGetConfigReply.class, 12);
    }

    @Override
    public OfGetConfigReply decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int flags = body.readUnsignedShort();
        return new OfGetConfigReply(header.xid(), new OfSwitchConfig(flags, body.readUnsignedShort()));
    }

    @Override
    public void encodeBody(final OfGetConfigReply message, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(message.config().flags()).writeShort(message.config().missSendLength());
    }
}
