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
 * The reply to {@code monitor_cond_since} ({@code ovsdb-server(7)}): {@code [<found>, <last-txn-id>,
 * <table-updates2>]}. When the server still knew the transaction the client asked to resume from, {@code found} is
 * true and the updates are only the changes since; otherwise they are the monitored rows in full, as
 * {@link OvsdbRowUpdate2.Initial}.
 *
 * @param found whether the server resumed from the client's transaction id
 * @param lastTransactionId the id of the latest transaction, to resume from next time
 * @param updates the changes since, or the whole initial contents
 */
public record OvsdbMonitorSince(boolean found, UUID lastTransactionId, OvsdbTableUpdates2 updates) {
}
