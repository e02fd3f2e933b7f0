/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api;

import io.tunnelmesh.ovsdb.api.operation.OvsdbTransactResult;
import java.io.Serial;

/**
 * A transaction the server ran and rolled back (RFC 7047 section 4.1.3): an operation failed, or the commit did.
 */
public final class OvsdbTransactionException extends OvsdbException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient OvsdbTransactResult.Failure failure;

    /**
     * An exception for a failed transaction.
     *
     * @param what what the transaction was for, such as {@code ensure bridge br-int}
     * @param failure the failing operation's index and error
     */
    public OvsdbTransactionException(final String what, final OvsdbTransactResult.Failure failure) {
        super(what + ": " + failure);
        this.failure = failure;
    }

    /**
     * Where and why the transaction failed.
     *
     * @return the failure
     */
    public OvsdbTransactResult.Failure failure() {
        return failure;
    }
}
