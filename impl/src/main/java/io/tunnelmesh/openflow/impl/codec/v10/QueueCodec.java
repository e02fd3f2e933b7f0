/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10PacketQueue;
import io.tunnelmesh.openflow.api.message.v10.Of10QueueProperty;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and decodes OpenFlow 1.0 queue descriptions (section 5.2.2): {@code ofp_packet_queue} with its
 * properties. A queue or property whose length is short, past its container or (for a property) not a multiple of
 * 8 is {@code OFPBRC_BAD_LEN}.
 */
final class QueueCodec {
    private static final int PROPERTY_HEADER = 8;
    private static final int MIN_RATE_LENGTH = 16;

    private QueueCodec() {
        // Hidden on purpose
    }

    static List<Of10PacketQueue> decodeList(final ByteBuf in) {
        final var queues = new ArrayList<Of10PacketQueue>();
        while (in.isReadable()) {
            if (in.readableBytes() < Of10PacketQueue.HEADER_LENGTH) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "queue needs 8 bytes, " + in.readableBytes()
                    + " left");
            }
            final int queueId = in.readInt();
            final int length = in.readUnsignedShort();
            in.skipBytes(2);
            if (length < Of10PacketQueue.HEADER_LENGTH || length - Of10PacketQueue.HEADER_LENGTH > in.readableBytes()) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "queue length " + length + " does not fit the "
                    + (in.readableBytes() + Of10PacketQueue.HEADER_LENGTH) + " bytes left");
            }
            queues.add(new Of10PacketQueue(queueId,
                decodeProperties(in.readSlice(length - Of10PacketQueue.HEADER_LENGTH))));
        }
        return queues;
    }

    private static List<Of10QueueProperty> decodeProperties(final ByteBuf in) {
        final var properties = new ArrayList<Of10QueueProperty>();
        while (in.isReadable()) {
            if (in.readableBytes() < PROPERTY_HEADER) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "queue property needs 8 bytes, "
                    + in.readableBytes() + " left");
            }
            final int property = in.readUnsignedShort();
            final int length = in.readUnsignedShort();
            in.skipBytes(4);
            if (length < PROPERTY_HEADER || length % 8 != 0 || length - PROPERTY_HEADER > in.readableBytes()
                    || property == Of10QueueProperty.OFPQT_MIN_RATE && length != MIN_RATE_LENGTH) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "queue property " + property + " length "
                    + length + " is wrong for its type or the " + (in.readableBytes() + PROPERTY_HEADER)
                    + " bytes left");
            }
            final var body = in.readSlice(length - PROPERTY_HEADER);
            if (property == Of10QueueProperty.OFPQT_MIN_RATE) {
                properties.add(new Of10QueueProperty.MinRate(body.readUnsignedShort()));
                body.skipBytes(6);
            } else {
                properties.add(new Of10QueueProperty.Unknown(property, OfWire.readRest(body)));
            }
        }
        return properties;
    }

    static void encodeList(final List<Of10PacketQueue> queues, final ByteBuf out) {
        for (var queue : queues) {
            final int start = out.writerIndex();
            out.writeInt(queue.queueId()).writeShort(0).writeZero(2);
            for (var property : queue.properties()) {
                final int propertyStart = out.writerIndex();
                switch (property) {
                    case Of10QueueProperty.MinRate rate -> out.writeShort(Of10QueueProperty.OFPQT_MIN_RATE)
                        .writeShort(MIN_RATE_LENGTH).writeZero(4).writeShort(rate.rate()).writeZero(6);
                    case Of10QueueProperty.Unknown unknown -> {
                        out.writeShort(unknown.property()).writeShort(0).writeZero(4);
                        OfWire.writeBytes(out, unknown.body());
                        OfWire.patchLength(out, propertyStart, 2, out.writerIndex() - propertyStart,
                            OfErrorCode.OFPBRC_BAD_LEN);
                    }
                }
            }
            OfWire.patchLength(out, start, 4, out.writerIndex() - start, OfErrorCode.OFPBRC_BAD_LEN);
        }
    }
}
