/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPopVlan;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.action.OfActionSetQueue;
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmIpDscp;
import io.tunnelmesh.openflow.api.match.OxmIpProto;
import io.tunnelmesh.openflow.api.match.OxmIpv4Dst;
import io.tunnelmesh.openflow.api.match.OxmIpv4Src;
import io.tunnelmesh.openflow.api.match.OxmTcpDst;
import io.tunnelmesh.openflow.api.match.OxmTcpSrc;
import io.tunnelmesh.openflow.api.match.OxmUdpDst;
import io.tunnelmesh.openflow.api.match.OxmUdpSrc;
import io.tunnelmesh.openflow.api.match.OxmVlanPcp;
import io.tunnelmesh.openflow.api.match.OxmVlanVid;
import io.tunnelmesh.openflow.api.message.v10.Of10Action;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionEnqueue;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionOutput;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetDlDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetDlSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwTos;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetVlanPcp;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetVlanVid;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionStripVlan;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionUnknown;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionVendor;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * OpenFlow 1.0 actions (OpenFlow 1.0.0 section 5.2.4) to the OpenFlow 1.3 actions the switch state runs, and back
 * for flow statistics, as Open vSwitch translates them: {@code SET_VLAN_VID}/{@code SET_VLAN_PCP},
 * {@code SET_DL_*}, {@code SET_NW_*} and {@code SET_TP_*} become set-fields ({@code nw_tos}'s upper six bits the
 * DSCP; the transport ports TCP's, or UDP's when the match pins {@code nw_proto} 17), {@code STRIP_VLAN} pops the
 * tag, {@code ENQUEUE} is set-queue then output. The set-fields' prerequisites are the switch state's to check
 * against the match, as for OpenFlow 1.3.
 *
 * <p>Unlike Open vSwitch, {@code SET_VLAN_VID} and {@code SET_VLAN_PCP} on an untagged packet change nothing (Open
 * vSwitch pushes a tag first).
 */
final class Of10Actions {
    private static final int UDP = 17;
    private static final int VLAN_PRESENT = 0x1000;
    private static final int VID_MASK = 0x0fff;
    private static final int DSCP_SHIFT = 2;

    private Of10Actions() {
        // static conversions
    }

    /**
     * A 1.0 action that has no OpenFlow 1.3 form here.
     */
    static final class UnsupportedActionException extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient Of10ErrorCode code;

        UnsupportedActionException(final Of10ErrorCode code, final String reason) {
            super(reason);
            this.code = code;
        }

