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
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequest;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequestBody;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * {@code OFPT_STATS_REQUEST} (type 16, section 5.3.5): statistics type, flags and a body per type. A body shorter
 * than its type needs is {@code OFPBRC_BAD_LEN}; one longer is left unread and so refused with the same error by
 * the decoder; a vendor request without its vendor id is {@code OFPBRC_BAD_LEN} too.
 */
final class StatsRequestCodec extends V10MessageCodec<Of10StatsRequest> {
    private static final int PORT_LENGTH = 8;

    StatsRequestCodec() {
        super(16, Of10StatsRequest.class, Of10StatsRequest.MIN_LENGTH);
    }

    @Override
    public Of10StatsRequest decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int type = body.readUnsignedShort();
        final int flags = body.readUnsignedShort();
        final Of10StatsRequestBody decoded = switch (type) {
            case Of10StatsRequestBody.OFPST_DESC -> Of10StatsRequestBody.Desc.INSTANCE;
            case Of10StatsRequestBody.OFPST_FLOW -> {
                need(body, type, Of10StatsRequestBody.Flow.LENGTH);
                final var match = MatchCodec.decode(body);
                final int tableId = body.readUnsignedByte();
                body.skipBytes(1);
                yield new Of10StatsRequestBody.Flow(match, tableId, body.readUnsignedShort());
            }
            case Of10StatsRequestBody.OFPST_AGGREGATE -> {
                need(body, type, Of10StatsRequestBody.Flow.LENGTH);
                final var match = MatchCodec.decode(body);
                final int tableId = body.readUnsignedByte();
                body.skipBytes(1);
                yield new Of10StatsRequestBody.Aggregate(match, tableId, body.readUnsignedShort());
            }
            case Of10StatsRequestBody.OFPST_TABLE -> Of10StatsRequestBody.Table.INSTANCE;
            case Of10StatsRequestBody.OFPST_PORT -> {
                need(body, type, PORT_LENGTH);
                final int port = body.readUnsignedShort();
                body.skipBytes(6);
                yield new Of10StatsRequestBody.Port(port);
            }
            case Of10StatsRequestBody.OFPST_QUEUE -> {
                need(body, type, PORT_LENGTH);
                final int port = body.readUnsignedShort();
                body.skipBytes(2);
                yield new Of10StatsRequestBody.Queue(port, body.readInt());
            }
            case Of10StatsRequestBody.OFPST_VENDOR -> {
                need(body, type, 4);
                yield new Of10StatsRequestBody.Vendor(body.readInt(), OfWire.readRest(body));
            }
            default -> new Of10StatsRequestBody.Unknown(type, OfWire.readRest(body));
        };
        return new Of10StatsRequest(header.xid(), flags, decoded);
    }

    static void need(final ByteBuf body, final int type, final int length) {
        if (body.readableBytes() < length) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "stats type " + type + " body of "
                + body.readableBytes() + " bytes < " + length);
        }
    }

    @Override
    public void encodeBody(final Of10StatsRequest message, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(message.body().type()).writeShort(message.flags());
        switch (message.body()) {
            case Of10StatsRequestBody.Desc desc -> {
                // No body
            }
            case Of10StatsRequestBody.Flow flow -> {
                MatchCodec.encode(flow.match(), out);
                out.writeByte(flow.tableId()).writeZero(1).writeShort(flow.outPort());
            }
            case Of10StatsRequestBody.Aggregate aggregate -> {
                MatchCodec.encode(aggregate.match(), out);
                out.writeByte(aggregate.tableId()).writeZero(1).writeShort(aggregate.outPort());
            }
            case Of10StatsRequestBody.Table table -> {
                // No body
            }
            case Of10StatsRequestBody.Port port -> out.writeShort(port.portNo()).writeZero(6);
            case Of10StatsRequestBody.Queue queue -> out.writeShort(queue.portNo()).writeZero(2)
                .writeInt(queue.queueId());
            case Of10StatsRequestBody.Vendor vendor -> {
                out.writeInt(vendor.vendor());
                OfWire.writeBytes(out, vendor.data());
            }
            case Of10StatsRequestBody.Unknown unknown -> OfWire.writeBytes(out, unknown.body());
        }
    }
}
