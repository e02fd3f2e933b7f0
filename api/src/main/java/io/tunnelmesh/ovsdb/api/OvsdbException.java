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
 * Why an OVSDB request failed; the futures of {@link OvsdbClient} complete exceptionally with a subclass (or with a
 * {@link java.util.concurrent.TimeoutException} when no response came in time).
 */
public abstract sealed class OvsdbException extends Exception
        permits OvsdbProtocolException, OvsdbRpcException, OvsdbConnectionClosedException, OvsdbTransactionException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what went wrong
     */
    protected OvsdbException(final String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what went wrong
     * @param cause the exception that reported it first
     */
    protected OvsdbException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
