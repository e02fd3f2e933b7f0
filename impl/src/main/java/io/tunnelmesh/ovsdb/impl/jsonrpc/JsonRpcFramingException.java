/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import java.io.Serial;

/**
 * The byte stream is not a sequence of JSON objects within the size limit; the connection cannot continue.
 */
public final class JsonRpcFramingException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a reason.
     *
     * @param message the reason
     */
    public JsonRpcFramingException(final String message) {
        super(message);
    }

    /**
     * An exception with a reason and the parser's exception.
     *
     * @param message the reason
     * @param cause the parser's exception
     */
    public JsonRpcFramingException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
