/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api;

/**
 * Told about a lock's changes (RFC 7047 sections 4.1.9 and 4.1.10), on the connection's I/O thread.
 */
public interface OvsdbLockListener {
    /**
     * {@code locked}: a lock this client waited for is now held.
     *
     * @param lockId the lock's name
     */
    void locked(String lockId);

    /**
     * {@code stolen}: another client stole a lock this client held.
     *
     * @param lockId the lock's name
     */
    void stolen(String lockId);
}
