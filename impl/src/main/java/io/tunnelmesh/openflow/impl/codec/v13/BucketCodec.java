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
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;
import java.util.List;

/**
 * Codes lists of {@code ofp_bucket} (OpenFlow 1.3.5 section 7.3.4.2), shared by the group mod and the group
 * description multipart reply. Malformed buckets fail as Open vSwitch fails them: a bucket shorter than 16 bytes or
 * longer than what is left is {@code OFPGMFC_BAD_BUCKET}; actions that are not a multiple of 8 bytes are
 * {@code OFPBRC_BAD_LEN}.
 */
final class BucketCodec {
    /** Size of the fixed part of {@code ofp_bucket}. */
    static final int HEADER_LENGTH = 16;

    private BucketCodec() {
        // Hidden on purpose
    }

    /**
     * Reads buckets up to the end of the buffer.
     *
     * @param in exactly the bytes of the bucket list
     * @param context the action codecs
     * @return the buckets
     */
    static List<OfBucket> decodeAll(final ByteBuf in, final OfCodecContext context) {
        final var buckets = new ArrayList<OfBucket>();
        while (in.isReadable()) {
            final int left = in.readableBytes();
            if (left < HEADER_LENGTH) {
                throw new OfCodecException(OfErrorCode.OFPGMFC_BAD_BUCKET, "buckets end with " + left
                    + " leftover bytes");
            }
            final int length = in.readUnsignedShort();
            if (length < HEADER_LENGTH || length > left) {
                throw new OfCodecException(OfErrorCode.OFPGMFC_BAD_BUCKET, "bucket length " + length
                    + (length < HEADER_LENGTH ? " < " + HEADER_LENGTH : " exceeds the " + left + " bytes left"));
            }
            if (length % 8 != 0) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "bucket actions length "
                    + (length - HEADER_LENGTH) + " is not a multiple of 8");
            }
            final int weight = in.readUnsignedShort();
            final int watchPort = in.readInt();
            final int watchGroup = in.readInt();
            in.skipBytes(4);
            final var actions = context.decodeActions(in.readSlice(length - HEADER_LENGTH));
            buckets.add(new OfBucket(weight, watchPort, watchGroup, actions));
        }
        return buckets;
    }

    /**
     * Writes buckets, back-patching each one's length.
     *
     * @param buckets the buckets
     * @param out the buffer
     * @param context the action codecs
     */
    static void encodeAll(final List<OfBucket> buckets, final ByteBuf out, final OfCodecContext context) {
        for (var bucket : buckets) {
            final int start = out.writerIndex();
            out.writeShort(0).writeShort(bucket.weight()).writeInt(bucket.watchPort()).writeInt(bucket.watchGroup())
                .writeZero(4);
            context.encodeActions(bucket.actions(), out);
            OfWire.patchLength(out, start, 0, out.writerIndex() - start, OfErrorCode.OFPGMFC_BAD_BUCKET);
        }
    }
}
