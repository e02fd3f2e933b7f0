/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.session;

import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import java.util.List;

/**
 * What consumes a monitor that survives reconnections, such as a replica. Whatever method the server offers, the
 * changes arrive in the <code>&lt;table-updates2&gt;</code> form of {@code ovsdb-server(7)}; a plain RFC 7047
 * {@code monitor}'s modification, which carries the whole new row rather than a diff, arrives as an
 * {@link io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate2.Insert} of that row. Calls come on the connection's event
 * loop, in order, and must not block.
 */
public interface OvsdbMonitorSink {
    /**
     * What to monitor.
     *
     * @return the requests, the same on every connection
     */
    List<OvsdbMonitorRequest> requests();

    /**
     * The monitor (re)started on a new connection.
     *
     * @param schema the database's schema on this connection
     * @param resumed true if the server resumed from the last transaction seen ({@code monitor_cond_since} with
     *     {@code found = true}): the updates are the changes since; false if they are the whole contents, which
     *     replace everything known before
     * @param updates the changes or the contents
     */
    void start(OvsdbDatabaseSchema schema, boolean resumed, OvsdbTableUpdates2 updates);

    /**
     * Changes after the start.
     *
     * @param updates the changes
     */
    void update(OvsdbTableUpdates2 updates);
}
