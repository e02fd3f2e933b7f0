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
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import io.tunnelmesh.openflow.impl.codec.ScratchMessageEncoder;
import io.tunnelmesh.openflow.impl.codec.ScratchStructureEncoder;
import io.tunnelmesh.openflow.impl.codec.ScratchWriter;

/**
 * {@code OFPT_FLOW_MOD} (type 14, OpenFlow 1.3.5 section 7.3.4.1): 40 bytes of fixed fields, the match, then the
 * instructions up to the end of the message; see {@link OfFlowMod} for the layout. The smallest one (an empty match,
 * no instructions) is 56 bytes. The hot path of the library: every value is written straight into the output buffer
 * and every length is back-patched; built-in parts go through the registry's scratch path ({@link ScratchWriter})
 * with the same bytes.
 */
final class FlowModCodec extends V13MessageCodec<OfFlowMod> implements ScratchMessageEncoder<OfFlowMod> {
    FlowModCodec() {
        super(14, OfFlowMod.class, 56);
    }

    @Override
    public OfFlowMod decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final long cookie = body.readLong();
        final long cookieMask = body.readLong();
        final int tableId = body.readUnsignedByte();
        final var command = OfFlowModCommand.valueOf(body.readUnsignedByte());
        final int idleTimeout = body.readUnsignedShort();
        final int hardTimeout = body.readUnsignedShort();
        final int priority = body.readUnsignedShort();
        final int bufferId = body.readInt();
        final int outPort = body.readInt();
        final int outGroup = body.readInt();
        final int flags = body.readUnsignedShort();
        body.skipBytes(2);
        final var match = context.decodeMatch(body);
        return new OfFlowMod(header.xid(), cookie, cookieMask, tableId, command, idleTimeout, hardTimeout, priority,
            bufferId, outPort, outGroup, flags, match, context.decodeInstructions(body));
    }

    @Override
    public void encodeBody(final OfFlowMod message, final ByteBuf out, final OfCodecContext context) {
        // the 32-, 16- and 8-bit fields go out packed into longs: each buffer write costs its bound checks
        out.writeLong(message.cookie()).writeLong(message.cookieMask())
            .writeLong(OfWire.pack(message.tableId() << 24 | message.command().code() << 16 | message.idleTimeout(),
                message.hardTimeout() << 16 | message.priority()))
            .writeLong(OfWire.pack(message.bufferId(), message.outPort()))
            .writeLong(OfWire.pack(message.outGroup(), message.flags() << 16));
        context.encodeMatch(message.match(), out);
        context.encodeInstructions(message.instructions(), out);
    }

    @Override
    public boolean encodeBody(final OfFlowMod message, final ScratchWriter out,
            final ScratchStructureEncoder structures) {
        out.writeLong(message.cookie()).writeLong(message.cookieMask())
            .writeLong(OfWire.pack(message.tableId() << 24 | message.command().code() << 16 | message.idleTimeout(),
                message.hardTimeout() << 16 | message.priority()))
            .writeLong(OfWire.pack(message.bufferId(), message.outPort()))
            .writeLong(OfWire.pack(message.outGroup(), message.flags() << 16));
        return structures.encodeMatch(message.match(), out)
            && structures.encodeInstructions(message.instructions(), out);
    }
}
