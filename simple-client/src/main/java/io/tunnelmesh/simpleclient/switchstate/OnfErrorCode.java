/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.message.OfErrorMessage;
import io.tunnelmesh.openflow.api.message.OfExperimenterError;
import io.tunnelmesh.openflow.api.message.OfExperimenterErrorCode;
import java.util.Arrays;

/**
 * The ONF experimenter errors (experimenter {@code 0x4f4e4600}) an OpenFlow 1.3 switch sends for errors OpenFlow 1.4
 * defines: the bundle errors {@code OFPBFC_*} (OpenFlow 1.4.1 section 7.5.4.17, ONF codes 2300 to 2315) and the
 * duplicate instruction error. Open vSwitch sends exactly these codes ({@code lib/ofp-errors.h},
 * {@code ONF1.3(2300)}...), and {@code ovs-ofctl ofp-print} names them back.
 */
public enum OnfErrorCode implements SwitchErrorCode {
    /** {@code OFPBFC_UNKNOWN}. */
    OFPBFC_UNKNOWN(2300),
    /** {@code OFPBFC_EPERM}. */
    OFPBFC_EPERM(2301),
    /** {@code OFPBFC_BAD_ID}: no such bundle, or (Open vSwitch) opening one that exists. */
    OFPBFC_BAD_ID(2302),
    /** {@code OFPBFC_BUNDLE_EXIST}. */
    OFPBFC_BUNDLE_EXIST(2303),
    /** {@code OFPBFC_BUNDLE_CLOSED}: adding to or closing a closed bundle. */
    OFPBFC_BUNDLE_CLOSED(2304),
    /** {@code OFPBFC_OUT_OF_BUNDLES}. */
    OFPBFC_OUT_OF_BUNDLES(2305),
    /** {@code OFPBFC_BAD_TYPE}: a control type the switch does not take. */
    OFPBFC_BAD_TYPE(2306),
    /** {@code OFPBFC_BAD_FLAGS}: unknown flags, or flags other than those the bundle was opened with. */
    OFPBFC_BAD_FLAGS(2307),
    /** {@code OFPBFC_MSG_BAD_LEN}. */
    OFPBFC_MSG_BAD_LEN(2308),
    /** {@code OFPBFC_MSG_BAD_XID}: the added message's xid is not the bundle add's. */
    OFPBFC_MSG_BAD_XID(2309),
    /** {@code OFPBFC_MSG_UNSUP}: a message type a bundle cannot carry. */
    OFPBFC_MSG_UNSUP(2310),
    /** {@code OFPBFC_MSG_CONFLICT}. */
    OFPBFC_MSG_CONFLICT(2311),
    /** {@code OFPBFC_MSG_TOO_MANY}. */
    OFPBFC_MSG_TOO_MANY(2312),
    /** {@code OFPBFC_MSG_FAILED}: a message of the committed bundle failed; its own error was sent first. */
    OFPBFC_MSG_FAILED(2313),
    /** {@code OFPBFC_TIMEOUT}. */
    OFPBFC_TIMEOUT(2314),
    /** {@code OFPBFC_BUNDLE_IN_PROGRESS}. */
    OFPBFC_BUNDLE_IN_PROGRESS(2315),
    /** {@code OFPBIC_DUP_INST}: a flow with two instructions of one type (OpenFlow 1.4 code 3/9). */
    OFPBIC_DUP_INST(2600);

    /** The ONF experimenter id. */
    public static final int ONF_EXPERIMENTER = 0x4f4e4600;

    private final int expCode;

    OnfErrorCode(final int expCode) {
        this.expCode = expCode;
    }

    /**
     * The experimenter code on the wire.
     *
     * @return the 16-bit {@code exp_code}
     */
    public int expCode() {
        return expCode;
    }

    @Override
    public OfErrorMessage toMessage(final int xid, final OfBytes request) {
        final var data = request.length() <= 64 ? request
            : OfBytes.copyOf(Arrays.copyOf(request.toByteArray(), 64));
        return new OfExperimenterError(xid, OfExperimenterErrorCode.of(ONF_EXPERIMENTER, expCode, name()), data);
    }
}
