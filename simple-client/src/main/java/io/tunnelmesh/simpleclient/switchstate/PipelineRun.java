/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionExtension;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPopVlan;
import io.tunnelmesh.openflow.api.action.OfActionPushVlan;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.action.OfActionSetNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionSetQueue;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionController;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionController2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionCtClear;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecNshTtl;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecTtlCntIds;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionExit;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionNote;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionOutputReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionOutputReg2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionPopQueue;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegMove;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmit;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmitTable;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionSetTunnel;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionSetTunnel64;
import io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One packet's way through the pipeline (OpenFlow 1.3.5 section 5.1), the way Open vSwitch's {@code ofproto/trace}
 * translates it: table 0 first; in each table the highest-priority matching entry, whose instructions run in spec
 * order; a table miss does nothing (no table-miss entry: the packet is not forwarded by that table, but an action
 * set written earlier still executes, as in Open vSwitch); at the end the {@link ActionSet} executes. Groups run on
 * a copy of the packet, {@link BucketChoice} picks the bucket of fast-failover and select groups. {@code resubmit}
 * and {@code goto_table} nest at most {@value #MAX_DEPTH} deep and run at most {@value #MAX_RESUBMITS} times; beyond
 * that, and on an action the emulator does not model, the run fails and the packet is dropped.
 */
final class PipelineRun {
    /** Open vSwitch's {@code MAX_DEPTH}. */
    static final int MAX_DEPTH = 64;
    /** Open vSwitch's {@code MAX_RESUBMITS}. */
    static final int MAX_RESUBMITS = 4096;
    /** The 16-bit {@code OFPP_IN_PORT} Nicira actions use. */
    private static final int NX_IN_PORT = 0xfff8;
    private static final int NX_FIRST_RESERVED_PORT = 0xff00;
    private static final int CURRENT_TABLE = 0xff;

    private final FlowTables flows;
    private final GroupTable groups;
    private final MeterTable meters;
    private final Map<Integer, SwitchPort> ports;
    private final boolean count;
    private final Instant now;
    private final List<PacketOutput> outputs = new ArrayList<>();
    private final List<String> trace = new ArrayList<>();
    private final BucketChoice buckets;
    private ActionSet actionSet = new ActionSet();
    private Packet packet;
    private int depth;
    private int resubmits;
    private int currentTable;
    private boolean exited;

    /**
     * A run, with or without counting.
     *
     * @param flows the flow tables
     * @param groups the groups
     * @param meters the meters
     * @param ports the switch's ports by number
     * @param count whether to update flow, table, group and meter counters (and flows' idle time)
     * @param now the time of the packet, for idle timeouts
     * @param input the packet
     */
    PipelineRun(final FlowTables flows, final GroupTable groups, final MeterTable meters,
            final Map<Integer, SwitchPort> ports, final boolean count, final Instant now, final Packet input) {
        this.flows = flows;
        this.groups = groups;
        this.meters = meters;
        this.ports = ports;
        this.count = count;
        this.now = now;
        buckets = new BucketChoice(ports, groups);
        packet = input;
    }

    PipelineResult run() {
        final Packet input = packet;
        try {
            processTable(0);
            if (!exited) {
                executeActionSet();
            }
        } catch (PipelineFailure failure) {
            trace.add("failed: " + failure.getMessage());
            return new PipelineResult(input, List.of(), trace, failure.getMessage());
        }
        return new PipelineResult(input, outputs, trace, null);
    }

    private void processTable(final int tableId) throws PipelineFailure {
        final String indent = "    ".repeat(depth);
        if (tableId >= FlowTables.TABLE_COUNT) {
            trace.add(indent + tableId + ". no such table, drop");
            return;
        }
        final int callerTable = currentTable;
        currentTable = tableId;
        final FlowEntry entry = flows.table(tableId).lookup(packet, count);
        if (entry == null) {
            trace.add(indent + tableId + ". no match, drop");
        } else {
            trace.add(indent + tableId + ". " + entry.match() + ", priority " + entry.priority() + ", cookie 0x"
                + Long.toHexString(entry.cookie()));
            if (count) {
                entry.hit(packet, now);
            }
            executeInstructions(entry.checkedInstructions());
        }
        currentTable = callerTable;
    }

    /**
     * Looks a packet up in another table from within this one ({@code goto_table}, {@code resubmit}).
     */
    private void nestTable(final int tableId) throws PipelineFailure {
        if (depth >= MAX_DEPTH) {
            throw new PipelineFailure("over max translation depth " + MAX_DEPTH);
        }
        if (++resubmits >= MAX_RESUBMITS) {
            throw new PipelineFailure("over " + MAX_RESUBMITS + " resubmit actions");
        }
        depth++;
        try {
            processTable(tableId);
        } finally {
            depth--;
        }
    }

    private void executeInstructions(final FlowInstructions instructions) throws PipelineFailure {
        if (instructions.meterId() != 0) {
            trace("meter:" + Integer.toUnsignedString(instructions.meterId()));
            if (count) {
                meters.count(instructions.meterId(), packet);
            }
        }
        if (!executeActions(instructions.applyActions()) || exited) {
            return;
        }
        if (instructions.clearActions()) {
            trace("clear_actions");
            actionSet.clear();
        }
        if (!instructions.writeActions().isEmpty()) {
            trace("write_actions" + instructions.writeActions());
            actionSet.write(instructions.writeActions());
        }
        if (instructions.metadataMask() != 0) {
            trace("write_metadata:0x" + Long.toHexString(instructions.metadata()) + "/0x"
                + Long.toHexString(instructions.metadataMask()));
            packet = packet.withMasked(PacketField.METADATA, Bits.of(instructions.metadata()),
                Bits.of(instructions.metadataMask()));
        }
        if (instructions.gotoTable() != FlowInstructions.NO_GOTO) {
            trace("goto_table:" + instructions.gotoTable());
            nestTable(instructions.gotoTable());
        }
    }

    /**
     * Executes actions in order.
     *
     * @return false if an action stopped the table's processing (a TTL that ran out)
     */
    private boolean executeActions(final List<OfAction> actions) throws PipelineFailure {
        for (OfAction action : actions) {
            if (exited) {
                return true;
            }
            trace(action.toString());
            if (!execute(action)) {
                return false;
            }
        }
        return true;
    }

    private boolean execute(final OfAction action) throws PipelineFailure {
        switch (action) {
            case OfActionOutput output -> output(output.port());
            case OfActionGroup group -> executeGroup(group.groupId(), 0);
            case OfActionSetField setField -> setField(OxmFields.valueOf(setField.field()));
            case OfActionPushVlan push -> {
                if (packet.isVlanTagged()) {
                    throw new PipelineFailure("a second VLAN tag is not modelled");
                }
                packet = packet.pushVlan();
            }
            case OfActionPopVlan pop -> packet = packet.popVlan();
            case OfActionDecNwTtl dec -> {
                return decrementTtl(PacketField.IP_TTL);
            }
            case OfActionSetNwTtl set -> setIfPresent(PacketField.IP_TTL, BigInteger.valueOf(set.nwTtl()),
                PacketField.IP_TTL.mask());
            case OfActionSetQueue queue -> {
                // Queues are not modelled: the packet leaves the same way
            }
            case OfActionExtension extension -> {
                return executeExtension(extension);
            }
            default -> throw new PipelineFailure(action + " is not modelled");
        }
        return true;
    }

    private boolean executeExtension(final OfActionExtension action) throws PipelineFailure {
        switch (action) {
            case NxActionResubmit resubmit -> resubmit(resubmit.inPort(), CURRENT_TABLE);
            case NxActionResubmitTable resubmit -> resubmit(resubmit.inPort(), resubmit.table());
            case NxActionRegLoad load -> {
                final PacketField field = field(load.dst());
                setIfPresent(field, Bits.of(load.value()).shiftLeft(load.ofs()), subfieldMask(load.ofs(),
                    load.nbits()));
            }
            case NxActionRegLoad2 load -> setField(OxmFields.valueOf(load.field()));
            case NxActionRegMove move -> {
                final PacketField src = field(move.src());
                final PacketField dst = field(move.dst());
                if (packet.has(src)) {
                    final BigInteger bits = packet.get(src).shiftRight(move.srcOfs())
                        .and(subfieldMask(0, move.nbits()));
                    setIfPresent(dst, bits.shiftLeft(move.dstOfs()), subfieldMask(move.dstOfs(), move.nbits()));
                }
            }
            case NxActionSetTunnel set -> packet = packet.with(PacketField.TUN_ID, Bits.ofInt(set.tunnelId()));
            case NxActionSetTunnel64 set -> packet = packet.with(PacketField.TUN_ID, Bits.of(set.tunnelId()));
            case NxActionOutputReg output -> output(readPort(output.src(), output.ofs(), output.nbits()));
            case NxActionOutputReg2 output -> output(readPort(output.src(), output.ofs(), output.nbits()));
            case NxActionController controller -> output(OfActionOutput.CONTROLLER);
            case NxActionController2 controller -> output(OfActionOutput.CONTROLLER);
            case NxActionDecTtlCntIds dec -> {
                return decrementTtl(PacketField.IP_TTL);
            }
            case NxActionDecNshTtl dec -> {
                return decrementTtl(PacketField.NSH_TTL);
            }
            case NxActionCtClear clear -> {
                for (PacketField field : List.of(PacketField.CT_STATE, PacketField.CT_ZONE, PacketField.CT_MARK,
                        PacketField.CT_LABEL)) {
                    packet = packet.with(field, BigInteger.ZERO);
                }
            }
            case NxActionExit exit -> exited = true;
            case NxActionNote note -> {
                // A comment
            }
            case NxActionPopQueue pop -> {
                // Queues are not modelled
            }
            default -> throw new PipelineFailure(action + " is not modelled");
        }
        return true;
    }

    private void output(final int port) throws PipelineFailure {
        final int inPort = packet.inPort();
        switch (port) {
            case OfActionOutput.IN_PORT -> emit(inPort);
            case OfActionOutput.FLOOD, OfActionOutput.ALL -> {
                for (int number : ports.keySet()) {
                    if (number != inPort) {
                        emit(number);
                    }
                }
            }
            case OfActionOutput.CONTROLLER -> outputs.add(new PacketOutput(OfActionOutput.CONTROLLER, packet));
            case OfActionOutput.NORMAL -> throw new PipelineFailure("output:NORMAL (L2 learning) is not modelled");
            case OfActionOutput.TABLE -> throw new PipelineFailure("output:TABLE is for packet-outs only");
            default -> {
                if (port == inPort) {
                    trace("skipping output to input port");
                } else {
                    emit(port);
                }
            }
        }
    }

    private void emit(final int number) {
        final SwitchPort port = ports.get(number);
        if (port == null) {
            trace("output to nonexistent port " + Integer.toUnsignedString(number) + ", drop");
        } else if (!port.forwards()) {
            trace("port " + Integer.toUnsignedString(number) + " has OFPPC_NO_FWD, drop");
        } else if (port.flowBasedTunnel() && !packet.hasTunnelDestination()) {
            trace("tunnel port " + Integer.toUnsignedString(number) + " without a tunnel destination, drop");
        } else {
            outputs.add(new PacketOutput(number, packet));
        }
    }

    private void resubmit(final int nxInPort, final int table) throws PipelineFailure {
        final int savedInPort = packet.inPort();
        final int inPort = nxInPort == NX_IN_PORT ? savedInPort
            : nxInPort >= NX_FIRST_RESERVED_PORT ? 0xffff0000 | nxInPort : nxInPort;
        packet = packet.with(PacketField.IN_PORT, Bits.ofInt(inPort));
        nestTable(table == CURRENT_TABLE ? currentTable : table);
        packet = packet.with(PacketField.IN_PORT, Bits.ofInt(savedInPort));
    }

    private void executeGroup(final int groupId, final int groupDepth) throws PipelineFailure {
        final GroupEntry group = groups.get(groupId);
        if (group == null) {
            trace("group " + Integer.toUnsignedString(groupId) + " does not exist, drop");
            return;
        }
        if (groupDepth >= MAX_DEPTH) {
            throw new PipelineFailure("groups chained deeper than " + MAX_DEPTH);
        }
        if (count) {
            group.countGroup(packet);
        }
        final OfGroupType type = group.type();
        if (type.equals(OfGroupType.ALL)) {
            for (int index = 0; index < group.buckets().size(); index++) {
                executeBucket(group, index, groupDepth);
            }
        } else if (type.equals(OfGroupType.INDIRECT)) {
            executeBucket(group, 0, groupDepth);
        } else if (type.equals(OfGroupType.FF)) {
            final int live = buckets.firstLive(group);
            if (live >= 0) {
                executeBucket(group, live, groupDepth);
            } else {
                trace("no live bucket, drop");
            }
        } else {
            final int chosen = buckets.select(group, packet);
            if (chosen >= 0) {
                executeBucket(group, chosen, groupDepth);
            } else {
                trace("no live bucket with a weight, drop");
            }
        }
    }

    /**
     * Runs a bucket on a copy of the packet and of the action set: nothing it changes outlives it but its outputs.
     */
    private void executeBucket(final GroupEntry group, final int index, final int groupDepth)
            throws PipelineFailure {
        final Packet saved = packet;
        final ActionSet savedSet = actionSet;
        actionSet = actionSet.copy();
        trace("bucket " + index + " of group " + Integer.toUnsignedString(group.groupId()));
        if (count) {
            group.countBucket(index, packet);
        }
        for (OfAction action : group.buckets().get(index).actions()) {
            if (exited) {
                break;
            }
            trace(action.toString());
            if (action instanceof OfActionGroup chained) {
                executeGroup(chained.groupId(), groupDepth + 1);
            } else if (!execute(action)) {
                break;
            }
        }
        exited = false;
        packet = saved;
        actionSet = savedSet;
    }

    /**
     * Decrements a TTL; one that would reach 0 sends the packet to the controller instead and stops the table's
     * processing (Open vSwitch {@code compose_dec_ttl}). A packet without the field is left alone.
     *
     * @return false if the TTL ran out
     */
    private boolean decrementTtl(final PacketField ttl) {
        if (!packet.has(ttl)) {
            return true;
        }
        final int value = packet.get(ttl).intValue();
        if (value <= 1) {
            trace(ttl + " exception: to the controller, stop processing the table");
            outputs.add(new PacketOutput(OfActionOutput.CONTROLLER, packet));
            return false;
        }
        packet = packet.with(ttl, BigInteger.valueOf(value - 1));
        return true;
    }

    private void setField(final @Nullable FieldValue value) throws PipelineFailure {
        if (value == null) {
            throw new PipelineFailure("set_field of a field not modelled");
        }
        setIfPresent(value.field(), value.value(), value.mask());
    }

    /**
     * Sets bits of a field the packet has; Open vSwitch ignores a set-field whose prerequisites the packet does not
     * meet, and a VLAN field of an untagged packet.
     */
    private void setIfPresent(final PacketField field, final BigInteger value, final BigInteger mask) {
        final boolean isVlanField = field == PacketField.VLAN_VID || field == PacketField.VLAN_PCP;
        if (!packet.has(field) || isVlanField && !packet.isVlanTagged()) {
            trace("unmet prerequisites for " + field + ", set ignored");
            return;
        }
        packet = packet.withMasked(field, value, mask);
    }

    private PacketField field(final NxFieldRef ref) throws PipelineFailure {
        final PacketField field = NxmHeaders.fieldOf(ref);
        if (field == null) {
            throw new PipelineFailure(ref + " is not modelled");
        }
        return field;
    }

    private int readPort(final NxFieldRef ref, final int ofs, final int nbits) throws PipelineFailure {
        return packet.get(field(ref)).shiftRight(ofs).and(subfieldMask(0, nbits)).intValue();
    }

    private static BigInteger subfieldMask(final int ofs, final int nbits) {
        return BigInteger.ONE.shiftLeft(nbits).subtract(BigInteger.ONE).shiftLeft(ofs);
    }

    /**
     * Executes the action set at the end of the pipeline.
     */
    private void executeActionSet() throws PipelineFailure {
        if (actionSet.isEmpty()) {
            return;
        }
        trace("executing action set " + actionSet);
        final List<OfAction> actions = actionSet.toExecute();
        actionSet = new ActionSet();
        executeActions(actions);
    }

    private void trace(final String line) {
        trace.add("    ".repeat(depth) + "    " + line);
    }

    /**
     * Why a run stops without forwarding anything.
     */
    private static final class PipelineFailure extends Exception {
        private static final long serialVersionUID = 1L;

        PipelineFailure(final String message) {
            super(message, null, false, false);
        }
    }
}
