/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import io.tunnelmesh.openflow.api.ext.nicira.NxActionController;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionController2;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvTableMod;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteMetadata;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfPacketIn;
import io.tunnelmesh.openflow.api.message.OfPortStatus;
import io.tunnelmesh.openflow.api.message.multipart.OfActionId;
import io.tunnelmesh.openflow.api.message.multipart.OfInstructionId;
import io.tunnelmesh.openflow.api.message.multipart.OfOxmId;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetDlDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetDlSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10FeaturesReply;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowRemoved;
import io.tunnelmesh.openflow.api.message.v10.Of10PacketIn;
import io.tunnelmesh.openflow.api.message.v10.Of10PortStatus;
import java.util.Map;
import java.util.function.IntFunction;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The JSON keys of record components and the names of the integer components that are enumerations. A key is the
 * component's name in snake case ({@code cookieMask} is {@code cookie_mask}), except where the specification's
 * structure names the field otherwise ({@code max_len}, {@code miss_send_len}, {@code hw_addr}, {@code n_tables},
 * {@code mfr_desc}) or the name would clash with the message's own {@code "type"} ({@code group_type},
 * {@code bundle_type}).
 */
final class OfJsonKeys {
    private static final Map<String, String> BY_COMPONENT = Map.ofEntries(
        Map.entry("maxLength", "max_len"), Map.entry("missSendLength", "miss_send_len"),
        Map.entry("totalLength", "total_len"), Map.entry("hwAddress", "hw_addr"), Map.entry("nbits", "n_bits"),
        Map.entry("current", "curr"), Map.entry("currentSpeed", "curr_speed"),
        Map.entry("manufacturer", "mfr_desc"), Map.entry("hardware", "hw_desc"), Map.entry("software", "sw_desc"),
        Map.entry("serialNumber", "serial_num"), Map.entry("datapath", "dp_desc"),
        Map.entry("optionLength", "option_len"), Map.entry("rxFrameErrors", "rx_frame_err"),
        Map.entry("rxOverErrors", "rx_over_err"), Map.entry("rxCrcErrors", "rx_crc_err"));
    private static final Map<Class<?>, Map<String, String>> BY_RECORD = Map.ofEntries(
        Map.entry(OfFeaturesReply.class, Map.of("buffers", "n_buffers", "tables", "n_tables")),
        Map.entry(Of10FeaturesReply.class, Map.of("buffers", "n_buffers", "tables", "n_tables")),
        Map.entry(OfGroupMod.class, Map.of("type", "group_type")),
        Map.entry(OnfBundleControl.class, Map.of("type", "bundle_type")),
        Map.entry(OfInstructionWriteMetadata.class, Map.of("mask", "metadata_mask")),
        Map.entry(OfOxmId.class, Map.of("key", "field")),
        // OpenFlow 1.0.0 section 5.2.4: ofp_action_dl_addr, ofp_action_nw_addr, ofp_action_tp_port
        Map.entry(Of10ActionSetDlSrc.class, Map.of("address", "dl_addr")),
        Map.entry(Of10ActionSetDlDst.class, Map.of("address", "dl_addr")),
        Map.entry(Of10ActionSetNwSrc.class, Map.of("address", "nw_addr")),
        Map.entry(Of10ActionSetNwDst.class, Map.of("address", "nw_addr")),
        Map.entry(Of10ActionSetTpSrc.class, Map.of("port", "tp_port")),
        Map.entry(Of10ActionSetTpDst.class, Map.of("port", "tp_port")));

    /** {@code ofp_packet_in_reason}, with Open vSwitch's later reasons its controller actions use. */
    private static final String[] PACKET_IN_REASONS = {
        "OFPR_NO_MATCH", "OFPR_ACTION", "OFPR_INVALID_TTL", "OFPR_ACTION_SET", "OFPR_GROUP", "OFPR_PACKET_OUT",
    };
    private static final String[] V10_PACKET_IN_REASONS = { "OFPR_NO_MATCH", "OFPR_ACTION" };
    private static final String[] FLOW_REMOVED_REASONS = {
        "OFPRR_IDLE_TIMEOUT", "OFPRR_HARD_TIMEOUT", "OFPRR_DELETE", "OFPRR_GROUP_DELETE",
    };
    private static final String[] V10_FLOW_REMOVED_REASONS = {
        "OFPRR_IDLE_TIMEOUT", "OFPRR_HARD_TIMEOUT", "OFPRR_DELETE",
    };
    private static final String[] PORT_REASONS = { "OFPPR_ADD", "OFPPR_DELETE", "OFPPR_MODIFY" };
    private static final String[] TLV_TABLE_COMMANDS = { "NXTTMC_ADD", "NXTTMC_DELETE", "NXTTMC_CLEAR" };

    private static final Map<Class<?>, Map<String, IntFunction<Object>>> VALUES = Map.ofEntries(
        Map.entry(OfPacketIn.class, Map.of("reason", code -> OfTypeNames.orNumber(PACKET_IN_REASONS, code))),
        Map.entry(Of10PacketIn.class, Map.of("reason", code -> OfTypeNames.orNumber(V10_PACKET_IN_REASONS, code))),
        Map.entry(NxActionController.class, Map.of("reason", code -> OfTypeNames.orNumber(PACKET_IN_REASONS,
            code))),
        Map.entry(NxActionController2.Reason.class, Map.of("reason", code -> OfTypeNames.orNumber(
            PACKET_IN_REASONS, code))),
        Map.entry(OfFlowRemoved.class, Map.of("reason", code -> OfTypeNames.orNumber(FLOW_REMOVED_REASONS, code))),
        Map.entry(Of10FlowRemoved.class, Map.of("reason", code -> OfTypeNames.orNumber(V10_FLOW_REMOVED_REASONS,
            code))),
        Map.entry(OfPortStatus.class, Map.of("reason", code -> OfTypeNames.orNumber(PORT_REASONS, code))),
        Map.entry(Of10PortStatus.class, Map.of("reason", code -> OfTypeNames.orNumber(PORT_REASONS, code))),
        Map.entry(NxTlvTableMod.class, Map.of("command", code -> OfTypeNames.orNumber(TLV_TABLE_COMMANDS, code))),
        Map.entry(OfInstructionId.class, Map.of("type", OfTypeNames::instruction)),
        Map.entry(OfActionId.class, Map.of("type", OfTypeNames::v13Action)));

    private OfJsonKeys() {
        // Hidden on purpose
    }

    /**
     * The key of a record component.
     *
     * @param record the record class
     * @param component the component's name
     * @return the JSON key
     */
    static String key(final Class<?> record, final String component) {
        final var own = BY_RECORD.get(record);
        final var key = own != null ? own.get(component) : null;
        if (key != null) {
            return key;
        }
        final var common = BY_COMPONENT.get(component);
        return common != null ? common : snakeCase(component);
    }

    /**
     * How to name the values of an integer component that is an enumeration.
     *
     * @param record the record class
     * @param component the component's name
     * @return the value's name or, for a code without one, its number; {@code null} for a plain number
     */
    static @Nullable IntFunction<Object> values(final Class<?> record, final String component) {
        final var own = VALUES.get(record);
        return own != null ? own.get(component) : null;
    }

    static String snakeCase(final String camelCase) {
        final var sb = new StringBuilder(camelCase.length() + 4);
        for (int i = 0; i < camelCase.length(); i++) {
            final char c = camelCase.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
