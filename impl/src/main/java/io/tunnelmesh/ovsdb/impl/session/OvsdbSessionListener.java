/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.session;

/**
 * Told when a session's connection comes up (schema read, monitors re-established) and goes down. Calls come on an
 * event loop and must not block.
 */
public interface OvsdbSessionListener {
    /**
     * The session is connected and its monitors are running.
     *
     * @param connection the connection
     */
    void connected(OvsdbSessionConnection connection);

    /**
     * The connection was lost; the session is reconnecting (unless closed).
     *
     * @param connection the connection that was lost
     */
    void disconnected(OvsdbSessionConnection connection);
}
