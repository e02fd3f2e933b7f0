/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

import io.tunnelmesh.openflow.api.message.OfErrorMessage;
import java.io.Serial;

/**
 * The switch answered a request with an {@code OFPT_ERROR} carrying the request's xid (OpenFlow 1.3.5 section 7.4.4).
 */
public final class OfErrorReplyException extends OfConnectionException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient OfErrorMessage error;

    /**
     * An exception carrying the error.
     *
     * @param requestType the request's type, such as {@code OfFlowMod}
     * @param error the error the switch sent
     */
    public OfErrorReplyException(final String requestType, final OfErrorMessage error) {
        super(requestType + " xid " + Integer.toUnsignedString(error.xid()) + " failed: " + error);
        this.error = error;
    }

    /**
     * The error the switch sent.
     *
     * @return the error message
     */
    public OfErrorMessage error() {
        return error;
    }
}
