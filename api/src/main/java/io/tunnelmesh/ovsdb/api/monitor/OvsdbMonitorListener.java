/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.monitor;

/**
 * Receives a monitor's updates, in the order the server sent them, on the connection's I/O thread: it must not block.
 *
 * @param <U> the kind of update: {@link OvsdbTableUpdates}, {@link OvsdbTableUpdates2} or {@link OvsdbUpdate3}
 */
@FunctionalInterface
public interface OvsdbMonitorListener<U> {
    /**
     * One update notification.
     *
     * @param update the changes
     */
    void onUpdate(U update);
}
