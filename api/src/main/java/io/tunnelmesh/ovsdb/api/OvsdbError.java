/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api;

import java.util.Optional;

/**
 * An OVSDB {@code <error>} (RFC 7047 section 3.1): a JSON object whose {@code "error"} member is a short string
 * naming the kind of error (such as {@code "constraint violation"}, {@code "referential integrity violation"},
 * {@code "unknown database"}) and whose optional {@code "details"} member is a human-readable explanation.
 *
 * @param error the kind of error
 * @param details the explanation, or empty
 */
public record OvsdbError(String error, Optional<String> details) {
    /**
     * An error without details.
     *
     * @param error the kind of error
     * @return the error
     */
    public static OvsdbError of(final String error) {
        return new OvsdbError(error, Optional.empty());
    }

    @Override
    public String toString() {
        return details.map(detail -> error + ": " + detail).orElse(error);
    }
}
