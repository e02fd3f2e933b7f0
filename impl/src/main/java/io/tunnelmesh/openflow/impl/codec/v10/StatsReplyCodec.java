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
import io.tunnelmesh.openflow.api.message.v10.Of10FlowStats;
import io.tunnelmesh.openflow.api.message.v10.Of10PortStats;
import io.tunnelmesh.openflow.api.message.v10.Of10QueueStats;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReply;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReplyBody;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequestBody;
import io.tunnelmesh.openflow.api.message.v10.Of10TableStats;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code OFPT_STATS_REPLY} (type 17, section 5.3.5): statistics type, flags ({@code OFPSF_REPLY_MORE}) and a body
 * per type. Fixed-size entries (tables, ports, queues) must fill the body exactly and flow entries must carry a
 * length of at least 88 bytes within the body, else {@code OFPBRC_BAD_LEN}. Flow entry lengths are back-patched.
 */
final class StatsReplyCodec extends V10MessageCodec<Of10StatsReply> {
    private static final int FLOW_LENGTH_FIELD = 2;

    StatsReplyCodec() {
        super(17, Of10StatsReply.class, Of10StatsReply.MIN_LENGTH);
    }

    @Override
    public Of10StatsReply decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final int type = body.readUnsignedShort();
        final int flags = body.readUnsignedShort();
        final Of10StatsReplyBody decoded = switch (type) {
            case Of10StatsRequestBody.OFPST_DESC -> {
                StatsRequestCodec.need(body, type, Of10StatsReplyBody.Desc.LENGTH);
                final int desc = Of10StatsReplyBody.Desc.DESC_STR_LEN;
                yield new Of10StatsReplyBody.Desc(PortDescCodec.readString(body, desc),
                    PortDescCodec.readString(body, desc), PortDescCodec.readString(body, desc),
                    PortDescCodec.readString(body, Of10StatsReplyBody.Desc.SERIAL_NUM_LEN),
                    PortDescCodec.readString(body, desc));
            }
            case Of10StatsRequestBody.OFPST_FLOW -> new Of10StatsReplyBody.Flow(decodeFlows(body));
            case Of10StatsRequestBody.OFPST_AGGREGATE -> {
                StatsRequestCodec.need(body, type, Of10StatsReplyBody.Aggregate.LENGTH);
                final long packets = body.readLong();
                final long bytes = body.readLong();
                final int flows = body.readInt();
                body.skipBytes(4);
                yield new Of10StatsReplyBody.Aggregate(packets, bytes, flows);
            }
            case Of10StatsRequestBody.OFPST_TABLE -> new Of10StatsReplyBody.Table(
                entries(body, type, Of10TableStats.LENGTH, StatsReplyCodec::decodeTable));
            case Of10StatsRequestBody.OFPST_PORT -> new Of10StatsReplyBody.Port(
                entries(body, type, Of10PortStats.LENGTH, StatsReplyCodec::decodePort));
            case Of10StatsRequestBody.OFPST_QUEUE -> new Of10StatsReplyBody.Queue(
                entries(body, type, Of10QueueStats.LENGTH, StatsReplyCodec::decodeQueue));
            case Of10StatsRequestBody.OFPST_VENDOR -> {
                StatsRequestCodec.need(body, type, 4);
                yield new Of10StatsReplyBody.Vendor(body.readInt(), OfWire.readRest(body));
            }
            default -> new Of10StatsReplyBody.Unknown(type, OfWire.readRest(body));
        };
        return new Of10StatsReply(header.xid(), flags, decoded);
    }

    private static <T> List<T> entries(final ByteBuf body, final int type, final int size,
            final Function<ByteBuf, T> reader) {
        if (body.readableBytes() % size != 0) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "stats type " + type + " body of "
                + body.readableBytes() + " bytes is not a multiple of " + size);
        }
        final var result = new ArrayList<T>();
        while (body.isReadable()) {
            result.add(reader.apply(body));
        }
        return result;
    }

    private static List<Of10FlowStats> decodeFlows(final ByteBuf body) {
        final var flows = new ArrayList<Of10FlowStats>();
        while (body.isReadable()) {
            if (body.readableBytes() < Of10FlowStats.MIN_LENGTH) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "flow stats entry needs 88 bytes, "
                    + body.readableBytes() + " left");
            }
            final int length = body.readUnsignedShort();
            if (length < Of10FlowStats.MIN_LENGTH || length - FLOW_LENGTH_FIELD > body.readableBytes()) {
                throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "flow stats entry length " + length
                    + " does not fit the " + (body.readableBytes() + FLOW_LENGTH_FIELD) + " bytes left");
            }
            final var entry = body.readSlice(length - FLOW_LENGTH_FIELD);
            final int tableId = entry.readUnsignedByte();
            entry.skipBytes(1);
            final var match = MatchCodec.decode(entry);
            final int durationSec = entry.readInt();
            final int durationNsec = entry.readInt();
            final int priority = entry.readUnsignedShort();
            final int idleTimeout = entry.readUnsignedShort();
            final int hardTimeout = entry.readUnsignedShort();
            entry.skipBytes(6);
            final long cookie = entry.readLong();
            final long packets = entry.readLong();
            final long bytes = entry.readLong();
            flows.add(new Of10FlowStats(tableId, match, durationSec, durationNsec, priority, idleTimeout, hardTimeout,
                cookie, packets, bytes, ActionCodec.decodeList(entry)));
        }
        return flows;
    }

    private static Of10TableStats decodeTable(final ByteBuf in) {
        final int tableId = in.readUnsignedByte();
        in.skipBytes(3);
        final var name = PortDescCodec.readString(in, Of10TableStats.NAME_LENGTH);
        return new Of10TableStats(tableId, name, in.readInt(), in.readInt(), in.readInt(), in.readLong(),
            in.readLong());
    }

    private static Of10PortStats decodePort(final ByteBuf in) {
        final int portNo = in.readUnsignedShort();
        in.skipBytes(6);
        return new Of10PortStats(portNo, in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(),
            in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
    }

    private static Of10QueueStats decodeQueue(final ByteBuf in) {
        final int portNo = in.readUnsignedShort();
        in.skipBytes(2);
        return new Of10QueueStats(portNo, in.readInt(), in.readLong(), in.readLong(), in.readLong());
    }

    @Override
    public void encodeBody(final Of10StatsReply message, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(message.body().type()).writeShort(message.flags());
        switch (message.body()) {
            case Of10StatsReplyBody.Desc desc -> {
                PortDescCodec.writeString(out, desc.manufacturer(), Of10StatsReplyBody.Desc.DESC_STR_LEN);
                PortDescCodec.writeString(out, desc.hardware(), Of10StatsReplyBody.Desc.DESC_STR_LEN);
                PortDescCodec.writeString(out, desc.software(), Of10StatsReplyBody.Desc.DESC_STR_LEN);
                PortDescCodec.writeString(out, desc.serialNumber(), Of10StatsReplyBody.Desc.SERIAL_NUM_LEN);
                PortDescCodec.writeString(out, desc.datapath(), Of10StatsReplyBody.Desc.DESC_STR_LEN);
            }
            case Of10StatsReplyBody.Flow flow -> flow.flows().forEach(entry -> encodeFlow(entry, out));
            case Of10StatsReplyBody.Aggregate aggregate -> out.writeLong(aggregate.packetCount())
                .writeLong(aggregate.byteCount()).writeInt(aggregate.flowCount()).writeZero(4);
            case Of10StatsReplyBody.Table table -> table.tables().forEach(entry -> {
                out.writeByte(entry.tableId()).writeZero(3);
                PortDescCodec.writeString(out, entry.name(), Of10TableStats.NAME_LENGTH);
                out.writeInt(entry.wildcards()).writeInt(entry.maxEntries()).writeInt(entry.activeCount())
                    .writeLong(entry.lookupCount()).writeLong(entry.matchedCount());
            });
            case Of10StatsReplyBody.Port port -> port.ports().forEach(entry -> out.writeShort(entry.portNo())
                .writeZero(6).writeLong(entry.rxPackets()).writeLong(entry.txPackets()).writeLong(entry.rxBytes())
                .writeLong(entry.txBytes()).writeLong(entry.rxDropped()).writeLong(entry.txDropped())
                .writeLong(entry.rxErrors()).writeLong(entry.txErrors()).writeLong(entry.rxFrameErrors())
                .writeLong(entry.rxOverErrors()).writeLong(entry.rxCrcErrors()).writeLong(entry.collisions()));
            case Of10StatsReplyBody.Queue queue -> queue.queues().forEach(entry -> out.writeShort(entry.portNo())
                .writeZero(2).writeInt(entry.queueId()).writeLong(entry.txBytes()).writeLong(entry.txPackets())
                .writeLong(entry.txErrors()));
            case Of10StatsReplyBody.Vendor vendor -> {
                out.writeInt(vendor.vendor());
                OfWire.writeBytes(out, vendor.data());
            }
            case Of10StatsReplyBody.Unknown unknown -> OfWire.writeBytes(out, unknown.body());
        }
    }

    private static void encodeFlow(final Of10FlowStats entry, final ByteBuf out) {
        final int start = out.writerIndex();
        out.writeShort(0).writeByte(entry.tableId()).writeZero(1);
        MatchCodec.encode(entry.match(), out);
        out.writeInt(entry.durationSec()).writeInt(entry.durationNsec()).writeShort(entry.priority())
            .writeShort(entry.idleTimeout()).writeShort(entry.hardTimeout()).writeZero(6).writeLong(entry.cookie())
            .writeLong(entry.packetCount()).writeLong(entry.byteCount());
        ActionCodec.encodeList(entry.actions(), out);
        OfWire.patchLength(out, start, 0, out.writerIndex() - start, OfErrorCode.OFPBRC_BAD_LEN);
    }
}
