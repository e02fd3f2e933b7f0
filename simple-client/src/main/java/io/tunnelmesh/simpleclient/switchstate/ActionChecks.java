/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionCopyTtlIn;
import io.tunnelmesh.openflow.api.action.OfActionCopyTtlOut;
import io.tunnelmesh.openflow.api.action.OfActionDecMplsTtl;
import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionExperimenter;
import io.tunnelmesh.openflow.api.action.OfActionExtension;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPopMpls;
import io.tunnelmesh.openflow.api.action.OfActionPopPbb;
import io.tunnelmesh.openflow.api.action.OfActionPopVlan;
import io.tunnelmesh.openflow.api.action.OfActionPushMpls;
import io.tunnelmesh.openflow.api.action.OfActionPushPbb;
import io.tunnelmesh.openflow.api.action.OfActionPushVlan;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.action.OfActionSetMplsTtl;
import io.tunnelmesh.openflow.api.action.OfActionSetNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionSetQueue;
import io.tunnelmesh.openflow.api.action.OfActionUnknown;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionCt;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecNshTtl;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecTtlCntIds;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionDecap;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionEncap;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionOutputReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionOutputReg2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegMove;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmit;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmitTable;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmitTableCt;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionSetTunnel;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionSetTunnel64;
import io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The checks Open vSwitch makes on an action list when it decodes a flow-mod or group-mod, before looking at the
 * switch's state: output ports in range, set-field and {@code reg_load} of a known, writable field whose
 * prerequisites the flow's match pins, subfields within their fields, and only action-set actions in write-actions.
 */
final class ActionChecks {
    /** {@code OFPP_MAX}: the last physical port number. */
    static final int MAX_PORT = 0xffffff00;

    /** Where an action list is. */
    enum Context {
        /** An apply-actions instruction: anything goes. */
        APPLY,
        /** A write-actions instruction: only what an action set can hold ({@code OFPBAC_BAD_TYPE} otherwise). */
        WRITE,
        /** A group bucket: no match to check prerequisites against. */
        BUCKET
    }

    private ActionChecks() {
        // Hidden on purpose
    }

    /**
     * Checks an action list.
     *
     * @param actions the actions
     * @param match the flow's match, or {@code null} for a bucket
     * @param context where the list is
     * @throws RequestRefusedException with the code Open vSwitch answers
     */
    static void check(final List<OfAction> actions, final @Nullable FlowMatch match, final Context context)
            throws RequestRefusedException {
        for (OfAction action : actions) {
            if (context == Context.WRITE && !isActionSetAction(action)) {
                throw new RequestRefusedException(OfErrorCode.OFPBAC_BAD_TYPE, action
                    + " cannot be written to an action set");
            }
            checkOne(action, match);
        }
    }

    private static void checkOne(final OfAction action, final @Nullable FlowMatch match)
            throws RequestRefusedException {
        switch (action) {
            case OfActionOutput output -> checkOutputPort(output.port());
            case OfActionGroup group -> {
                if (Integer.compareUnsigned(group.groupId(), OfGroupMod.MAX) > 0) {
                    throw new RequestRefusedException(OfErrorCode.OFPBAC_BAD_OUT_GROUP, "group "
                        + Integer.toUnsignedString(group.groupId()));
                }
            }
            case OfActionSetField setField -> checkSetField(setField.field(), match);
            case OfActionPushVlan push -> {
                if (push.ethertype() != 0x8100 && push.ethertype() != 0x88a8) {
                    throw new RequestRefusedException(OfErrorCode.OFPBAC_BAD_ARGUMENT, String.format(
                        "push_vlan with Ethertype 0x%04x", push.ethertype()));
                }
            }
            case OfActionExperimenter experimenter -> throw new RequestRefusedException(
                OfErrorCode.OFPBAC_BAD_EXPERIMENTER, "experimenter action " + experimenter.experimenter());
            case OfActionUnknown unknown -> throw new RequestRefusedException(OfErrorCode.OFPBAC_BAD_TYPE,
                "action type " + unknown.type());
            case OfActionExtension extension -> checkExtension(extension, match);
            default -> {
                // The other standard actions take no argument that can be wrong here
            }
        }
    }

    private static void checkExtension(final OfActionExtension action, final @Nullable FlowMatch match)
            throws RequestRefusedException {
        switch (action) {
            case NxActionRegLoad load -> {
                final PacketField field = writableField(load.dst());
                checkSubfield(load.dst(), field, load.ofs(), load.nbits());
                if (load.nbits() < 64 && Bits.of(load.value()).bitLength() > load.nbits()) {
                    throw new RequestRefusedException(OfErrorCode.OFPBAC_BAD_SET_ARGUMENT, "value 0x"
                        + Long.toHexString(load.value()) + " does not fit " + load.nbits() + " bits");
                }
                checkPrerequisites(field, match);
            }
            case NxActionRegLoad2 load -> checkSetField(load.field(), match);
            case NxActionRegMove move -> {
                final PacketField src = knownField(move.src());
                checkSubfield(move.src(), src, move.srcOfs(), move.nbits());
                final PacketField dst = writableField(move.dst());
                checkSubfield(move.dst(), dst, move.dstOfs(), move.nbits());
                checkPrerequisites(src, match);
                checkPrerequisites(dst, match);
            }
            case NxActionOutputReg output -> checkSubfield(output.src(), knownField(output.src()), output.ofs(),
                output.nbits());
            case NxActionOutputReg2 output -> checkSubfield(output.src(), knownField(output.src()), output.ofs(),
                output.nbits());
            default -> {
                // Other Nicira actions are accepted as Open vSwitch accepts them; the evaluator says which it
                // does not model
            }
        }
    }

