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
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDesc;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.List;

/**
 * The {@code ofp_group_desc} entries of a group description reply (OpenFlow 1.3.5 section 7.3.5.10); see
 * {@link OfGroupDesc} for the layout. The buckets are a group mod's, read and written by {@link BucketCodec}, so they
 * fail as a group mod's do ({@code OFPGMFC_BAD_BUCKET} for a bucket whose length does not fit).
 */
final class GroupDescCodec {
    private static final int GROUP_DESC = 8;

    private GroupDescCodec() {
        // Hidden on purpose
    }

    static List<OfGroupDesc> decode(final ByteBuf body, final OfCodecContext context) {
        return MultipartEntries.lengthPrefixed(body, 0, GROUP_DESC, OfErrorCode.OFPBRC_BAD_LEN, "group desc", in -> {
            in.skipBytes(2);
            final var type = OfGroupType.valueOf(in.readUnsignedByte());
            in.skipBytes(1);
            final int groupId = in.readInt();
            return new OfGroupDesc(type, groupId, BucketCodec.decodeAll(in, context));
        });
    }

    static void encode(final List<OfGroupDesc> groups, final ByteBuf out, final OfCodecContext context) {
        for (var group : groups) {
            final int start = out.writerIndex();
            out.writeShort(0).writeByte(group.groupType().code()).writeZero(1).writeInt(group.groupId());
            BucketCodec.encodeAll(group.buckets(), out, context);
            OfWire.patchLength(out, start, 0, out.writerIndex() - start, OfErrorCode.OFPBRC_BAD_LEN);
        }
    }
}
