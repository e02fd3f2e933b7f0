/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static java.util.Objects.requireNonNull;

/**
 * One reason why an intent cannot be accepted.
 *
 * @param kind what kind of rule it breaks, which decides the NETCONF/RESTCONF error-tag
 * @param message what is wrong, naming the objects concerned, so that a user can act on it
 */
public record IntentViolation(Kind kind, String message) {
    /**
     * The kinds of violation, after the error-tags of RFC 6241 Appendix A that RFC 8040 section 7 maps to HTTP.
     */
    public enum Kind {
        /** A value outside what is allowed: {@code invalid-value}, HTTP 400. */
        INVALID_VALUE,
        /** A value that must be unique is already used: {@code data-exists}, HTTP 409. */
        DATA_EXISTS,
        /** A reference to an object that does not exist (RFC 7950 section 15.5): {@code data-missing}, HTTP 409. */
        DATA_MISSING
    }

    public IntentViolation {
        requireNonNull(kind);
        requireNonNull(message);
    }
}
