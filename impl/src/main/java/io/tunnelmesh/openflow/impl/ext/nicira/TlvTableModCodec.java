/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvMap;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvTableMod;

/**
 * {@code NXT_TLV_TABLE_MOD} (Nicira subtype 24): {@code command 16 | pad 48 | nx_tlv_map ...}.
 */
final class TlvTableModCodec extends NiciraMessageCodec<NxTlvTableMod> {
    private static final int FIXED = 8;

    TlvTableModCodec() {
        super(24, NxTlvTableMod.class, "NXT_TLV_TABLE_MOD");
    }

    @Override
    public NxTlvTableMod decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        checkLength(body, FIXED, NxTlvMap.LENGTH);
        final int command = body.readUnsignedShort();
        body.skipBytes(FIXED - 2);
        return new NxTlvTableMod(header.xid(), command, TlvMaps.read(body));
    }

    @Override
    public void encodeBody(final NxTlvTableMod message, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(message.command()).writeZero(FIXED - 2);
        TlvMaps.write(message.mappings(), out);
    }
}
