/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The specification names of OpenFlow's wire codes, for the JSON the codec tools print: message types (OpenFlow
 * 1.3.5 section 7.1, OpenFlow 1.0.0 section 5.1), action, instruction and multipart types, and the Nicira and ONF
 * names Open vSwitch uses for its extensions. A code without a name here is printed as its number.
 */
final class OfTypeNames {
    static final int EXPERIMENTER = 0xffff;
    static final int NICIRA = 0x00002320;
    static final int ONF = 0x4f4e4600;

    private static final String[] V13_MESSAGES = {
        "OFPT_HELLO", "OFPT_ERROR", "OFPT_ECHO_REQUEST", "OFPT_ECHO_REPLY", "OFPT_EXPERIMENTER",
        "OFPT_FEATURES_REQUEST", "OFPT_FEATURES_REPLY", "OFPT_GET_CONFIG_REQUEST", "OFPT_GET_CONFIG_REPLY",
        "OFPT_SET_CONFIG", "OFPT_PACKET_IN", "OFPT_FLOW_REMOVED", "OFPT_PORT_STATUS", "OFPT_PACKET_OUT",
        "OFPT_FLOW_MOD", "OFPT_GROUP_MOD", "OFPT_PORT_MOD", "OFPT_TABLE_MOD", "OFPT_MULTIPART_REQUEST",
        "OFPT_MULTIPART_REPLY", "OFPT_BARRIER_REQUEST", "OFPT_BARRIER_REPLY", "OFPT_QUEUE_GET_CONFIG_REQUEST",
        "OFPT_QUEUE_GET_CONFIG_REPLY", "OFPT_ROLE_REQUEST", "OFPT_ROLE_REPLY", "OFPT_GET_ASYNC_REQUEST",
        "OFPT_GET_ASYNC_REPLY", "OFPT_SET_ASYNC", "OFPT_METER_MOD",
    };
    private static final String[] V10_MESSAGES = {
        "OFPT_HELLO", "OFPT_ERROR", "OFPT_ECHO_REQUEST", "OFPT_ECHO_REPLY", "OFPT_VENDOR", "OFPT_FEATURES_REQUEST",
        "OFPT_FEATURES_REPLY", "OFPT_GET_CONFIG_REQUEST", "OFPT_GET_CONFIG_REPLY", "OFPT_SET_CONFIG",
        "OFPT_PACKET_IN", "OFPT_FLOW_REMOVED", "OFPT_PORT_STATUS", "OFPT_PACKET_OUT", "OFPT_FLOW_MOD",
        "OFPT_PORT_MOD", "OFPT_STATS_REQUEST", "OFPT_STATS_REPLY", "OFPT_BARRIER_REQUEST", "OFPT_BARRIER_REPLY",
        "OFPT_QUEUE_GET_CONFIG_REQUEST", "OFPT_QUEUE_GET_CONFIG_REPLY",
    };
    /** Experimenter messages by experimenter id and exp_type. */
    private static final Map<Long, String> EXPERIMENTER_MESSAGES = Map.of(
        key(NICIRA, 24), "NXT_TLV_TABLE_MOD",
        key(NICIRA, 25), "NXT_TLV_TABLE_REQUEST",
        key(NICIRA, 26), "NXT_TLV_TABLE_REPLY",
        key(ONF, 2300), "ONFT_BUNDLE_CONTROL",
        key(ONF, 2301), "ONFT_BUNDLE_ADD_MESSAGE");
    private static final String[] V13_ACTIONS = {
        "OFPAT_OUTPUT", null, null, null, null, null, null, null, null, null, null, "OFPAT_COPY_TTL_OUT",
        "OFPAT_COPY_TTL_IN", null, null, "OFPAT_SET_MPLS_TTL", "OFPAT_DEC_MPLS_TTL", "OFPAT_PUSH_VLAN",
        "OFPAT_POP_VLAN", "OFPAT_PUSH_MPLS", "OFPAT_POP_MPLS", "OFPAT_SET_QUEUE", "OFPAT_GROUP", "OFPAT_SET_NW_TTL",
        "OFPAT_DEC_NW_TTL", "OFPAT_SET_FIELD", "OFPAT_PUSH_PBB", "OFPAT_POP_PBB",
    };
    private static final String[] V10_ACTIONS = {
        "OFPAT_OUTPUT", "OFPAT_SET_VLAN_VID", "OFPAT_SET_VLAN_PCP", "OFPAT_STRIP_VLAN", "OFPAT_SET_DL_SRC",
        "OFPAT_SET_DL_DST", "OFPAT_SET_NW_SRC", "OFPAT_SET_NW_DST", "OFPAT_SET_NW_TOS", "OFPAT_SET_TP_SRC",
        "OFPAT_SET_TP_DST", "OFPAT_ENQUEUE",
    };
    /**
     * Open vSwitch's names of the Nicira action subtypes the library models ({@code enum nx_action_subtype}); the
     * others decode as opaque {@code OFPAT_EXPERIMENTER} actions.
     */
    private static final Map<Integer, String> NICIRA_ACTIONS = Map.ofEntries(
        Map.entry(1, "NXAST_RESUBMIT"), Map.entry(2, "NXAST_SET_TUNNEL"), Map.entry(5, "NXAST_POP_QUEUE"),
        Map.entry(6, "NXAST_REG_MOVE"), Map.entry(7, "NXAST_REG_LOAD"), Map.entry(8, "NXAST_NOTE"),
        Map.entry(9, "NXAST_SET_TUNNEL64"), Map.entry(14, "NXAST_RESUBMIT_TABLE"), Map.entry(15, "NXAST_OUTPUT_REG"),
        Map.entry(16, "NXAST_LEARN"), Map.entry(17, "NXAST_EXIT"), Map.entry(20, "NXAST_CONTROLLER"),
        Map.entry(21, "NXAST_DEC_TTL_CNT_IDS"), Map.entry(32, "NXAST_OUTPUT_REG2"), Map.entry(33, "NXAST_REG_LOAD2"),
        Map.entry(35, "NXAST_CT"), Map.entry(36, "NXAST_NAT"), Map.entry(37, "NXAST_CONTROLLER2"),
        Map.entry(43, "NXAST_CT_CLEAR"), Map.entry(44, "NXAST_RESUBMIT_TABLE_CT"), Map.entry(46, "NXAST_ENCAP"),
        Map.entry(47, "NXAST_DECAP"), Map.entry(48, "NXAST_DEC_NSH_TTL"));
    private static final String[] INSTRUCTIONS = {
        null, "OFPIT_GOTO_TABLE", "OFPIT_WRITE_METADATA", "OFPIT_WRITE_ACTIONS", "OFPIT_APPLY_ACTIONS",
        "OFPIT_CLEAR_ACTIONS", "OFPIT_METER",
    };
    private static final String[] V10_STATS = {
        "OFPST_DESC", "OFPST_FLOW", "OFPST_AGGREGATE", "OFPST_TABLE", "OFPST_PORT", "OFPST_QUEUE",
    };
    private static final String[] TABLE_FEATURE_PROPERTIES = {
        "OFPTFPT_INSTRUCTIONS", "OFPTFPT_INSTRUCTIONS_MISS", "OFPTFPT_NEXT_TABLES", "OFPTFPT_NEXT_TABLES_MISS",
        "OFPTFPT_WRITE_ACTIONS", "OFPTFPT_WRITE_ACTIONS_MISS", "OFPTFPT_APPLY_ACTIONS", "OFPTFPT_APPLY_ACTIONS_MISS",
        "OFPTFPT_MATCH", null, "OFPTFPT_WILDCARDS", null, "OFPTFPT_WRITE_SETFIELD", "OFPTFPT_WRITE_SETFIELD_MISS",
        "OFPTFPT_APPLY_SETFIELD", "OFPTFPT_APPLY_SETFIELD_MISS",
    };
    private static final int TABLE_FEATURE_EXPERIMENTER = 0xfffe;

