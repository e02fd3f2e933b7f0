/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.onf;

import io.tunnelmesh.openflow.api.message.OfExperimenterErrorCode;
import java.util.List;

/**
 * The ONF experimenter errors Open vSwitch sends in OpenFlow 1.3 (type {@code OFPET_EXPERIMENTER}, experimenter
 * {@link #ONF_EXPERIMENTER}): the bundle errors of the ONF bundle extension (EXT-230), which OpenFlow 1.4 made the
 * standard type {@code OFPET_BUNDLE_FAILED} (17) with the same order, and the few OpenFlow 1.4/1.5 errors ONF
 * back-ported to 1.3. Codes and names as {@code ovs-ofctl ofp-print} of Open vSwitch 3.1 prints
 * them.
 */
public final class OnfErrorCodes {
    /** The ONF experimenter id ({@code ONF_VENDOR_ID}, "ONF" and a zero byte). */
    public static final int ONF_EXPERIMENTER = 0x4f4e4600;

    /** {@code OFPBFC_UNKNOWN} (2300): unspecified bundle error. */
    public static final OfExperimenterErrorCode OFPBFC_UNKNOWN = onf(2300, "OFPBFC_UNKNOWN");
    /** {@code OFPBFC_EPERM} (2301): permissions error. */
    public static final OfExperimenterErrorCode OFPBFC_EPERM = onf(2301, "OFPBFC_EPERM");
    /** {@code OFPBFC_BAD_ID} (2302): the bundle id does not exist. */
    public static final OfExperimenterErrorCode OFPBFC_BAD_ID = onf(2302, "OFPBFC_BAD_ID");
    /** {@code OFPBFC_BUNDLE_EXIST} (2303): the bundle id already exists. */
    public static final OfExperimenterErrorCode OFPBFC_BUNDLE_EXIST = onf(2303, "OFPBFC_BUNDLE_EXIST");
    /** {@code OFPBFC_BUNDLE_CLOSED} (2304): the bundle is closed. */
    public static final OfExperimenterErrorCode OFPBFC_BUNDLE_CLOSED = onf(2304, "OFPBFC_BUNDLE_CLOSED");
    /** {@code OFPBFC_OUT_OF_BUNDLES} (2305): too many bundles. */
    public static final OfExperimenterErrorCode OFPBFC_OUT_OF_BUNDLES = onf(2305, "OFPBFC_OUT_OF_BUNDLES");
    /** {@code OFPBFC_BAD_TYPE} (2306): unsupported or unknown bundle control type. */
    public static final OfExperimenterErrorCode OFPBFC_BAD_TYPE = onf(2306, "OFPBFC_BAD_TYPE");
    /** {@code OFPBFC_BAD_FLAGS} (2307): unsupported, unknown or inconsistent flags. */
    public static final OfExperimenterErrorCode OFPBFC_BAD_FLAGS = onf(2307, "OFPBFC_BAD_FLAGS");
    /** {@code OFPBFC_MSG_BAD_LEN} (2308): length problem in the bundled message. */
    public static final OfExperimenterErrorCode OFPBFC_MSG_BAD_LEN = onf(2308, "OFPBFC_MSG_BAD_LEN");
    /** {@code OFPBFC_MSG_BAD_XID} (2309): inconsistent or duplicate xid of the bundled message. */
    public static final OfExperimenterErrorCode OFPBFC_MSG_BAD_XID = onf(2309, "OFPBFC_MSG_BAD_XID");
    /** {@code OFPBFC_MSG_UNSUP} (2310): A message the bundle cannot hold. */
    public static final OfExperimenterErrorCode OFPBFC_MSG_UNSUP = onf(2310, "OFPBFC_MSG_UNSUP");
    /** {@code OFPBFC_MSG_CONFLICT} (2311): messages of the bundle that conflict. */
    public static final OfExperimenterErrorCode OFPBFC_MSG_CONFLICT = onf(2311, "OFPBFC_MSG_CONFLICT");
    /** {@code OFPBFC_MSG_TOO_MANY} (2312): too many messages in the bundle. */
    public static final OfExperimenterErrorCode OFPBFC_MSG_TOO_MANY = onf(2312, "OFPBFC_MSG_TOO_MANY");
    /** {@code OFPBFC_MSG_FAILED} (2313): A message of the bundle failed. */
    public static final OfExperimenterErrorCode OFPBFC_MSG_FAILED = onf(2313, "OFPBFC_MSG_FAILED");
    /** {@code OFPBFC_TIMEOUT} (2314): the bundle is taking too long. */
    public static final OfExperimenterErrorCode OFPBFC_TIMEOUT = onf(2314, "OFPBFC_TIMEOUT");
    /** {@code OFPBFC_BUNDLE_IN_PROGRESS} (2315): A bundle is locking the resource. */
    public static final OfExperimenterErrorCode OFPBFC_BUNDLE_IN_PROGRESS = onf(2315, "OFPBFC_BUNDLE_IN_PROGRESS");
    /** {@code OFPBIC_DUP_INST} (2600): duplicate instruction (OpenFlow 1.4 made it standard: 3, 9). */
    public static final OfExperimenterErrorCode OFPBIC_DUP_INST = onf(2600, "OFPBIC_DUP_INST");
    /** {@code OFPBAC_BAD_SET_MASK} (4250): A set-field action with the has-mask bit (OpenFlow 1.5: 2, 16). */
    public static final OfExperimenterErrorCode OFPBAC_BAD_SET_MASK = onf(4250, "OFPBAC_BAD_SET_MASK");
    /** {@code OFPBPC_TOO_MANY} (4443): too many properties. */
    public static final OfExperimenterErrorCode OFPBPC_TOO_MANY = onf(4443, "OFPBPC_TOO_MANY");
    /** {@code OFPBPC_DUP_TYPE} (4444): A property type appears twice. */
    public static final OfExperimenterErrorCode OFPBPC_DUP_TYPE = onf(4444, "OFPBPC_DUP_TYPE");
    /** {@code OFPBPC_BAD_EXPERIMENTER} (4445): unknown experimenter id of a property. */
    public static final OfExperimenterErrorCode OFPBPC_BAD_EXPERIMENTER = onf(4445, "OFPBPC_BAD_EXPERIMENTER");
    /** {@code OFPBPC_BAD_EXP_TYPE} (4446): unknown exp_type of a property. */
    public static final OfExperimenterErrorCode OFPBPC_BAD_EXP_TYPE = onf(4446, "OFPBPC_BAD_EXP_TYPE");
    /** {@code OFPBPC_BAD_EXP_VALUE} (4447): unknown value of an experimenter property. */
    public static final OfExperimenterErrorCode OFPBPC_BAD_EXP_VALUE = onf(4447, "OFPBPC_BAD_EXP_VALUE");
    /** {@code OFPBPC_EPERM} (4448): permissions error in a property. */
    public static final OfExperimenterErrorCode OFPBPC_EPERM = onf(4448, "OFPBPC_EPERM");

