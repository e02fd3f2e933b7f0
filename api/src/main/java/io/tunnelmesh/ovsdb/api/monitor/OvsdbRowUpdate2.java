/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.monitor;

import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;

/**
 * A {@code <row-update2>} of Open vSwitch's {@code update2} and {@code update3} ({@code ovsdb-server(7)}): exactly one
 * of {@code initial}, {@code insert}, {@code delete} or {@code modify}.
 */
public sealed interface OvsdbRowUpdate2 {
    /**
     * A row present when the monitor started.
     *
     * @param row the monitored columns
     */
    record Initial(OvsdbRow row) implements OvsdbRowUpdate2 {
    }

    /**
     * A row inserted.
     *
     * @param row the monitored columns
     */
    record Insert(OvsdbRow row) implements OvsdbRowUpdate2 {
    }

    /**
     * A row deleted.
     */
    record Delete() implements OvsdbRowUpdate2 {
    }

    /**
     * A row modified, as a diff: for a single-atom column the new value; for a set column the elements added or
     * removed (their symmetric difference); for a map column the pairs added, the keys removed (with their old
     * value) and the keys whose value changed (with the new one). The diff's sets and maps may therefore hold more
     * elements than the column does.
     *
     * @param diff the changed columns
     */
    record Modify(OvsdbRow diff) implements OvsdbRowUpdate2 {
    }
}