        Of10ErrorCode code() {
            return code;
        }
    }

    /**
     * The apply-actions instruction of a 1.0 flow's actions.
     *
     * @param actions the 1.0 actions
     * @param match the flow's OXM match, which says whether transport ports are UDP's
     * @return the instructions: none for no actions (drop), else one apply-actions
     * @throws UnsupportedActionException {@code OFPBAC_BAD_VENDOR} for a vendor action, {@code OFPBAC_BAD_TYPE} for
     *     an unknown one
     */
    static List<OfInstruction> toInstructions(final List<Of10Action> actions, final OfMatch match)
            throws UnsupportedActionException {
        if (actions.isEmpty()) {
            return List.of();
        }
        final boolean udp = match.fields().contains(OxmIpProto.of(UDP));
        final var converted = new ArrayList<OfAction>(actions.size());
        for (Of10Action action : actions) {
            switch (action) {
                case Of10ActionOutput output -> converted.add(new OfActionOutput(Of10Matches.port(output.port()),
                    output.maxLength()));
                case Of10ActionEnqueue enqueue -> {
                    converted.add(OfActionSetQueue.of(enqueue.queueId()));
                    converted.add(OfActionOutput.to(Of10Matches.port(enqueue.port())));
                }
                case Of10ActionSetVlanVid vid -> converted.add(OfActionSetField.of(OxmVlanVid.of(VLAN_PRESENT
                    | vid.vlanVid() & VID_MASK)));
                case Of10ActionSetVlanPcp pcp -> converted.add(OfActionSetField.of(OxmVlanPcp.of(pcp.vlanPcp())));
                case Of10ActionStripVlan strip -> converted.add(OfActionPopVlan.INSTANCE);
                case Of10ActionSetDlSrc src -> converted.add(OfActionSetField.of(OxmEthSrc.of(src.address())));
                case Of10ActionSetDlDst dst -> converted.add(OfActionSetField.of(OxmEthDst.of(dst.address())));
                case Of10ActionSetNwSrc src -> converted.add(OfActionSetField.of(OxmIpv4Src.of(src.address())));
                case Of10ActionSetNwDst dst -> converted.add(OfActionSetField.of(OxmIpv4Dst.of(dst.address())));
                case Of10ActionSetNwTos tos -> converted.add(OfActionSetField.of(OxmIpDscp.of(tos.nwTos()
                    >> DSCP_SHIFT)));
                case Of10ActionSetTpSrc src -> converted.add(OfActionSetField.of(udp ? OxmUdpSrc.of(src.port())
                    : OxmTcpSrc.of(src.port())));
                case Of10ActionSetTpDst dst -> converted.add(OfActionSetField.of(udp ? OxmUdpDst.of(dst.port())
                    : OxmTcpDst.of(dst.port())));
                case Of10ActionVendor vendor -> throw new UnsupportedActionException(Of10ErrorCode.OFPBAC_BAD_VENDOR,
                    "vendor 0x" + Integer.toHexString(vendor.vendor()));
                case Of10ActionUnknown unknown -> throw new UnsupportedActionException(Of10ErrorCode.OFPBAC_BAD_TYPE,
                    "action type " + unknown.type());
            }
        }
        return List.of(OfInstructionApplyActions.of(converted.toArray(OfAction[]::new)));
    }

    /**
     * The 1.0 actions of a flow's instructions: its apply-actions, as far as OpenFlow 1.0 can say them.
     *
     * @param instructions the flow's instructions
     * @return the actions
     */
    static List<Of10Action> fromInstructions(final List<OfInstruction> instructions) {
        final var converted = new ArrayList<Of10Action>();
        for (OfInstruction instruction : instructions) {
            if (!(instruction instanceof OfInstructionApplyActions apply)) {
                continue;
            }
            int queue = -1;
            for (OfAction action : apply.actions()) {
                if (action instanceof OfActionSetQueue setQueue) {
                    queue = setQueue.queueId();
                } else if (action instanceof OfActionOutput output) {
                    final int port = Of10Matches.port10(output.port());
                    converted.add(queue >= 0 ? new Of10ActionEnqueue(port, queue)
                        : new Of10ActionOutput(port, output.maxLength()));
                    queue = -1;
                } else if (action instanceof OfActionPopVlan) {
                    converted.add(Of10ActionStripVlan.INSTANCE);
                } else if (action instanceof OfActionSetField set) {
                    final Of10Action field = setField(set);
                    if (field != null) {
                        converted.add(field);
                    }
                }
            }
        }
        return converted;
    }

    private static @Nullable Of10Action setField(final OfActionSetField set) {
        return switch (set.field()) {
            case OxmVlanVid vid -> new Of10ActionSetVlanVid(vid.value() & VID_MASK);
            case OxmVlanPcp pcp -> new Of10ActionSetVlanPcp(pcp.value());
            case OxmEthSrc src -> new Of10ActionSetDlSrc(src.value());
            case OxmEthDst dst -> new Of10ActionSetDlDst(dst.value());
            case OxmIpv4Src src -> new Of10ActionSetNwSrc(src.value());
            case OxmIpv4Dst dst -> new Of10ActionSetNwDst(dst.value());
            case OxmIpDscp dscp -> new Of10ActionSetNwTos(dscp.value() << DSCP_SHIFT);
            case OxmTcpSrc src -> new Of10ActionSetTpSrc(src.value());
            case OxmUdpSrc src -> new Of10ActionSetTpSrc(src.value());
            case OxmTcpDst dst -> new Of10ActionSetTpDst(dst.value());
            case OxmUdpDst dst -> new Of10ActionSetTpDst(dst.value());
            default -> null;
        };
    }
}
