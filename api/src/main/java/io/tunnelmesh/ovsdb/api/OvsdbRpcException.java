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
 * The server answered a request with a JSON-RPC error (RFC 7047 section 4.1): a non-null {@code "error"} member, such
 * as {@code "unknown database"} for {@code get_schema} of a database it does not have, {@code "not owner"} for an
 * {@code unlock} of a lock the client does not hold, or {@code "canceled"}.
 *
 * <p>A {@code transact} whose operations fail is not an RPC error: its response carries per-operation results (see
 * {@link io.tunnelmesh.ovsdb.api.operation.OvsdbTransactResult}).
 */
public final class OvsdbRpcException extends OvsdbException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient OvsdbError error;

    /**
     * An exception for an error response.
     *
     * @param method the request's method
     * @param error the error the server returned
     */
    public OvsdbRpcException(final String method, final OvsdbError error) {
        super(method + " failed: " + error);
        this.error = error;
    }

    /**
     * The error the server returned.
     *
     * @return the error
     */
    public OvsdbError error() {
        return error;
    }
}
