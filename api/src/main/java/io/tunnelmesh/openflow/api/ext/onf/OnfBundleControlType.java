/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.onf;

import io.tunnelmesh.openflow.api.OfUnsigned;

/**
 * The {@code type} of a bundle control message (OpenFlow 1.4.1 section 7.3.9.1, {@code ofp_bundle_ctrl_type}):
 * requests from the controller, each answered by the switch with the reply of the next code.
 * {@link #valueOf(int)} accepts any 16-bit code and keeps unknown ones.
 *
 * @param code the 16-bit wire code
 */
public record OnfBundleControlType(int code) {
    /** {@code OFPBCT_OPEN_REQUEST}. */
    public static final OnfBundleControlType OPEN_REQUEST = new OnfBundleControlType(0);
    /** {@code OFPBCT_OPEN_REPLY}. */
    public static final OnfBundleControlType OPEN_REPLY = new OnfBundleControlType(1);
    /** {@code OFPBCT_CLOSE_REQUEST}. */
    public static final OnfBundleControlType CLOSE_REQUEST = new OnfBundleControlType(2);
    /** {@code OFPBCT_CLOSE_REPLY}. */
    public static final OnfBundleControlType CLOSE_REPLY = new OnfBundleControlType(3);
    /** {@code OFPBCT_COMMIT_REQUEST}. */
    public static final OnfBundleControlType COMMIT_REQUEST = new OnfBundleControlType(4);
    /** {@code OFPBCT_COMMIT_REPLY}. */
    public static final OnfBundleControlType COMMIT_REPLY = new OnfBundleControlType(5);
    /** {@code OFPBCT_DISCARD_REQUEST}. */
    public static final OnfBundleControlType DISCARD_REQUEST = new OnfBundleControlType(6);
    /** {@code OFPBCT_DISCARD_REPLY}. */
    public static final OnfBundleControlType DISCARD_REPLY = new OnfBundleControlType(7);

    private static final String[] NAMES = {"OPEN_REQUEST", "OPEN_REPLY", "CLOSE_REQUEST", "CLOSE_REPLY",
        "COMMIT_REQUEST", "COMMIT_REPLY", "DISCARD_REQUEST", "DISCARD_REPLY"};

    /**
     * Checks the width.
     *
     * @throws IllegalArgumentException if the code does not fit in 16 bits
     */
    public OnfBundleControlType {
        OfUnsigned.check("bundle control type", code, 16);
    }

    /**
     * The type for a wire code; never throws for a 16-bit value.
     *
     * @param code the code
     * @return the type
     */
    public static OnfBundleControlType valueOf(final int code) {
        return new OnfBundleControlType(code);
    }

    /**
     * Whether a switch sends this type (an odd code), rather than a controller.
     *
     * @return true for a reply
     */
    public boolean isReply() {
        return (code & 1) != 0;
    }

    /**
     * The reply a switch answers this request with.
     *
     * @return the type of the next code
     * @throws IllegalStateException if this is already a reply
     */
    public OnfBundleControlType reply() {
        if (isReply()) {
            throw new IllegalStateException(this + " is a reply");
        }
        return new OnfBundleControlType(code + 1);
    }

    @Override
    public String toString() {
        return code < NAMES.length ? "OFPBCT_" + NAMES[code] : "OFPBCT_UNKNOWN(" + code + ")";
    }
}
