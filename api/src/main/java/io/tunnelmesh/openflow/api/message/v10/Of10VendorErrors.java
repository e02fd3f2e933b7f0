/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorKind;
import java.util.Map;

/**
 * Where OpenFlow 1.0 has no code for an error, Open vSwitch sends a Nicira vendor error ({@code OFPT_ERROR} of type
 * {@code NXET_VENDOR} 0xb0c2, code {@code NXVC_VENDOR_ERROR} 0, then {@code struct nx_vendor_error}: vendor
 * {@code 0x00002320}, a 16-bit type and code, then the data), with the OpenFlow 1.0 numbers its
 * {@code lib/ofp-errors.h} gives as {@code NX1.0(type,code)}; an error with none is sent as
 * {@code NXBRC_UNENCODABLE_ERROR} (1, 521). This table holds those numbers for the errors the library's codecs raise
 * or that OpenFlow 1.3 and the Nicira extension define.
 * <pre>
 *   | ofp_header | type = 0xb0c2 (16) | code = 0 (16) | vendor (32) | type (16) | code (16) | data ... |
 * </pre>
 */
final class Of10VendorErrors {
    /** {@code NXET_VENDOR}: the error type of a vendor error in OpenFlow 1.0. */
    static final int NXET_VENDOR = 0xb0c2;
    /** {@code NXVC_VENDOR_ERROR}: its only code. */
    static final int NXVC_VENDOR_ERROR = 0;
    /** {@code NXBRC_UNENCODABLE_ERROR} in OpenFlow 1.0: what an error without 1.0 numbers becomes. */
    static final int UNENCODABLE = pair(1, 521);

    private static final Map<OfErrorKind, Integer> NX10 = Map.ofEntries(
        Map.entry(OfErrorCode.OFPBRC_BAD_TABLE_ID, pair(1, 512)),
        Map.entry(OfErrorCode.OFPRRFC_BAD_ROLE, pair(1, 513)),
        Map.entry(OfErrorCode.OFPBRC_BAD_PORT, pair(1, 514)),
        Map.entry(OfErrorCode.OFPBMC_BAD_VALUE, pair(1, 258)),
        Map.entry(OfErrorCode.OFPBMC_BAD_MASK, pair(1, 259)),
        Map.entry(OfErrorCode.OFPBMC_BAD_PREREQ, pair(1, 260)),
        Map.entry(OfErrorCode.OFPBMC_DUP_FIELD, pair(1, 261)),
        Map.entry(OfErrorCode.OFPBMC_BAD_WILDCARDS, pair(1, 262)),
        Map.entry(OfErrorCode.OFPBMC_BAD_FIELD, pair(0, 263)),
        Map.entry(OfErrorCode.OFPBAC_MATCH_INCONSISTENT, pair(1, 522)),
        Map.entry(OfErrorCode.OFPBAC_BAD_SET_TYPE, pair(1, 523)),
        Map.entry(OfErrorCode.OFPBAC_BAD_SET_LEN, pair(1, 524)),
        Map.entry(OfErrorCode.OFPBAC_BAD_SET_ARGUMENT, pair(1, 525)),
        Map.entry(OfErrorCode.OFPBIC_UNSUP_INST, pair(2, 257)),
        Map.entry(OfErrorCode.OFPFMFC_BAD_FLAGS, pair(3, 258)),
        Map.entry(OfErrorCode.OFPTFFC_BAD_TYPE, pair(13, 2)),
        Map.entry(OfErrorCode.OFPTFFC_BAD_LEN, pair(13, 3)),
        Map.entry(OfErrorCode.OFPTFFC_BAD_ARGUMENT, pair(13, 4)),
        Map.entry(NxErrorCodes.NXBRC_NXM_INVALID, pair(1, 256)),
        Map.entry(NxErrorCodes.NXBRC_NXM_BAD_TYPE, pair(1, 257)),
        Map.entry(NxErrorCodes.NXBRC_MUST_BE_ZERO, pair(1, 515)),
        Map.entry(NxErrorCodes.NXBRC_BAD_REASON, pair(1, 516)),
        Map.entry(NxErrorCodes.OFPMOFC_MONITOR_EXISTS, pair(1, 517)),
        Map.entry(NxErrorCodes.OFPMOFC_BAD_FLAGS, pair(1, 518)),
        Map.entry(NxErrorCodes.OFPMOFC_UNKNOWN_MONITOR, pair(1, 519)),
        Map.entry(NxErrorCodes.NXBRC_FM_BAD_EVENT, pair(1, 520)),
        Map.entry(NxErrorCodes.NXBRC_UNENCODABLE_ERROR, UNENCODABLE),
        Map.entry(NxErrorCodes.NXBAC_MUST_BE_ZERO, pair(2, 256)),
        Map.entry(NxErrorCodes.NXBAC_BAD_CONJUNCTION, pair(2, 526)),
        Map.entry(NxErrorCodes.NXFMFC_HARDWARE, pair(5, 256)),
        Map.entry(NxErrorCodes.NXFMFC_BAD_TABLE_ID, pair(5, 257)),
        Map.entry(NxErrorCodes.NXTTMFC_BAD_COMMAND, pair(1, 527)),
        Map.entry(NxErrorCodes.NXTTMFC_BAD_OPT_LEN, pair(1, 528)),
        Map.entry(NxErrorCodes.NXTTMFC_BAD_FIELD_IDX, pair(1, 529)),
        Map.entry(NxErrorCodes.NXTTMFC_TABLE_FULL, pair(1, 530)),
        Map.entry(NxErrorCodes.NXTTMFC_ALREADY_MAPPED, pair(1, 531)),
        Map.entry(NxErrorCodes.NXTTMFC_DUP_ENTRY, pair(1, 532)),
        Map.entry(NxErrorCodes.NXR_NOT_SUPPORTED, pair(1, 533)),
        Map.entry(NxErrorCodes.NXR_STALE, pair(1, 534)),
        Map.entry(NxErrorCodes.NXST_NOT_CONFIGURED, pair(1, 535)),
        Map.entry(NxErrorCodes.NXBAC_CT_DATAPATH_SUPPORT, pair(1, 265)));

    private Of10VendorErrors() {
        // static table
    }

    /**
     * The Nicira OpenFlow 1.0 type and code of an error.
     *
     * @param error the error
     * @return {@code type << 16 | code}, {@link #UNENCODABLE} for an error OpenFlow 1.0 cannot carry
     */
    static int of10(final OfErrorKind error) {
        return NX10.getOrDefault(error, UNENCODABLE);
    }

    private static int pair(final int type, final int code) {
        return type << 16 | code;
    }
}
