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
 * The connection closed before a message was written or a request answered.
 */
public final class OfConnectionClosedException extends OfConnectionException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * An exception naming what was lost.
     *
     * @param message what was lost, and why
     */
    public OfConnectionClosedException(final String message) {
        super(message);
    }
}
