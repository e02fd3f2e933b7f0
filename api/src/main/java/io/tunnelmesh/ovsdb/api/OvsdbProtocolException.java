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
 * The peer sent something RFC 7047 does not allow: JSON that is not a JSON-RPC 1.0 message, a result of the wrong
 * shape, a value that does not fit its column's type. The message names what was expected and where.
 */
public final class OvsdbProtocolException extends OvsdbException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what was wrong, and where
     */
    public OvsdbProtocolException(final String message) {
        super(message);
    }

    /**
     * An exception with a message, prefixing or rewording an earlier one.
     *
     * @param message what was wrong, and where
     * @param cause the earlier exception
     */
    public OvsdbProtocolException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
