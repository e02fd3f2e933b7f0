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
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDesc;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescBucket;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.List;

/**
 * The {@code ofp_group_desc} entries of a group description reply (OpenFlow 1.3.5 section 7.3.5.10) and their
 * {@code ofp_bucket}s (section 7.3.4.2); see {@link OfGroupDesc} and {@link OfGroupDescBucket} for the layouts. A
 * bucket whose length does not fit is {@code OFPGMFC_BAD_BUCKET}, as Open vSwitch reports it; bucket actions go
 * through the codec context.
 */
final class GroupDescCodec {
    private static final int GROUP_DESC = 8;
    private static final int BUCKET = 16;

    private GroupDescCodec() {
        // Hidden on purpose
    }

    static List<OfGroupDesc> decode(final ByteBuf body, final OfCodecContext context) {
        return MultipartEntries.lengthPrefixed(body, 0, GROUP_DESC, OfErrorCode.OFPBRC_BAD_LEN, "group desc", in -> {
            in.skipBytes(2);
            final int type = in.readUnsignedByte();
            in.skipBytes(1);
            final int groupId = in.readInt();
            return new OfGroupDesc(type, groupId, MultipartEntries.lengthPrefixed(in, 0, BUCKET,
                OfErrorCode.OFPGMFC_BAD_BUCKET, "bucket", bucket -> decodeBucket(bucket, context)));
        });
    }

    private static OfGroupDescBucket decodeBucket(final ByteBuf in, final OfCodecContext context) {
        in.skipBytes(2);
        final int weight = in.readUnsignedShort();
        final int watchPort = in.readInt();
        final int watchGroup = in.readInt();
        in.skipBytes(4);
        return new OfGroupDescBucket(weight, watchPort, watchGroup, context.decodeActions(in));
    }

    static void encode(final List<OfGroupDesc> groups, final ByteBuf out, final OfCodecContext context) {
        for (var group : groups) {
            final int start = out.writerIndex();
            out.writeShort(0).writeByte(group.groupType()).writeZero(1).writeInt(group.groupId());
            for (var bucket : group.buckets()) {
                final int bucketStart = out.writerIndex();
                out.writeShort(0).writeShort(bucket.weight()).writeInt(bucket.watchPort())
                    .writeInt(bucket.watchGroup()).writeZero(4);
                context.encodeActions(bucket.actions(), out);
                OfWire.patchLength(out, bucketStart, 0, out.writerIndex() - bucketStart,
                    OfErrorCode.OFPGMFC_BAD_BUCKET);
            }
            OfWire.patchLength(out, start, 0, out.writerIndex() - start, OfErrorCode.OFPBRC_BAD_LEN);
        }
    }
}
