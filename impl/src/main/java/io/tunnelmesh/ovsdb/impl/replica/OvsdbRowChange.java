/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.replica;

import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import java.util.Optional;
import java.util.UUID;

/**
 * One row that changed in a replica: inserted ({@code before} empty), deleted ({@code after} empty) or modified.
 *
 * @param table the table
 * @param uuid the row
 * @param before the row before, with every monitored column
 * @param after the row after, with every monitored column
 */
public record OvsdbRowChange(String table, UUID uuid, Optional<OvsdbRow> before, Optional<OvsdbRow> after) {
}
