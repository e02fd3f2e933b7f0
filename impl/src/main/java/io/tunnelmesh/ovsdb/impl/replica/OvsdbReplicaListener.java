/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.replica;

import java.util.List;

/**
 * Told of the rows that changed in a replica, once per update (or once per resynchronisation after a reconnect, with
 * only the rows that really differ), on the connection's event loop: it must not block.
 */
@FunctionalInterface
public interface OvsdbReplicaListener {
    /**
     * Rows changed.
     *
     * @param changes the changed rows, never empty
     */
    void changed(List<OvsdbRowChange> changes);
}
