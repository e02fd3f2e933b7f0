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
import io.tunnelmesh.openflow.api.message.v10.Of10FlowMod;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowModCommand;

/**
 * {@code OFPT_FLOW_MOD} of OpenFlow 1.0 (type 14, section 5.3.3): the 40-byte match, 24 bytes of fields, then the
 * actions up to the end of the message; see {@link Of10FlowMod} for the layout. The smallest one is 72 bytes.
 */
final class FlowModCodec extends V10MessageCodec<Of10FlowMod> {
    FlowModCodec() {
        super(14, Of10FlowMod.class, Of10FlowMod.MIN_LENGTH);
    }

    @Override
    public Of10FlowMod decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final var match = MatchCodec.decode(body);
        final long cookie = body.readLong();
        final var command = Of10FlowModCommand.valueOf(body.readUnsignedShort());
        final int idleTimeout = body.readUnsignedShort();
        final int hardTimeout = body.readUnsignedShort();
        final int priority = body.readUnsignedShort();
        final int bufferId = body.readInt();
        final int outPort = body.readUnsignedShort();
        final int flags = body.readUnsignedShort();
        return new Of10FlowMod(header.xid(), match, cookie, command, idleTimeout, hardTimeout, priority, bufferId,
            outPort, flags, ActionCodec.decodeList(body));
    }

    @Override
    public void encodeBody(final Of10FlowMod message, final ByteBuf out, final OfCodecContext context) {
        MatchCodec.encode(message.match(), out);
        out.writeLong(message.cookie()).writeShort(message.command().code()).writeShort(message.idleTimeout())
            .writeShort(message.hardTimeout()).writeShort(message.priority()).writeInt(message.bufferId())
            .writeShort(message.outPort()).writeShort(message.flags());
        ActionCodec.encodeList(message.actions(), out);
    }
}
