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
import io.tunnelmesh.openflow.api.message.OfTableMod;

/**
 * {@code OFPT_TABLE_MOD} (type 17, 16 bytes), OpenFlow 1.3.5 section 7.3.3.
 */
final class TableModCodec extends V13MessageCodec<OfTableMod> {
    TableModCodec() {
        super(17, OfTableMod.class, 16);
    }

    @Override
    public OfTableMod decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int tableId = body.readUnsignedByte();
        body.skipBytes(3);
        return new OfTableMod(header.xid(), tableId, body.readInt());
    }

    @Override
    public void encodeBody(final OfTableMod message, final ByteBuf out, final OfCodecContext context) {
        out.writeByte(message.tableId()).writeZero(3).writeInt(message.config());
    }
}
