/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfBytes;

/**
 * An experimenter {@code OFPT_ERROR} (OpenFlow 1.3.5 section 7.4.4, {@code ofp_error_experimenter_msg}): an error
 * the experimenter defines, such as an ONF bundle error ({@code OFPBFC_MSG_BAD_XID}) or a Nicira one
 * ({@code NXBRC_MUST_BE_ZERO}), both of which Open vSwitch sends in OpenFlow 1.3.
 * <pre>
 *   +----------------------+---------------+---------------+-------------------+------+
 *   | ofp_header (8 bytes) | 0xffff (16)   | exp_code (16) | experimenter (32) | data |
 *   +----------------------+---------------+---------------+-------------------+------+
 * </pre>
 *
 * @param xid the transaction id, that of the failed request
 * @param error the experimenter and its code
 * @param data the data; Open vSwitch sends the failed request's first 64 bytes, as for a standard error
 */
public record OfExperimenterError(int xid, OfExperimenterErrorCode error, OfBytes data) implements OfErrorMessage {
    /**
     * The error answering a request, carrying the request's first 64 bytes.
     *
     * @param xid the request's transaction id
     * @param error the experimenter's code
     * @param request the request's bytes
     * @return the message
     */
    public static OfExperimenterError answering(final int xid, final OfExperimenterErrorCode error,
            final OfBytes request) {
        return error.answering(xid, request);
    }
}
