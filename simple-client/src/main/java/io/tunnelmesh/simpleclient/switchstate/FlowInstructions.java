/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionClearActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionExperimenter;
import io.tunnelmesh.openflow.api.instruction.OfInstructionGotoTable;
import io.tunnelmesh.openflow.api.instruction.OfInstructionMeter;
import io.tunnelmesh.openflow.api.instruction.OfInstructionUnknown;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteMetadata;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A flow's instructions, checked, in the order OpenFlow 1.3.5 section 5.9 executes them whatever order they came
 * in: meter, apply-actions, clear-actions, write-actions, write-metadata, goto-table.
 *
 * @param meterId the meter, or 0 for none
 * @param applyActions the actions applied at once, in order
 * @param clearActions whether the action set is cleared
 * @param writeActions the actions merged into the action set
 * @param metadata the metadata to write, under {@code metadataMask}
 * @param metadataMask the metadata bits to write; 0 for no write-metadata
 * @param gotoTable the next table, or -1 to end the pipeline
 * @param groupIds every group the actions name, in order (found once: every apply checks that they exist)
 */
record FlowInstructions(int meterId, List<OfAction> applyActions, boolean clearActions, List<OfAction> writeActions,
        long metadata, long metadataMask, int gotoTable, List<Integer> groupIds) {
    static final int NO_GOTO = -1;

    FlowInstructions {
        applyActions = List.copyOf(applyActions);
        writeActions = List.copyOf(writeActions);
        groupIds = List.copyOf(groupIds);
    }

    /**
     * Checks a flow's instructions without looking at the switch's groups and meters (those are checked when the
     * flow is applied), as Open vSwitch checks them when it decodes a flow-mod.
     *
     * @param instructions the instructions, in any order
     * @param tableId the flow's table, {@code OFPTT_ALL} for a modify of every table
     * @param match the flow's match, for set-field prerequisites
     * @return the instructions
     * @throws RequestRefusedException {@code OFPBIC_DUP_INST} (ONF) for two instructions of one type,
     *     {@code OFPBIC_UNKNOWN_INST} or {@code OFPBIC_BAD_EXPERIMENTER} for instructions not modelled,
     *     {@code OFPBIC_BAD_TABLE_ID} for a goto-table not forward, {@code OFPMMFC_INVALID_METER} for meter 0 or
     *     beyond {@code OFPM_MAX}, and what {@link ActionChecks} refuses in the action lists
     */
    static FlowInstructions of(final List<OfInstruction> instructions, final int tableId, final FlowMatch match)
            throws RequestRefusedException {
        final var seen = new HashSet<Class<?>>();
        int meterId = 0;
        List<OfAction> apply = List.of();
        boolean clear = false;
        List<OfAction> write = List.of();
        long metadata = 0;
        long metadataMask = 0;
        int gotoTable = NO_GOTO;
        for (OfInstruction instruction : instructions) {
            if (!seen.add(instruction.getClass())) {
                throw new RequestRefusedException(OnfErrorCodes.OFPBIC_DUP_INST, "two " + instruction.getClass()
                    .getSimpleName() + " instructions");
            }
            switch (instruction) {
                case OfInstructionMeter meter -> meterId = checkMeter(meter.meterId());
                case OfInstructionApplyActions actions -> {
                    ActionChecks.check(actions.actions(), match, ActionChecks.Context.APPLY);
                    apply = actions.actions();
                }
                case OfInstructionClearActions ignored -> clear = true;
                case OfInstructionWriteActions actions -> {
                    ActionChecks.check(actions.actions(), match, ActionChecks.Context.WRITE);
                    write = actions.actions();
                }
                case OfInstructionWriteMetadata write2 -> {
                    metadata = write2.metadata();
                    metadataMask = write2.mask();
                }
                case OfInstructionGotoTable next -> gotoTable = checkGoto(next.tableId(), tableId);
                case OfInstructionExperimenter experimenter -> throw new RequestRefusedException(
                    OfErrorCode.OFPBIC_BAD_EXPERIMENTER, "experimenter instruction " + experimenter.experimenter());
                case OfInstructionUnknown unknown -> throw new RequestRefusedException(
                    OfErrorCode.OFPBIC_UNKNOWN_INST, "instruction type " + unknown.type());
            }
        }
        return new FlowInstructions(meterId, apply, clear, write, metadata, metadataMask, gotoTable,
            groupIds(apply, write));
    }

    private static int checkMeter(final int meterId) throws RequestRefusedException {
        if (meterId == 0 || Integer.compareUnsigned(meterId, OfMeterMod.MAX) > 0
                && meterId != OfMeterMod.CONTROLLER && meterId != OfMeterMod.SLOWPATH) {
            throw new RequestRefusedException(OfErrorCode.OFPMMFC_INVALID_METER, "meter " + Integer
                .toUnsignedString(meterId));
        }
        return meterId;
    }

    private static int checkGoto(final int next, final int tableId) throws RequestRefusedException {
        // Open vSwitch checks goto-table against the flow-mod's table: with OFPTT_ALL (255), every goto is backwards
        if (next <= tableId) {
            throw new RequestRefusedException(OfErrorCode.OFPBIC_BAD_TABLE_ID, "goto_table:" + next + " from table "
                + tableId + " is not forward");
        }
        return next;
    }

    private static List<Integer> groupIds(final List<OfAction> apply, final List<OfAction> write) {
        List<Integer> ids = List.of();
        for (OfAction action : apply) {
            ids = withGroup(ids, action);
        }
        for (OfAction action : write) {
            ids = withGroup(ids, action);
        }
        return ids;
    }

    private static List<Integer> withGroup(final List<Integer> ids, final OfAction action) {
        if (!(action instanceof OfActionGroup group)) {
            return ids;
        }
        final List<Integer> more = ids.isEmpty() ? new ArrayList<>() : ids;
        more.add(group.groupId());
        return more;
    }

    /**
     * Whether an output action names the port (the {@code out_port} filter of delete and statistics requests).
     *
     * @param port the port
     * @return whether the flow outputs to it
     */
    boolean outputsTo(final int port) {
        return outputsTo(applyActions, port) || outputsTo(writeActions, port);
    }

    private static boolean outputsTo(final List<OfAction> actions, final int port) {
        for (OfAction action : actions) {
            if (action instanceof OfActionOutput output && output.port() == port) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a group action names the group (the {@code out_group} filter).
     *
     * @param groupId the group
     * @return whether the flow forwards to it
     */
    boolean usesGroup(final int groupId) {
        return groupIds().contains(groupId);
    }
}
