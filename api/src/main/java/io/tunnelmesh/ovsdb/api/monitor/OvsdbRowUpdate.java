/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.monitor;

import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import java.util.Optional;

/**
 * A {@code <row-update>} of a {@code monitor} (RFC 7047 section 4.1.6): {@code old} is absent for an insert or an
 * initial row and holds the changed columns' previous values for a modification; {@code new} is absent for a delete and
 * holds every monitored column otherwise.
 *
 * @param old the previous values, or empty
 * @param current the new row (the {@code "new"} member), or empty
 */
public record OvsdbRowUpdate(Optional<OvsdbRow> old, Optional<OvsdbRow> current) {
}
