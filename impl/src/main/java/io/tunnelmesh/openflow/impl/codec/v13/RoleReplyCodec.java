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
import io.tunnelmesh.openflow.api.message.OfControllerRole;
import io.tunnelmesh.openflow.api.message.OfRoleReply;

/**
 * {@code OFPT_ROLE_REPLY} (type 25, 24 bytes, OpenFlow 1.3.5 section 7.3.9): role, 4 bytes of padding, generation
 * id.
 */
final class RoleReplyCodec extends V13MessageCodec<OfRoleReply> {
    RoleReplyCodec() {
        super(25, OfRoleReply.class, 24);
    }

    @Override
    public OfRoleReply decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final var role = OfControllerRole.valueOf(body.readInt());
        body.skipBytes(4);
        return new OfRoleReply(header.xid(), role, body.readLong());
    }

    @Override
    public void encodeBody(final OfRoleReply message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(message.role().code()).writeZero(4).writeLong(message.generationId());
    }
}
