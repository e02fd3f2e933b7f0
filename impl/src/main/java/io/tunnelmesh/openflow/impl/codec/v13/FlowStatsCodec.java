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
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStats;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsRequest;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.List;

/**
 * The flow bodies of multipart messages: {@code ofp_flow_stats_request} and {@code ofp_aggregate_stats_request}
 * (OpenFlow 1.3.5 sections 7.3.5.2 and 7.3.5.3, one layout: 32 bytes then the match) and the
 * {@code ofp_flow_stats} entries of a flow reply (48 bytes, the match, the instructions). Matches and instructions go
 * through the codec context, so extension fields and actions registered next to this codec are understood.
 */
final class FlowStatsCodec {
    /** Fixed part of {@code ofp_flow_stats} plus the shortest match. */
    private static final int MIN_ENTRY = 56;

    private FlowStatsCodec() {
        // Hidden on purpose
    }

    static OfFlowStatsRequest decodeFlowRequest(final ByteBuf body, final OfCodecContext context) {
        final int tableId = body.readUnsignedByte();
        body.skipBytes(3);
        final int outPort = body.readInt();
        final int outGroup = body.readInt();
        body.skipBytes(4);
        return new OfFlowStatsRequest(tableId, outPort, outGroup, body.readLong(), body.readLong(),
            context.decodeMatch(body));
    }

    static OfAggregateStatsRequest decodeAggregateRequest(final ByteBuf body, final OfCodecContext context) {
        final var flow = decodeFlowRequest(body, context);
        return new OfAggregateStatsRequest(flow.tableId(), flow.outPort(), flow.outGroup(), flow.cookie(),
            flow.cookieMask(), flow.match());
    }

    static void encodeFlowRequest(final OfFlowStatsRequest request, final ByteBuf out, final OfCodecContext context) {
        out.writeByte(request.tableId()).writeZero(3).writeInt(request.outPort()).writeInt(request.outGroup())
            .writeZero(4).writeLong(request.cookie()).writeLong(request.cookieMask());
        context.encodeMatch(request.match(), out);
    }

    static void encodeAggregateRequest(final OfAggregateStatsRequest request, final ByteBuf out,
            final OfCodecContext context) {
        encodeFlowRequest(new OfFlowStatsRequest(request.tableId(), request.outPort(), request.outGroup(),
            request.cookie(), request.cookieMask(), request.match()), out, context);
    }

    static List<OfFlowStats> decodeEntries(final ByteBuf body, final OfCodecContext context) {
        return MultipartEntries.lengthPrefixed(body, 0, MIN_ENTRY, OfErrorCode.OFPBRC_BAD_LEN, "flow stats",
            entry -> decodeEntry(entry, context));
    }

    private static OfFlowStats decodeEntry(final ByteBuf in, final OfCodecContext context) {
        in.skipBytes(2);
        final int tableId = in.readUnsignedByte();
        in.skipBytes(1);
        final int durationSec = in.readInt();
        final int durationNsec = in.readInt();
        final int priority = in.readUnsignedShort();
        final int idleTimeout = in.readUnsignedShort();
        final int hardTimeout = in.readUnsignedShort();
        final int flags = in.readUnsignedShort();
        in.skipBytes(4);
        final long cookie = in.readLong();
        final long packetCount = in.readLong();
        final long byteCount = in.readLong();
        final var match = context.decodeMatch(in);
        return new OfFlowStats(tableId, durationSec, durationNsec, priority, idleTimeout, hardTimeout, flags, cookie,
            packetCount, byteCount, match, context.decodeInstructions(in));
    }

    static void encodeEntries(final List<OfFlowStats> flows, final ByteBuf out, final OfCodecContext context) {
        for (var flow : flows) {
            final int start = out.writerIndex();
            out.writeShort(0).writeByte(flow.tableId()).writeZero(1).writeInt(flow.durationSec())
                .writeInt(flow.durationNsec()).writeShort(flow.priority()).writeShort(flow.idleTimeout())
                .writeShort(flow.hardTimeout()).writeShort(flow.flags()).writeZero(4).writeLong(flow.cookie())
                .writeLong(flow.packetCount()).writeLong(flow.byteCount());
            context.encodeMatch(flow.match(), out);
            context.encodeInstructions(flow.instructions(), out);
            OfWire.patchLength(out, start, 0, out.writerIndex() - start, OfErrorCode.OFPBRC_BAD_LEN);
        }
    }
}
