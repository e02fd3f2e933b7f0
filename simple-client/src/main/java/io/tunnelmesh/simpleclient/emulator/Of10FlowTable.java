/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorType;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStats;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsReply;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowMod;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowModCommand;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowRemoved;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowStats;
import io.tunnelmesh.openflow.api.message.v10.Of10Match;
import io.tunnelmesh.openflow.api.message.v10.Of10PortDesc;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReply;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReplyBody;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequest;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequestBody;
import io.tunnelmesh.openflow.api.message.v10.Of10TableStats;
import io.tunnelmesh.simpleclient.switchstate.FlowMatch;
import io.tunnelmesh.simpleclient.switchstate.RequestRefusedException;
import io.tunnelmesh.simpleclient.switchstate.SwitchErrorCode;
import io.tunnelmesh.simpleclient.switchstate.SwitchState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The flow table of an OpenFlow 1.0 switch (OpenFlow 1.0.0 sections 4.6 and 5.3.3), kept in the same
 * {@link SwitchState} as OpenFlow 1.3's: a 1.0 flow-mod is converted ({@link Of10Matches}, {@link Of10Actions}) to
 * an OpenFlow 1.3 flow-mod on table 0 and applied; flow and aggregate statistics are the state's, converted back;
 * a flow-removed goes out in 1.0 form ({@link #flowRemoved}). What OpenFlow 1.0 does differently, as Open vSwitch
 * does it:
 * <ul>
 *   <li>an add replaces an identical flow and resets its counters;</li>
 *   <li>a modify (strict or not) that selects no flow adds the flow;</li>
 *   <li>{@code out_port} {@code OFPP_NONE} means any port; deletes and modifies ignore cookies (1.0 has no mask);</li>
 *   <li>emergency flows ({@code OFPFF_EMERG}) are refused with {@code OFPFMFC_UNSUPPORTED};</li>
 *   <li>errors are the state's, in their OpenFlow 1.0 form ({@link #code10}), carrying the 1.0 request's bytes.</li>
 * </ul>
 */
final class Of10FlowTable {
    private static final Map<Integer, Of10ErrorCode> FLOW_MOD_FAILED = Map.of(
        OfErrorCode.OFPFMFC_OVERLAP.code(), Of10ErrorCode.OFPFMFC_OVERLAP,
        OfErrorCode.OFPFMFC_BAD_COMMAND.code(), Of10ErrorCode.OFPFMFC_BAD_COMMAND,
        OfErrorCode.OFPFMFC_TABLE_FULL.code(), Of10ErrorCode.OFPFMFC_ALL_TABLES_FULL);
    private static final Map<Integer, Of10ErrorCode> BAD_ACTION = Map.of(
        OfErrorCode.OFPBAC_BAD_TYPE.code(), Of10ErrorCode.OFPBAC_BAD_TYPE,
        OfErrorCode.OFPBAC_BAD_OUT_PORT.code(), Of10ErrorCode.OFPBAC_BAD_OUT_PORT,
        OfErrorCode.OFPBAC_BAD_QUEUE.code(), Of10ErrorCode.OFPBAC_BAD_QUEUE);
    private static final int TABLE = 0;
    private static final int ALL_TABLES = 0xff;
    /** Open vSwitch's name of table 0. */
    private static final String TABLE_NAME = "classifier";
    /** Open vSwitch's {@code max_entries} of a table. */
    private static final int MAX_ENTRIES = 1_000_000;

    private Of10FlowTable() {
        // static
    }

    /**
     * Applies a 1.0 flow-mod.
     *
     * @param mod the flow-mod
     * @param state the switch's state
     * @param request the request's bytes, for an error
     * @return an error, or the flow-removed messages of what it deleted
     */
    static SwitchAgent.Answer apply(final Of10FlowMod mod, final SwitchState state, final OfBytes request) {
        try {
            if ((mod.flags() & Of10FlowMod.EMERG) != 0) {
                return error(mod, Of10ErrorCode.OFPFMFC_UNSUPPORTED, request);
            }
            final var converted = convert(mod, state);
            return new SwitchAgent.Answer(List.of(), List.copyOf(state.apply(converted)));
        } catch (Of10Actions.UnsupportedActionException e) {
            return error(mod, e.code(), request);
        } catch (RequestRefusedException e) {
            return error(mod, code10(e.code()), request);
        }
    }

    private static OfFlowMod convert(final Of10FlowMod mod, final SwitchState state)
            throws Of10Actions.UnsupportedActionException, RequestRefusedException {
        final var match = Of10Matches.toOxm(mod.match());
        final var instructions = Of10Actions.toInstructions(mod.actions(), match);
        OfFlowModCommand command = command(mod.command());
        int flags = mod.flags() & (OfFlowMod.SEND_FLOW_REM | OfFlowMod.CHECK_OVERLAP);
        if (isModify(command) && selectsNothing(state, match, command, mod.priority())) {
            command = OfFlowModCommand.ADD;
        }
        if (command.equals(OfFlowModCommand.ADD)) {
            flags |= OfFlowMod.RESET_COUNTS;
        }
        return new OfFlowMod(mod.xid(), mod.cookie(), 0, TABLE, command, mod.idleTimeout(), mod.hardTimeout(),
            mod.priority(), mod.bufferId(), outPort(mod.outPort()), OfFlowMod.ANY, flags, match, instructions);
    }

    private static OfFlowModCommand command(final Of10FlowModCommand command) {
        // the same codes, 0 to 4; anything else the state refuses with OFPFMFC_BAD_COMMAND
        return OfFlowModCommand.valueOf(command.code());
    }

    private static boolean isModify(final OfFlowModCommand command) {
        return command.equals(OfFlowModCommand.MODIFY) || command.equals(OfFlowModCommand.MODIFY_STRICT);
    }

    private static boolean selectsNothing(final SwitchState state, final OfMatch match,
            final OfFlowModCommand command, final int priority) throws RequestRefusedException {
        final FlowMatch wanted = FlowMatch.of(match);
        final boolean strict = command.equals(OfFlowModCommand.MODIFY_STRICT);
        return state.flows().stream().filter(entry -> entry.tableId() == TABLE).noneMatch(entry -> strict
            ? entry.priority() == priority && entry.match().equals(wanted) : entry.match().isWithin(wanted));
    }

    /**
     * Answers 1.0 flow, aggregate and table statistics from the state's OpenFlow 1.3 statistics; table statistics
     * describe table 0, the one 1.0 flow-mods reach.
     *
     * @param request the request
     * @param state the switch's state
     * @return the reply
     */
    static SwitchAgent.Answer statistics(final Of10StatsRequest request, final SwitchState state) {
        return switch (request.body()) {
            case Of10StatsRequestBody.Flow flow -> {
                final var flows = new ArrayList<Of10FlowStats>();
                for (OfMessage part : state.handle(OfMultipartRequest.of(request.xid(), new OfFlowStatsRequest(
                        table(flow.tableId()), outPort(flow.outPort()), OfFlowMod.ANY, 0, 0,
                        Of10Matches.toOxm(flow.match()))))) {
                    if (part instanceof OfMultipartReply reply && reply.body() instanceof OfFlowStatsReply body) {
                        body.flows().stream().map(Of10FlowTable::flowStats).forEach(flows::add);
                    }
                }
                yield SwitchAgent.Answer.reply(Of10StatsReply.of(request.xid(), new Of10StatsReplyBody.Flow(flows)));
            }
            case Of10StatsRequestBody.Aggregate aggregate -> {
                final var parts = state.handle(OfMultipartRequest.of(request.xid(), new OfAggregateStatsRequest(
                    table(aggregate.tableId()), outPort(aggregate.outPort()), OfFlowMod.ANY, 0, 0,
                    Of10Matches.toOxm(aggregate.match()))));
                final var total = (OfAggregateStatsReply) ((OfMultipartReply) parts.get(0)).body();
                yield SwitchAgent.Answer.reply(Of10StatsReply.of(request.xid(), new Of10StatsReplyBody.Aggregate(
                    total.packetCount(), total.byteCount(), total.flowCount())));
            }
            case Of10StatsRequestBody.Table table -> {
                final var parts = state.handle(OfMultipartRequest.tableStats(request.xid()));
                final var first = ((OfTableStatsReply) ((OfMultipartReply) parts.get(0)).body()).tables().get(0);
                yield SwitchAgent.Answer.reply(Of10StatsReply.of(request.xid(), new Of10StatsReplyBody.Table(List.of(
                    new Of10TableStats(TABLE, TABLE_NAME, Of10Match.OFPFW_ALL, MAX_ENTRIES, first.activeCount(),
                        first.lookupCount(), first.matchedCount())))));
            }
            default -> throw new IllegalArgumentException("not flow or table statistics: " + request);
        };
    }

    private static int outPort(final int port) {
        return port == Of10PortDesc.OFPP_NONE ? OfFlowMod.ANY : Of10Matches.port(port);
    }

    private static int table(final int tableId) {
        return tableId == ALL_TABLES ? OfFlowMod.ALL_TABLES : tableId;
    }

    private static Of10FlowStats flowStats(final OfFlowStats stats) {
        return new Of10FlowStats(stats.tableId(), Of10Matches.fromOxm(stats.match()), stats.durationSec(),
            stats.durationNsec(), stats.priority(), stats.idleTimeout(), stats.hardTimeout(), stats.cookie(),
            stats.packetCount(), stats.byteCount(), Of10Actions.fromInstructions(stats.instructions()));
    }

    /**
     * A flow-removed message in OpenFlow 1.0 form (section 5.4.2): reasons idle timeout, hard timeout and delete
     * have the same codes.
     *
     * @param removed the state's message
     * @return the 1.0 message
     */
    static Of10FlowRemoved flowRemoved(final OfFlowRemoved removed) {
        return new Of10FlowRemoved(removed.xid(), Of10Matches.fromOxm(removed.match()), removed.cookie(),
            removed.priority(), removed.reason(), removed.durationSec(), removed.durationNsec(),
            removed.idleTimeout(), removed.packetCount(), removed.byteCount());
    }

    /**
     * The OpenFlow 1.0 form of a refusal: the flow-mod and action codes 1.0 has keep their meaning, other action
     * errors are {@code OFPBAC_BAD_ARGUMENT}, other flow-mod errors {@code OFPFMFC_EPERM}, the rest
     * {@code OFPBRC_EPERM}.
     *
     * @param code the state's code
     * @return the 1.0 code
     */
    static Of10ErrorCode code10(final SwitchErrorCode code) {
        if (!(code instanceof SwitchErrorCode.Standard standard)) {
            return Of10ErrorCode.OFPBRC_EPERM;
        }
        final OfErrorCode error = standard.code();
        if (error.type().equals(OfErrorType.BAD_ACTION)) {
            return BAD_ACTION.getOrDefault(error.code(), Of10ErrorCode.OFPBAC_BAD_ARGUMENT);
        }
        if (error.type().equals(OfErrorType.FLOW_MOD_FAILED)) {
            return FLOW_MOD_FAILED.getOrDefault(error.code(), Of10ErrorCode.OFPFMFC_EPERM);
        }
        return Of10ErrorCode.OFPBRC_EPERM;
    }

    private static SwitchAgent.Answer error(final OfMessage request, final Of10ErrorCode code, final OfBytes bytes) {
        return SwitchAgent.Answer.reply(new Of10Error(request.xid(), code, bytes));
    }
}
