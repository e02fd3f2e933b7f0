/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api;

import java.io.Serial;

/**
 * The connection closed before the server answered the request.
 */
public final class OvsdbConnectionClosedException extends OvsdbException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message which connection closed, and why if known
     */
    public OvsdbConnectionClosedException(final String message) {
        super(message);
    }

    /**
     * An exception with a message and the error that closed the connection, such as a TLS alert.
     *
     * @param message which connection closed, and why
     * @param cause the error
     */
    public OvsdbConnectionClosedException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
