/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.message.OfExperimenterErrorCode;
import java.util.List;

/**
 * The Nicira experimenter errors Open vSwitch sends in OpenFlow 1.2 and later (type {@code OFPET_EXPERIMENTER},
 * experimenter {@link #NX_EXPERIMENTER}), for failures OpenFlow has no code for, such as a nonzero must-be-zero field
 * of a Nicira action. Codes and names as {@code ovs-ofctl ofp-print} of Open vSwitch 3.1 prints them; OpenFlow 1.0
 * carries Nicira errors differently (a vendor error of type {@code NXET_VENDOR}), with other numbers.
 */
public final class NxErrorCodes {
    /** The Nicira experimenter id ({@code NX_VENDOR_ID}, the Nicira OUI). */
    public static final int NX_EXPERIMENTER = 0x00002320;

    /** {@code NXBRC_NXM_INVALID} (2): invalid NXM flow match. */
    public static final OfExperimenterErrorCode NXBRC_NXM_INVALID = nx(2, "NXBRC_NXM_INVALID");
    /** {@code NXBRC_NXM_BAD_TYPE} (3): invalid or unimplemented nxm_type. */
    public static final OfExperimenterErrorCode NXBRC_NXM_BAD_TYPE = nx(3, "NXBRC_NXM_BAD_TYPE");
    /** {@code NXBRC_MUST_BE_ZERO} (4): A must-be-zero field has a nonzero value. */
    public static final OfExperimenterErrorCode NXBRC_MUST_BE_ZERO = nx(4, "NXBRC_MUST_BE_ZERO");
    /** {@code NXBRC_BAD_REASON} (5): invalid reason in a port status. */
    public static final OfExperimenterErrorCode NXBRC_BAD_REASON = nx(5, "NXBRC_BAD_REASON");
    /** {@code OFPMOFC_MONITOR_EXISTS} (6): A flow monitor with the id exists already. */
    public static final OfExperimenterErrorCode OFPMOFC_MONITOR_EXISTS = nx(6, "OFPMOFC_MONITOR_EXISTS");
    /** {@code OFPMOFC_BAD_FLAGS} (7): unsupported flow monitor flags. */
    public static final OfExperimenterErrorCode OFPMOFC_BAD_FLAGS = nx(7, "OFPMOFC_BAD_FLAGS");
    /** {@code OFPMOFC_UNKNOWN_MONITOR} (8): no flow monitor with the id. */
    public static final OfExperimenterErrorCode OFPMOFC_UNKNOWN_MONITOR = nx(8, "OFPMOFC_UNKNOWN_MONITOR");
    /** {@code NXBRC_FM_BAD_EVENT} (9): invalid event in a flow monitor reply. */
    public static final OfExperimenterErrorCode NXBRC_FM_BAD_EVENT = nx(9, "NXBRC_FM_BAD_EVENT");
    /** {@code NXBRC_UNENCODABLE_ERROR} (10): the error cannot be represented in this OpenFlow version. */
    public static final OfExperimenterErrorCode NXBRC_UNENCODABLE_ERROR = nx(10, "NXBRC_UNENCODABLE_ERROR");
    /** {@code NXBAC_MUST_BE_ZERO} (11): A must-be-zero action argument has a nonzero value. */
    public static final OfExperimenterErrorCode NXBAC_MUST_BE_ZERO = nx(11, "NXBAC_MUST_BE_ZERO");
    /** {@code NXFMFC_HARDWARE} (12): generic hardware error. */
    public static final OfExperimenterErrorCode NXFMFC_HARDWARE = nx(12, "NXFMFC_HARDWARE");
    /** {@code NXFMFC_BAD_TABLE_ID} (13): A table id that does not exist, with the flow-mod table id extension. */
    public static final OfExperimenterErrorCode NXFMFC_BAD_TABLE_ID = nx(13, "NXFMFC_BAD_TABLE_ID");
    /** {@code NXBAC_BAD_CONJUNCTION} (15): invalid conjunction action. */
    public static final OfExperimenterErrorCode NXBAC_BAD_CONJUNCTION = nx(15, "NXBAC_BAD_CONJUNCTION");
    /** {@code NXTTMFC_BAD_COMMAND} (16): unknown TLV table mod command. */
    public static final OfExperimenterErrorCode NXTTMFC_BAD_COMMAND = nx(16, "NXTTMFC_BAD_COMMAND");
    /** {@code NXTTMFC_BAD_OPT_LEN} (17): invalid TLV option length. */
    public static final OfExperimenterErrorCode NXTTMFC_BAD_OPT_LEN = nx(17, "NXTTMFC_BAD_OPT_LEN");
    /** {@code NXTTMFC_BAD_FIELD_IDX} (18): tLV field index out of range. */
    public static final OfExperimenterErrorCode NXTTMFC_BAD_FIELD_IDX = nx(18, "NXTTMFC_BAD_FIELD_IDX");
    /** {@code NXTTMFC_TABLE_FULL} (19): the TLV table is full. */
    public static final OfExperimenterErrorCode NXTTMFC_TABLE_FULL = nx(19, "NXTTMFC_TABLE_FULL");
    /** {@code NXTTMFC_ALREADY_MAPPED} (20): the TLV field index is mapped already. */
    public static final OfExperimenterErrorCode NXTTMFC_ALREADY_MAPPED = nx(20, "NXTTMFC_ALREADY_MAPPED");
    /** {@code NXTTMFC_DUP_ENTRY} (21): the TLV option is mapped to another field. */
    public static final OfExperimenterErrorCode NXTTMFC_DUP_ENTRY = nx(21, "NXTTMFC_DUP_ENTRY");
    /** {@code NXR_NOT_SUPPORTED} (34): the datapath does not support NXT_RESUME. */
    public static final OfExperimenterErrorCode NXR_NOT_SUPPORTED = nx(34, "NXR_NOT_SUPPORTED");
    /** {@code NXR_STALE} (35): the continuation is stale. */
    public static final OfExperimenterErrorCode NXR_STALE = nx(35, "NXR_STALE");
    /** {@code NXST_NOT_CONFIGURED} (36): the protocol is not configured. */
    public static final OfExperimenterErrorCode NXST_NOT_CONFIGURED = nx(36, "NXST_NOT_CONFIGURED");
    /** {@code NXFMFC_INVALID_TLV_FIELD} (37): A flow uses a TLV field that is not mapped. */
    public static final OfExperimenterErrorCode NXFMFC_INVALID_TLV_FIELD = nx(37, "NXFMFC_INVALID_TLV_FIELD");
    /** {@code NXTTMFC_INVALID_TLV_DEL} (38): A TLV mapping in use cannot be deleted. */
    public static final OfExperimenterErrorCode NXTTMFC_INVALID_TLV_DEL = nx(38, "NXTTMFC_INVALID_TLV_DEL");
    /** {@code NXBAC_BAD_HEADER_TYPE} (39): unsupported packet type in encap or decap. */
    public static final OfExperimenterErrorCode NXBAC_BAD_HEADER_TYPE = nx(39, "NXBAC_BAD_HEADER_TYPE");
    /** {@code NXBAC_UNKNOWN_ED_PROP} (40): unknown encap or decap property. */
    public static final OfExperimenterErrorCode NXBAC_UNKNOWN_ED_PROP = nx(40, "NXBAC_UNKNOWN_ED_PROP");
    /** {@code NXBAC_BAD_ED_PROP} (41): error in an encap or decap property. */
    public static final OfExperimenterErrorCode NXBAC_BAD_ED_PROP = nx(41, "NXBAC_BAD_ED_PROP");
    /** {@code NXBAC_CT_DATAPATH_SUPPORT} (42): the datapath lacks a connection tracking feature the action needs. */
    public static final OfExperimenterErrorCode NXBAC_CT_DATAPATH_SUPPORT = nx(42, "NXBAC_CT_DATAPATH_SUPPORT");
    /** {@code NXBMC_CT_DATAPATH_SUPPORT} (43): the datapath lacks a connection tracking feature the match needs. */
    public static final OfExperimenterErrorCode NXBMC_CT_DATAPATH_SUPPORT = nx(43, "NXBMC_CT_DATAPATH_SUPPORT");
    /** {@code NXTFFC_DUP_TABLE} (44): A table appears twice in a table features request. */
    public static final OfExperimenterErrorCode NXTFFC_DUP_TABLE = nx(44, "NXTFFC_DUP_TABLE");

