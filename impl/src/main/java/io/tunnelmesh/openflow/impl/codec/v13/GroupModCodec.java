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
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupModCommand;
import io.tunnelmesh.openflow.api.message.OfGroupType;

/**
 * {@code OFPT_GROUP_MOD} (type 15, at least 16 bytes), OpenFlow 1.3.5 section 7.3.4.2. Unknown commands and group
 * types are kept, so that they re-encode unchanged; the switch decides whether it supports them.
 */
final class GroupModCodec extends V13MessageCodec<OfGroupMod> {
    GroupModCodec() {
        super(15, OfGroupMod.class, 16);
    }

    @Override
    public OfGroupMod decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final var command = OfGroupModCommand.valueOf(body.readUnsignedShort());
        final var type = OfGroupType.valueOf(body.readUnsignedByte());
        body.skipBytes(1);
        final int groupId = body.readInt();
        return new OfGroupMod(header.xid(), command, type, groupId, BucketCodec.decodeAll(body, context));
    }

    @Override
    public void encodeBody(final OfGroupMod message, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(message.command().code()).writeByte(message.type().code()).writeZero(1)
            .writeInt(message.groupId());
        BucketCodec.encodeAll(message.buckets(), out, context);
    }
}
