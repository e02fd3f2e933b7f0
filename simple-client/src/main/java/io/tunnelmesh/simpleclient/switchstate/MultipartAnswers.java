/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStats;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterConfigRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfMeterStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestBody;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStats;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The multipart replies about the switch's state (OpenFlow 1.3.5 section 7.3.5): flow and aggregate statistics
 * (selected like a non-strict delete: table or {@code OFPTT_ALL}, match, cookie under mask, {@code out_port},
 * {@code out_group}), table statistics for the 254 tables a controller sees, group statistics and descriptions,
 * meter statistics and configurations, port descriptions. Flow statistics are split into parts of at most
 * {@value #FLOWS_PER_PART} flows, which keeps a part well under the 64 KiB an OpenFlow message can hold.
 */
final class MultipartAnswers {
    /** Flows per reply part. */
    static final int FLOWS_PER_PART = 50;

    private final FlowTables flows;
    private final GroupTable groups;
    private final MeterTable meters;
    private final Collection<SwitchPort> ports;
    private final Instant now;

    MultipartAnswers(final FlowTables flows, final GroupTable groups, final MeterTable meters,
            final Collection<SwitchPort> ports, final Instant now) {
        this.flows = flows;
        this.groups = groups;
        this.meters = meters;
        this.ports = ports;
        this.now = now;
    }

    static boolean handles(final OfMultipartRequestBody body) {
        return body instanceof OfFlowStatsRequest || body instanceof OfAggregateStatsRequest
            || body instanceof OfTableStatsRequest || body instanceof OfGroupStatsRequest
            || body instanceof OfGroupDescRequest || body instanceof OfMeterStatsRequest
            || body instanceof OfMeterConfigRequest || body instanceof OfPortDescRequest;
    }

    /**
     * The reply parts.
     *
     * @param request a request {@link #handles} accepts
     * @return the parts, every one but the last flagged {@code OFPMPF_REPLY_MORE}
     * @throws RequestRefusedException for a flow or aggregate request whose match is refused
     */
    List<OfMessage> answer(final OfMultipartRequest request) throws RequestRefusedException {
        final int xid = request.xid();
        return switch (request.body()) {
            case OfFlowStatsRequest body -> flowStats(xid, select(body.tableId(), body.match(), body.cookie(),
                body.cookieMask(), body.outPort(), body.outGroup()));
            case OfAggregateStatsRequest body -> {
                final List<FlowEntry> selected = select(body.tableId(), body.match(), body.cookie(),
                    body.cookieMask(), body.outPort(), body.outGroup());
                yield List.of(OfMultipartReply.last(xid, new OfAggregateStatsReply(
                    selected.stream().mapToLong(FlowEntry::packetCount).sum(),
                    selected.stream().mapToLong(FlowEntry::byteCount).sum(), selected.size())));
            }
            case OfTableStatsRequest body -> List.of(OfMultipartReply.last(xid, new OfTableStatsReply(
                IntStream.range(0, FlowTables.VISIBLE_TABLES).mapToObj(flows::table)
                    .map(table -> new OfTableStats(table.id(), table.size(), table.lookupCount(),
                        table.matchedCount()))
                    .toList())));
            case OfGroupStatsRequest body -> List.of(OfMultipartReply.last(xid, new OfGroupStatsReply(
                groups.entries().stream()
                    .filter(group -> body.groupId() == OfGroupStatsRequest.ALL || group.groupId() == body.groupId())
                    .map(group -> group.stats(GroupTable.refCount(flows, group.groupId()), now))
                    .toList())));
            case OfGroupDescRequest body -> List.of(OfMultipartReply.last(xid, new OfGroupDescReply(
                groups.entries().stream().map(GroupEntry::desc).toList())));
            case OfMeterStatsRequest body -> List.of(OfMultipartReply.last(xid, new OfMeterStatsReply(
                meters.stats(body.meterId(), flows, now))));
            case OfMeterConfigRequest body -> List.of(OfMultipartReply.last(xid, new OfMeterConfigReply(
                meters.configs(body.meterId()))));
            case OfPortDescRequest body -> List.of(OfMultipartReply.last(xid, new OfPortDescReply(
                ports.stream().map(SwitchPort::desc).toList())));
            default -> throw new IllegalArgumentException("not a state request: " + request.body());
        };
    }

    private List<FlowEntry> select(final int tableId, final OfMatch match, final long cookie, final long cookieMask,
            final int outPort, final int outGroup) throws RequestRefusedException {
        return flows.select(tableId, FlowMatch.of(match), false, 0, cookie, cookieMask, outPort, outGroup);
    }

    private List<OfMessage> flowStats(final int xid, final List<FlowEntry> selected) {
        final List<OfFlowStats> stats = selected.stream().map(entry -> entry.stats(now)).toList();
        final var parts = new ArrayList<OfMessage>();
        for (int from = FLOWS_PER_PART; from < stats.size(); from += FLOWS_PER_PART) {
            parts.add(OfMultipartReply.notLast(xid, new OfFlowStatsReply(stats.subList(from - FLOWS_PER_PART,
                from))));
        }
        final int lastFrom = stats.isEmpty() ? 0 : (stats.size() - 1) / FLOWS_PER_PART * FLOWS_PER_PART;
        parts.add(OfMultipartReply.last(xid, new OfFlowStatsReply(stats.subList(lastFrom, stats.size()))));
        return parts;
    }
}
