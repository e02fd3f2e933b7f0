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
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartReply;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyExtension;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeaturesReply;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsReply;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code OFPT_MULTIPART_REPLY} (type 19, OpenFlow 1.3.5 section 7.3.5): the multipart header (type, flags, 4 bytes of
 * padding), then the body its type defines; see {@link OfMultipartReply}. Array bodies are read entry by entry, each
 * from a slice of its own length; a type OpenFlow 1.3 does not define is {@code OFPBRC_BAD_MULTIPART}; an
 * experimenter body goes to the codec registered for it or stays opaque.
 */
final class MultipartReplyCodec extends V13MessageCodec<OfMultipartReply> {
    private static final int DESC = 4 * OfDescReply.DESC_STR_LEN + OfDescReply.SERIAL_NUM_LEN;
    private static final int AGGREGATE = 24;
    private static final int GROUP_FEATURES = 40;
    private static final int METER_FEATURES = 16;

    MultipartReplyCodec() {
        super(19, OfMultipartReply.class, MultipartRequestCodec.HEADER_LENGTH);
    }

    @Override
    public OfMultipartReply decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
        final var type = MultipartRequestCodec.multipartType(body.readUnsignedShort());
        final int flags = body.readUnsignedShort();
        body.skipBytes(4);
        final OfMultipartReplyBody reply = switch (type) {
            case DESC -> decodeDesc(MultipartEntries.exactly(body, DESC, "desc reply"));
            case FLOW -> new OfFlowStatsReply(FlowStatsCodec.decodeEntries(body, context));
            case AGGREGATE -> {
                MultipartEntries.exactly(body, AGGREGATE, "aggregate reply");
                final var aggregate = new OfAggregateStatsReply(body.readLong(), body.readLong(), body.readInt());
                body.skipBytes(4);
                yield aggregate;
            }
            case TABLE -> new OfTableStatsReply(StatsEntryCodec.decodeTables(body));
            case PORT_STATS -> new OfPortStatsReply(StatsEntryCodec.decodePorts(body));
            case QUEUE -> new OfQueueStatsReply(StatsEntryCodec.decodeQueues(body));
            case GROUP -> new OfGroupStatsReply(StatsEntryCodec.decodeGroups(body));
            case GROUP_DESC -> new OfGroupDescReply(GroupDescCodec.decode(body, context));
            case GROUP_FEATURES -> decodeGroupFeatures(MultipartEntries.exactly(body, GROUP_FEATURES,
                "group features reply"));
            case METER -> new OfMeterStatsReply(StatsEntryCodec.decodeMeters(body));
            case METER_CONFIG -> new OfMeterConfigReply(MeterConfigCodec.decode(body));
            case METER_FEATURES -> {
                MultipartEntries.exactly(body, METER_FEATURES, "meter features reply");
                final var features = new OfMeterFeaturesReply(body.readInt(), body.readInt(), body.readInt(),
                    body.readUnsignedByte(), body.readUnsignedByte());
                body.skipBytes(2);
                yield features;
            }
            case TABLE_FEATURES -> new OfTableFeaturesReply(TableFeaturesCodec.decode(body));
            case PORT_DESC -> new OfPortDescReply(MultipartEntries.fixed(body, PortDescCodec.LENGTH, "port desc",
                PortDescCodec::decode));
            case EXPERIMENTER -> context.decodeMultipartExperimenterReply(body);
        };
        return new OfMultipartReply(header.xid(), flags, reply);
    }

    private static OfDescReply decodeDesc(final ByteBuf in) {
        return new OfDescReply(FixedString.read(in, OfDescReply.DESC_STR_LEN),
            FixedString.read(in, OfDescReply.DESC_STR_LEN), FixedString.read(in, OfDescReply.DESC_STR_LEN),
            FixedString.read(in, OfDescReply.SERIAL_NUM_LEN), FixedString.read(in, OfDescReply.DESC_STR_LEN));
    }

    private static OfGroupFeaturesReply decodeGroupFeatures(final ByteBuf in) {
        final int types = in.readInt();
        final int capabilities = in.readInt();
        return new OfGroupFeaturesReply(types, capabilities, readInts(in), readInts(in));
    }

    private static List<Integer> readInts(final ByteBuf in) {
        final var values = new ArrayList<Integer>(OfGroupFeaturesReply.GROUP_TYPES);
        for (int i = 0; i < OfGroupFeaturesReply.GROUP_TYPES; i++) {
            values.add(in.readInt());
        }
        return values;
    }

    @Override
    public void encodeBody(final OfMultipartReply message, final ByteBuf out, final OfCodecContext context) {
        final var body = message.body();
        out.writeShort(body.type().code()).writeShort(message.flags()).writeZero(4);
        switch (body) {
            case OfDescReply desc -> {
                FixedString.write(out, desc.manufacturer(), OfDescReply.DESC_STR_LEN);
                FixedString.write(out, desc.hardware(), OfDescReply.DESC_STR_LEN);
                FixedString.write(out, desc.software(), OfDescReply.DESC_STR_LEN);
                FixedString.write(out, desc.serialNumber(), OfDescReply.SERIAL_NUM_LEN);
                FixedString.write(out, desc.datapath(), OfDescReply.DESC_STR_LEN);
            }
            case OfFlowStatsReply reply -> FlowStatsCodec.encodeEntries(reply.flows(), out, context);
            case OfAggregateStatsReply reply -> out.writeLong(reply.packetCount()).writeLong(reply.byteCount())
                .writeInt(reply.flowCount()).writeZero(4);
            case OfTableStatsReply reply -> StatsEntryCodec.encodeTables(reply.tables(), out);
            case OfPortStatsReply reply -> StatsEntryCodec.encodePorts(reply.ports(), out);
            case OfQueueStatsReply reply -> StatsEntryCodec.encodeQueues(reply.queues(), out);
            case OfGroupStatsReply reply -> StatsEntryCodec.encodeGroups(reply.groups(), out);
            case OfGroupDescReply reply -> GroupDescCodec.encode(reply.groups(), out, context);
            case OfGroupFeaturesReply reply -> {
                out.writeInt(reply.types()).writeInt(reply.capabilities());
                reply.maxGroups().forEach(out::writeInt);
                reply.actions().forEach(out::writeInt);
            }
            case OfMeterStatsReply reply -> StatsEntryCodec.encodeMeters(reply.meters(), out);
            case OfMeterConfigReply reply -> MeterConfigCodec.encode(reply.meters(), out);
            case OfMeterFeaturesReply reply -> out.writeInt(reply.maxMeter()).writeInt(reply.bandTypes())
                .writeInt(reply.capabilities()).writeByte(reply.maxBands()).writeByte(reply.maxColor()).writeZero(2);
            case OfTableFeaturesReply reply -> TableFeaturesCodec.encode(reply.tables(), out);
            case OfPortDescReply reply -> reply.ports().forEach(port -> PortDescCodec.encode(port, out));
            case OfExperimenterMultipartReply reply -> context.encodeMultipartExperimenter(reply, out);
            case OfMultipartReplyExtension reply -> context.encodeMultipartExperimenter(reply, out);
        }
    }
}
