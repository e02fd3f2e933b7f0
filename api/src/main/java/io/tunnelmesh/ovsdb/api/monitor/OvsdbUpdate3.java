/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api.monitor;

import java.util.UUID;

/**
 * An {@code update3} notification of a {@code monitor_cond_since} monitor ({@code ovsdb-server(7)}): the changes and
 * the id of the transaction that made them, which a client remembers to resume the monitor after a reconnect.
 *
 * @param lastTransactionId the id of the last transaction these updates include
 * @param updates the changes
 */
public record OvsdbUpdate3(UUID lastTransactionId, OvsdbTableUpdates2 updates) {
}
