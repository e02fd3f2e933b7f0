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
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvTableReply;

/**
 * {@code NXT_TLV_TABLE_REPLY} (Nicira subtype 26): {@code max_option_space 32 | max_fields 16 | reserved 80 |
 * nx_tlv_map ...}.
 */
final class TlvTableReplyCodec extends NiciraMessageCodec<NxTlvTableReply> {
    private static final int FIXED = 16;
    private static final int RESERVED = 10;

    TlvTableReplyCodec() {
        super(26, NxTlvTableReply.class, "NXT_TLV_TABLE_REPLY");
    }

    @Override
    public NxTlvTableReply decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        checkLength(body, FIXED, NxTlvMap.LENGTH);
        final int maxOptionSpace = body.readInt();
        final int maxFields = body.readUnsignedShort();
        body.skipBytes(RESERVED);
        return new NxTlvTableReply(header.xid(), maxOptionSpace, maxFields, TlvMaps.read(body));
    }

    @Override
    public void encodeBody(final NxTlvTableReply message, final ByteBuf out, final OfCodecContext context) {
        out.writeInt(message.maxOptionSpace()).writeShort(message.maxFields()).writeZero(RESERVED);
        TlvMaps.write(message.mappings(), out);
    }
}
