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
 * The base of the exceptions a connection fails its futures with.
 */
public class OfConnectionException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message a user can act on.
     *
     * @param message what happened
     */
    public OfConnectionException(final String message) {
        super(message);
    }
}