    private OfTypeNames() {
        // Hidden on purpose
    }

    static Object v13Message(final int type) {
        return orNumber(V13_MESSAGES, type);
    }

    static Object v10Message(final int type) {
        return orNumber(V10_MESSAGES, type);
    }

    /**
     * The name of an experimenter message.
     *
     * @param experimenter the experimenter id
     * @param expType the experimenter's message type
     * @return the name, or {@code null}
     */
    static @Nullable String experimenterMessage(final int experimenter, final int expType) {
        return EXPERIMENTER_MESSAGES.get(key(experimenter, expType));
    }

    static Object v13Action(final int type) {
        return type == EXPERIMENTER ? "OFPAT_EXPERIMENTER" : orNumber(V13_ACTIONS, type);
    }

    static Object v10Action(final int type) {
        return type == EXPERIMENTER ? "OFPAT_VENDOR" : orNumber(V10_ACTIONS, type);
    }

    /**
     * The name of an experimenter action.
     *
     * @param experimenter the experimenter id
     * @param subtype the experimenter's subtype
     * @return the name, or {@code null}
     */
    static @Nullable String experimenterAction(final int experimenter, final int subtype) {
        return experimenter == NICIRA ? NICIRA_ACTIONS.get(subtype) : null;
    }

    static Object instruction(final int type) {
        return type == EXPERIMENTER ? "OFPIT_EXPERIMENTER" : orNumber(INSTRUCTIONS, type);
    }

    static Object v10Stats(final int type) {
        return type == EXPERIMENTER ? "OFPST_VENDOR" : orNumber(V10_STATS, type);
    }

    static Object tableFeatureProperty(final int type) {
        return switch (type) {
            case TABLE_FEATURE_EXPERIMENTER -> "OFPTFPT_EXPERIMENTER";
            case EXPERIMENTER -> "OFPTFPT_EXPERIMENTER_MISS";
            default -> orNumber(TABLE_FEATURE_PROPERTIES, type);
        };
    }

    /**
     * A name from a table indexed by code, or the code when the table has none.
     *
     * @param names the names, {@code null} where a code has none
     * @param code the code
     * @return the name, or the code as an {@link Integer}
     */
    static Object orNumber(final @Nullable String[] names, final int code) {
        final var name = code >= 0 && code < names.length ? names[code] : null;
        return name != null ? name : Integer.valueOf(code);
    }

    private static Long key(final int experimenter, final int expType) {
        return Integer.toUnsignedLong(experimenter) << 32 | Integer.toUnsignedLong(expType);
    }
}
