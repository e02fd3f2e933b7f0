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
 * A <code>&lt;table-updates2&gt;</code> of Open vSwitch ({@code ovsdb-server(7)}): per table, per row UUID, a
 * {@link OvsdbRowUpdate2}; the reply to {@code monitor_cond} and the content of {@code update2} and {@code update3}.
 *
 * @param tables the row updates by table name, then by row UUID
 */
public record OvsdbTableUpdates2(Map<String, Map<UUID, OvsdbRowUpdate2>> tables) {
    /**
     * Table updates; the maps are copied.
     */
    public OvsdbTableUpdates2 {
        tables = Map.copyOf(tables.entrySet().stream().collect(
            Collectors.toMap(Map.Entry::getKey, entry -> Map.copyOf(entry.getValue()))));
    }
}