    static void checkOutputPort(final int port) throws RequestRefusedException {
        if (Integer.compareUnsigned(port, MAX_PORT) > 0 && port != OfActionOutput.IN_PORT
                && port != OfActionOutput.TABLE && port != OfActionOutput.NORMAL && port != OfActionOutput.FLOOD
                && port != OfActionOutput.ALL && port != OfActionOutput.CONTROLLER && port != OfActionOutput.LOCAL) {
            throw new RequestRefusedException(OfErrorCode.OFPBAC_BAD_OUT_PORT, "port 0x" + Integer.toHexString(port));
        }
    }

    private static void checkSetField(final OxmField oxm,
            final @Nullable FlowMatch match) throws RequestRefusedException {
        final FieldValue value = OxmFields.valueOf(oxm);
        if (value == null) {
            throw new RequestRefusedException(OfErrorCode.OFPBAC_BAD_SET_TYPE, "cannot set " + oxm);
        }
        if (!value.field().isWritable()) {
            throw new RequestRefusedException(OfErrorCode.OFPBAC_BAD_SET_ARGUMENT, value.field() + " is read-only");
        }
        checkPrerequisites(value.field(), match);
    }

    private static void checkPrerequisites(final PacketField field, final @Nullable FlowMatch match)
            throws RequestRefusedException {
        // VLAN fields are checked when the packet gets there: a push_vlan earlier in the list may add the tag
        if (match != null && field.prerequisite() != Prerequisite.VLAN
                && !field.prerequisite().isMetBy(match::pinned)) {
            throw new RequestRefusedException(OfErrorCode.OFPBAC_MATCH_INCONSISTENT, field
                + " is set but the match does not pin its prerequisites (" + field.prerequisite() + ")");
        }
    }

    private static PacketField knownField(final NxFieldRef ref) throws RequestRefusedException {
        final PacketField field = NxmHeaders.fieldOf(ref);
        if (field == null) {
            throw new RequestRefusedException(OfErrorCode.OFPBMC_BAD_FIELD, "field " + ref + " is not modelled");
        }
        return field;
    }

    private static PacketField writableField(final NxFieldRef ref) throws RequestRefusedException {
        final PacketField field = knownField(ref);
        if (!field.isWritable()) {
            throw new RequestRefusedException(OfErrorCode.OFPBAC_BAD_SET_ARGUMENT, field + " is read-only");
        }
        return field;
    }

    private static void checkSubfield(final NxFieldRef ref, final PacketField field, final int ofs, final int nbits)
            throws RequestRefusedException {
        if (ofs + nbits > NxmHeaders.widthOf(ref, field)) {
            throw new RequestRefusedException(OfErrorCode.OFPBAC_BAD_SET_ARGUMENT, "bits [" + ofs + ", +" + nbits
                + ") exceed " + field);
        }
    }

    /**
     * Whether an action may be written to the action set (Open vSwitch {@code ofpact_is_allowed_in_actions_set}).
     */
    private static boolean isActionSetAction(final OfAction action) {
        return switch (action) {
            case OfActionOutput a -> true;
            case OfActionGroup a -> true;
            case OfActionSetField a -> true;
            case OfActionPushVlan a -> true;
            case OfActionPopVlan a -> true;
            case OfActionDecNwTtl a -> true;
            case OfActionSetNwTtl a -> true;
            case OfActionSetQueue a -> true;
            case OfActionPushMpls a -> true;
            case OfActionPopMpls a -> true;
            case OfActionSetMplsTtl a -> true;
            case OfActionDecMplsTtl a -> true;
            case OfActionCopyTtlIn a -> true;
            case OfActionCopyTtlOut a -> true;
            case OfActionPushPbb a -> false;
            case OfActionPopPbb a -> false;
            case OfActionExperimenter a -> false;
            case OfActionUnknown a -> false;
            case OfActionExtension extension -> switch (extension) {
                case NxActionRegLoad a -> true;
                case NxActionRegLoad2 a -> true;
                case NxActionRegMove a -> true;
                case NxActionSetTunnel a -> true;
                case NxActionSetTunnel64 a -> true;
                case NxActionDecTtlCntIds a -> true;
                case NxActionDecNshTtl a -> true;
                case NxActionResubmit a -> true;
                case NxActionResubmitTable a -> true;
                case NxActionResubmitTableCt a -> true;
                case NxActionEncap a -> true;
                case NxActionDecap a -> true;
                case NxActionCt a -> true;
                default -> false;
            };
        };
    }
}
