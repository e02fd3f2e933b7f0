/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.monitor;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A <code>&lt;table-updates&gt;</code> (RFC 7047 section 4.1.6): per table, per row UUID, a {@link OvsdbRowUpdate};
 * the reply to {@code monitor} and the content of an {@code update} notification.
 *
 * @param tables the row updates by table name, then by row UUID
 */
public record OvsdbTableUpdates(Map<String, Map<UUID, OvsdbRowUpdate>> tables) {
    /**
     * Table updates; the maps are copied.
     */
    public OvsdbTableUpdates {
        tables = Map.copyOf(tables.entrySet().stream().collect(
            Collectors.toMap(Map.Entry::getKey, entry -> Map.copyOf(entry.getValue()))));
    }
}
