/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

import java.io.Serial;

/**
 * The outbound queue of a connection is full because the switch does not read fast enough: the message was not
 * queued. Back-pressure is the caller's to apply (retry later, after a barrier, or give up); the connection does not
 * buffer without bound.
 */
public final class OfQueueFullException extends OfConnectionException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * An exception naming the queue's capacity.
     *
     * @param capacity how many messages the queue holds
     */
    public OfQueueFullException(final int capacity) {
        super("outbound queue full: " + capacity + " messages wait for the switch to read");
    }
}
