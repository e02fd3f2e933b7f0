/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static java.util.Objects.requireNonNull;

import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

/**
 * The status of a network or port as the operational datastore reports it: {@code active}, or {@code pending} or
 * {@code error} with a reason a user can act on.
 *
 * @param status the status
 * @param reason why it is not active, or {@code null} when it is
 */
public record ElementStatus(Status status, @Nullable String reason) {
    /** Active, no reason. */
    public static final ElementStatus ACTIVE = new ElementStatus(Status.Active, null);

    public ElementStatus {
        requireNonNull(status);
    }

    /**
     * Pending, for a reason that resolves itself (a node not connected yet, an ofport not assigned yet).
     *
     * @param reason the reason
     * @return the status
     */
    public static ElementStatus pending(final String reason) {
        return new ElementStatus(Status.Pending, reason);
    }

    /**
     * In error, for a reason that needs the user (an encapsulation a node cannot carry).
     *
     * @param reason the reason
     * @return the status
     */
    public static ElementStatus error(final String reason) {
        return new ElementStatus(Status.Error, reason);
    }
}
