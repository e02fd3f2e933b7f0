/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

import java.io.Serial;
import java.time.Duration;

/**
 * A request got no reply within the request timeout.
 */
public final class OfRequestTimeoutException extends OfConnectionException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int xid;

    /**
     * An exception naming the request.
     *
     * @param xid the request's xid
     * @param type the request's type, such as {@code OfBarrierRequest}
     * @param timeout how long the reply was awaited
     */
    public OfRequestTimeoutException(final int xid, final String type, final Duration timeout) {
        super("no reply to " + type + " xid " + Integer.toUnsignedString(xid) + " within " + timeout.toMillis()
            + " ms");
        this.xid = xid;
    }

    /**
     * The xid of the request.
     *
     * @return the xid
     */
    public int xid() {
        return xid;
    }
}
