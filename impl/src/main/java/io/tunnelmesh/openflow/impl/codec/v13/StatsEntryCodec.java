/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.multipart.OfBucketCounter;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStats;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterBandStats;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStats;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStats;
import io.tunnelmesh.openflow.api.message.multipart.OfQueueStats;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStats;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.List;

/**
 * The counter entries of multipart replies (OpenFlow 1.3.5 section 7.3.5): {@code ofp_table_stats} (24 bytes),
 * {@code ofp_port_stats} (112), {@code ofp_queue_stats} (40), and the variable {@code ofp_group_stats} and
 * {@code ofp_meter_stats} (40 bytes, then 16 per bucket or band). See the entry records for the layouts.
 */
final class StatsEntryCodec {
    static final int TABLE_STATS = 24;
    static final int PORT_STATS = 112;
    static final int QUEUE_STATS = 40;
    private static final int GROUP_STATS = 40;
    private static final int METER_STATS = 40;

    private StatsEntryCodec() {
        // Hidden on purpose
    }

    static List<OfTableStats> decodeTables(final ByteBuf body) {
        return MultipartEntries.fixed(body, TABLE_STATS, "table stats", in -> {
            final int tableId = in.readUnsignedByte();
            in.skipBytes(3);
            return new OfTableStats(tableId, in.readInt(), in.readLong(), in.readLong());
        });
    }

    static void encodeTables(final List<OfTableStats> tables, final ByteBuf out) {
        for (var table : tables) {
            out.writeByte(table.tableId()).writeZero(3).writeInt(table.activeCount()).writeLong(table.lookupCount())
                .writeLong(table.matchedCount());
        }
    }

    static List<OfPortStats> decodePorts(final ByteBuf body) {
        return MultipartEntries.fixed(body, PORT_STATS, "port stats", in -> {
            final int portNo = in.readInt();
            in.skipBytes(4);
            return new OfPortStats(portNo, in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                in.readLong(), in.readInt(), in.readInt());
        });
    }

    static void encodePorts(final List<OfPortStats> ports, final ByteBuf out) {
        for (var port : ports) {
            out.writeInt(port.portNo()).writeZero(4).writeLong(port.rxPackets()).writeLong(port.txPackets())
                .writeLong(port.rxBytes()).writeLong(port.txBytes()).writeLong(port.rxDropped())
                .writeLong(port.txDropped()).writeLong(port.rxErrors()).writeLong(port.txErrors())
                .writeLong(port.rxFrameErr()).writeLong(port.rxOverErr()).writeLong(port.rxCrcErr())
                .writeLong(port.collisions()).writeInt(port.durationSec()).writeInt(port.durationNsec());
        }
    }

    static List<OfQueueStats> decodeQueues(final ByteBuf body) {
        return MultipartEntries.fixed(body, QUEUE_STATS, "queue stats", in -> new OfQueueStats(in.readInt(),
            in.readInt(), in.readLong(), in.readLong(), in.readLong(), in.readInt(), in.readInt()));
    }

    static void encodeQueues(final List<OfQueueStats> queues, final ByteBuf out) {
        for (var queue : queues) {
            out.writeInt(queue.portNo()).writeInt(queue.queueId()).writeLong(queue.txBytes())
                .writeLong(queue.txPackets()).writeLong(queue.txErrors()).writeInt(queue.durationSec())
                .writeInt(queue.durationNsec());
        }
    }

    static List<OfGroupStats> decodeGroups(final ByteBuf body) {
        return MultipartEntries.lengthPrefixed(body, 0, GROUP_STATS, OfErrorCode.OFPBRC_BAD_LEN, "group stats",
            in -> {
                in.skipBytes(4);
                final int groupId = in.readInt();
                final int refCount = in.readInt();
                in.skipBytes(4);
                return new OfGroupStats(groupId, refCount, in.readLong(), in.readLong(), in.readInt(), in.readInt(),
                    MultipartEntries.counterPairs(in, "bucket counter", OfBucketCounter::new));
            });
    }

    static void encodeGroups(final List<OfGroupStats> groups, final ByteBuf out) {
        for (var group : groups) {
            final int start = out.writerIndex();
            out.writeZero(4).writeInt(group.groupId()).writeInt(group.refCount()).writeZero(4)
                .writeLong(group.packetCount()).writeLong(group.byteCount()).writeInt(group.durationSec())
                .writeInt(group.durationNsec());
            group.buckets().forEach(bucket -> out.writeLong(bucket.packetCount()).writeLong(bucket.byteCount()));
            OfWire.patchLength(out, start, 0, out.writerIndex() - start, OfErrorCode.OFPBRC_BAD_LEN);
        }
    }

    static List<OfMeterStats> decodeMeters(final ByteBuf body) {
        return MultipartEntries.lengthPrefixed(body, 4, METER_STATS, OfErrorCode.OFPBRC_BAD_LEN, "meter stats",
            in -> {
                final int meterId = in.readInt();
                in.skipBytes(8);
                return new OfMeterStats(meterId, in.readInt(), in.readLong(), in.readLong(), in.readInt(),
                    in.readInt(), MultipartEntries.counterPairs(in, "meter band stats", OfMeterBandStats::new));
            });
    }

    static void encodeMeters(final List<OfMeterStats> meters, final ByteBuf out) {
        for (var meter : meters) {
            final int start = out.writerIndex();
            out.writeInt(meter.meterId()).writeZero(8).writeInt(meter.flowCount()).writeLong(meter.packetInCount())
                .writeLong(meter.byteInCount()).writeInt(meter.durationSec()).writeInt(meter.durationNsec());
            meter.bands().forEach(band -> out.writeLong(band.packetBandCount()).writeLong(band.byteBandCount()));
            OfWire.patchLength(out, start, 4, out.writerIndex() - start, OfErrorCode.OFPBRC_BAD_LEN);
        }
    }
}