    /** Every code above, in code order. */
    public static final List<OfExperimenterErrorCode> ALL = List.of(
        NXBRC_NXM_INVALID, NXBRC_NXM_BAD_TYPE, NXBRC_MUST_BE_ZERO, NXBRC_BAD_REASON, OFPMOFC_MONITOR_EXISTS,
        OFPMOFC_BAD_FLAGS, OFPMOFC_UNKNOWN_MONITOR, NXBRC_FM_BAD_EVENT, NXBRC_UNENCODABLE_ERROR, NXBAC_MUST_BE_ZERO,
        NXFMFC_HARDWARE, NXFMFC_BAD_TABLE_ID, NXBAC_BAD_CONJUNCTION, NXTTMFC_BAD_COMMAND, NXTTMFC_BAD_OPT_LEN,
        NXTTMFC_BAD_FIELD_IDX, NXTTMFC_TABLE_FULL, NXTTMFC_ALREADY_MAPPED, NXTTMFC_DUP_ENTRY, NXR_NOT_SUPPORTED,
        NXR_STALE, NXST_NOT_CONFIGURED, NXFMFC_INVALID_TLV_FIELD, NXTTMFC_INVALID_TLV_DEL, NXBAC_BAD_HEADER_TYPE,
        NXBAC_UNKNOWN_ED_PROP, NXBAC_BAD_ED_PROP, NXBAC_CT_DATAPATH_SUPPORT, NXBMC_CT_DATAPATH_SUPPORT,
        NXTFFC_DUP_TABLE);

    private static OfExperimenterErrorCode nx(final int code, final String name) {
        return OfExperimenterErrorCode.of(NX_EXPERIMENTER, code, name);
    }

    private NxErrorCodes() {
        // constants only
    }
}
