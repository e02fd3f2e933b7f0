/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfPacketQueue;
import io.tunnelmesh.openflow.api.message.OfQueuePropExperimenter;
import io.tunnelmesh.openflow.api.message.OfQueuePropMaxRate;
import io.tunnelmesh.openflow.api.message.OfQueuePropMinRate;
import io.tunnelmesh.openflow.api.message.OfQueuePropUnknown;
import io.tunnelmesh.openflow.api.message.OfQueueProperty;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;
import java.util.List;

/**
 * Codes lists of {@code ofp_packet_queue} with their properties (OpenFlow 1.3.5 section 7.2.2). Lengths are checked
 * as Open vSwitch checks them: a queue or a property shorter than its header, longer than what is left or not a
 * multiple of 8 bytes, and a rate property of another length than 16, are {@code OFPBRC_BAD_LEN}. Properties of
 * unknown types are kept opaque (Open vSwitch skips them).
 */
final class PacketQueueCodec {
    private static final int QUEUE_HEADER = 16;
    private static final int PROPERTY_HEADER = 8;
    private static final int RATE_LENGTH = 16;
    private static final int EXPERIMENTER_HEADER = 16;

    private PacketQueueCodec() {
        // Hidden on purpose
    }

    /**
     * Reads queues up to the end of the buffer.
     *
     * @param in exactly the bytes of the queue list
     * @return the queues
     */
    static List<OfPacketQueue> decodeAll(final ByteBuf in) {
        final var queues = new ArrayList<OfPacketQueue>();
        while (in.isReadable()) {
            final int left = in.readableBytes();
            if (left < QUEUE_HEADER) {
                throw badLen("queues end with " + left + " leftover bytes");
            }
            final int queueId = in.readInt();
            final int port = in.readInt();
            final int length = in.readUnsignedShort();
            checkLength("queue " + Integer.toUnsignedString(queueId), length, QUEUE_HEADER, left);
            in.skipBytes(6);
            queues.add(new OfPacketQueue(queueId, port, decodeProperties(in.readSlice(length - QUEUE_HEADER))));
        }
        return queues;
    }

    private static List<OfQueueProperty> decodeProperties(final ByteBuf in) {
        final var properties = new ArrayList<OfQueueProperty>();
        while (in.isReadable()) {
            final int left = in.readableBytes();
            if (left < PROPERTY_HEADER) {
                throw badLen("queue properties end with " + left + " leftover bytes");
            }
            final int type = in.readUnsignedShort();
            final int length = in.readUnsignedShort();
            checkLength("queue property " + type, length, PROPERTY_HEADER, left);
            final var body = in.readSlice(length - 4);
            properties.add(switch (type) {
                case OfQueuePropMinRate.TYPE -> new OfQueuePropMinRate(readRate(type, length, body));
                case OfQueuePropMaxRate.TYPE -> new OfQueuePropMaxRate(readRate(type, length, body));
                case OfQueuePropExperimenter.TYPE -> {
                    if (length < EXPERIMENTER_HEADER) {
                        throw badLen("experimenter queue property length " + length + " < " + EXPERIMENTER_HEADER);
                    }
                    body.skipBytes(4);
                    final int experimenter = body.readInt();
                    body.skipBytes(4);
                    yield new OfQueuePropExperimenter(experimenter, OfWire.readRest(body));
                }
                default -> new OfQueuePropUnknown(type, OfWire.readRest(body));
            });
        }
        return properties;
    }

    private static int readRate(final int type, final int length, final ByteBuf body) {
        if (length != RATE_LENGTH) {
            throw badLen("queue property " + type + " length " + length + " != " + RATE_LENGTH);
        }
        body.skipBytes(4);
        final int rate = body.readUnsignedShort();
        body.skipBytes(6);
        return rate;
    }

    private static void checkLength(final String what, final int length, final int least, final int left) {
        if (length < least || length > left || length % 8 != 0) {
            throw badLen(what + " length " + length + (length < least ? " < " + least
                : length > left ? " exceeds the " + left + " bytes left" : " is not a multiple of 8"));
        }
    }

    private static OfCodecException badLen(final String detail) {
        return new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, detail);
    }

    /**
     * Writes queues, back-patching each one's length.
     *
     * @param queues the queues
     * @param out the buffer
     */
    static void encodeAll(final List<OfPacketQueue> queues, final ByteBuf out) {
        for (var queue : queues) {
            final int start = out.writerIndex();
            out.writeInt(queue.queueId()).writeInt(queue.port()).writeShort(0).writeZero(6);
            for (var property : queue.properties()) {
                encode(property, out);
            }
            OfWire.patchLength(out, start, 8, out.writerIndex() - start, OfErrorCode.OFPBRC_BAD_LEN);
        }
    }

    private static void encode(final OfQueueProperty property, final ByteBuf out) {
        switch (property) {
            case OfQueuePropMinRate min -> out.writeShort(OfQueuePropMinRate.TYPE).writeShort(RATE_LENGTH).writeZero(4)
                .writeShort(min.rate()).writeZero(6);
            case OfQueuePropMaxRate max -> out.writeShort(OfQueuePropMaxRate.TYPE).writeShort(RATE_LENGTH).writeZero(4)
                .writeShort(max.rate()).writeZero(6);
            case OfQueuePropExperimenter experimenter -> {
                out.writeShort(OfQueuePropExperimenter.TYPE)
                    .writeShort(EXPERIMENTER_HEADER + experimenter.data().length()).writeZero(4)
                    .writeInt(experimenter.experimenter()).writeZero(4);
                OfWire.writeBytes(out, experimenter.data());
            }
            case OfQueuePropUnknown unknown -> {
                out.writeShort(unknown.property()).writeShort(4 + unknown.body().length());
                OfWire.writeBytes(out, unknown.body());
            }
        }
    }
}
