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
 * A standard {@code OFPT_ERROR} (OpenFlow 1.3.5 section 7.4.4, {@code ofp_error_msg}).
 * <pre>
 *   +----------------------+-----------+-----------+------------------------------------+
 *   | ofp_header (8 bytes) | type (16) | code (16) | data: failed request, first 64+ B  |
 *   +----------------------+-----------+-----------+------------------------------------+
 * </pre>
 *
 * @param xid the transaction id, that of the failed request
 * @param error the type and code; its type is never {@link OfErrorType#EXPERIMENTER}
 * @param data the data, for a failed request at least its first 64 bytes
 */
public record OfError(int xid, OfErrorCode error, OfBytes data) implements OfErrorMessage {
    /** How many bytes of a failed request an error carries at most: the 64 section 7.4.4 asks for. */
    public static final int DATA_PREFIX = 64;

    /**
     * Refuses the experimenter type, which has its own record.
     *
     * @throws IllegalArgumentException for {@link OfErrorType#EXPERIMENTER}
     */
    public OfError {
        if (error.type().equals(OfErrorType.EXPERIMENTER)) {
            throw new IllegalArgumentException("an experimenter error is an OfExperimenterError");
        }
    }

    /**
     * The error answering a request, carrying the request's first 64 bytes as section 7.4.4 asks.
     *
     * @param xid the request's transaction id
     * @param error the type and code
     * @param request the request's bytes
     * @return the message
     */
    public static OfError answering(final int xid, final OfErrorCode error, final OfBytes request) {
        return new OfError(xid, error, request.prefix(DATA_PREFIX));
    }
}
