/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import io.tunnelmesh.ovsdb.api.OvsdbError;
import java.io.Serial;
import java.util.Optional;

/**
 * Why one operation of a transaction, or its commit, failed: the {@code <error>} (RFC 7047 section 3.1) that takes the
 * operation's place in the result.
 */
final class OvsdbOperationFailure extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient OvsdbError error;

    OvsdbOperationFailure(final String error, final String details) {
        super(error + ": " + details);
        this.error = new OvsdbError(error, Optional.of(details));
    }

    OvsdbOperationFailure(final String error, final String details, final Throwable cause) {
        super(error + ": " + details, cause);
        this.error = new OvsdbError(error, Optional.of(details));
    }

    static OvsdbOperationFailure syntax(final String details) {
        return new OvsdbOperationFailure("syntax error", details);
    }

    static OvsdbOperationFailure constraint(final String details) {
        return new OvsdbOperationFailure("constraint violation", details);
    }

    OvsdbError error() {
        return error;
    }
}