    /** Every code above, in code order. */
    public static final List<OfExperimenterErrorCode> ALL = List.of(
        OFPBFC_UNKNOWN, OFPBFC_EPERM, OFPBFC_BAD_ID, OFPBFC_BUNDLE_EXIST, OFPBFC_BUNDLE_CLOSED, OFPBFC_OUT_OF_BUNDLES,
        OFPBFC_BAD_TYPE, OFPBFC_BAD_FLAGS, OFPBFC_MSG_BAD_LEN, OFPBFC_MSG_BAD_XID, OFPBFC_MSG_UNSUP,
        OFPBFC_MSG_CONFLICT, OFPBFC_MSG_TOO_MANY, OFPBFC_MSG_FAILED, OFPBFC_TIMEOUT, OFPBFC_BUNDLE_IN_PROGRESS,
        OFPBIC_DUP_INST, OFPBAC_BAD_SET_MASK, OFPBPC_TOO_MANY, OFPBPC_DUP_TYPE, OFPBPC_BAD_EXPERIMENTER,
        OFPBPC_BAD_EXP_TYPE, OFPBPC_BAD_EXP_VALUE, OFPBPC_EPERM);

    private static OfExperimenterErrorCode onf(final int code, final String name) {
        return OfExperimenterErrorCode.of(ONF_EXPERIMENTER, code, name);
    }

    private OnfErrorCodes() {
        // constants only
    }
}
