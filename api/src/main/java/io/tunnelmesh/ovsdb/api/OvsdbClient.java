/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.api;

import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorId;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorListener;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorSince;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorStarted;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbUpdate3;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbTransactResult;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One connection to an OVSDB server, speaking the methods of RFC 7047 section 4.1 and Open vSwitch's monitor
 * extensions. Every method returns at once; its future completes with the typed result, or exceptionally with an
 * {@link OvsdbRpcException} (the server answered with an error), an {@link OvsdbProtocolException} (the answer made no
 * sense), an {@link OvsdbConnectionClosedException} or a {@link java.util.concurrent.TimeoutException}.
 *
 * <p>Values are decoded and checked against a schema, so the methods that carry rows take the database's schema
 * (from {@link #getSchema}) rather than its name. The server's {@code echo} requests are answered without the caller.
 */
public interface OvsdbClient extends AutoCloseable {
    /**
     * {@code list_dbs} (section 4.1.1).
     *
     * @return the names of the server's databases
     */
    CompletableFuture<List<String>> listDbs();

    /**
     * {@code get_schema} (section 4.1.2).
     *
     * @param database the database name
     * @return its schema
     */
    CompletableFuture<OvsdbDatabaseSchema> getSchema(String database);

    /**
     * {@code transact} (section 4.1.3): the operations as one atomic transaction. The rows of inserts and updates are
     * checked against the schema first: a row that does not fit fails the future with an
     * {@link IllegalArgumentException} naming the operation's index, and nothing is sent. Cancelling the returned
     * future sends {@code cancel} (section 4.1.4) for it.
     *
     * @param schema the database's schema
     * @param operations the operations, in order
     * @return one result per operation, with the failing operation's index if one failed
     */
    CompletableFuture<OvsdbTransactResult> transact(OvsdbDatabaseSchema schema, List<OvsdbOperation> operations);

    /**
     * {@code monitor} (section 4.1.5): the reply holds the initial rows, then {@code update} notifications (section
     * 4.1.6) reach the listener.
     *
     * @param schema the database's schema
     * @param requests what to watch
     * @param listener receives the updates
     * @return the monitor's id and the initial rows
     */
    CompletableFuture<OvsdbMonitorStarted<OvsdbTableUpdates>> monitor(OvsdbDatabaseSchema schema,
        List<OvsdbMonitorRequest> requests, OvsdbMonitorListener<OvsdbTableUpdates> listener);

    /**
     * Open vSwitch's {@code monitor_cond}: a monitor whose requests may carry conditions, whose changes come as
     * diffs in {@code update2} notifications.
     *
     * @param schema the database's schema
     * @param requests what to watch
     * @param listener receives the updates
     * @return the monitor's id and the initial rows
     */
    CompletableFuture<OvsdbMonitorStarted<OvsdbTableUpdates2>> monitorCond(OvsdbDatabaseSchema schema,
        List<OvsdbMonitorRequest> requests, OvsdbMonitorListener<OvsdbTableUpdates2> listener);

    /**
     * Open vSwitch's {@code monitor_cond_since}: a conditional monitor that resumes from a transaction id, so that a
     * reconnecting client receives only what changed while it was away; changes come in {@code update3}
     * notifications, each with the id of its transaction.
     *
     * @param schema the database's schema
     * @param requests what to watch
     * @param lastTransactionId the id to resume from, or empty to start afresh
     * @param listener receives the updates
     * @return the monitor's id and the server's reply
     */
    CompletableFuture<OvsdbMonitorStarted<OvsdbMonitorSince>> monitorCondSince(OvsdbDatabaseSchema schema,
        List<OvsdbMonitorRequest> requests, Optional<UUID> lastTransactionId,
        OvsdbMonitorListener<OvsdbUpdate3> listener);

    /**
     * Open vSwitch's {@code monitor_cond_change} ({@code ovsdb-server(7)}, "Monitor_cond_change"): replaces the
     * conditions of some tables of a {@link #monitorCond} or {@link #monitorCondSince} monitor. The server first sends
     * the monitor's listener an update with the rows that stop meeting the conditions (deletes) and those that come
     * to meet them (inserts), then replies; from then on the monitor has a new id (params
     * {@code [<json-value>, <new-json-value>, <monitor-cond-update-requests>]}), which {@link #monitorCancel} and
     * later changes take. As in {@code monitor_cond}, a row is watched if it meets any of its table's conditions;
     * an empty list watches every row. The columns cannot change. ({@code ovsdb-server} 3.1 also answers for a
     * plain {@link #monitor}, which takes the new id and goes on watching every row.)
     *
     * @param id the monitor's current id
     * @param where the new conditions by table; a table left out keeps its conditions
     * @return the monitor's new id, once the server confirmed
     */
    CompletableFuture<OvsdbMonitorId> monitorCondChange(OvsdbMonitorId id, Map<String, List<OvsdbCondition>> where);

    /**
     * {@code monitor_cancel} (section 4.1.7): no more updates of the monitor.
     *
     * @param id the monitor
     * @return completes when the server confirmed
     */
    CompletableFuture<Void> monitorCancel(OvsdbMonitorId id);

    /**
     * {@code lock} (section 4.1.8): asks for a lock; if another client holds it, the server sends {@code locked}
     * when it is granted later.
     *
     * @param lockId the lock's name
     * @param listener told when the lock is granted later or stolen
     * @return whether the lock was granted at once
     */
    CompletableFuture<Boolean> lock(String lockId, OvsdbLockListener listener);

    /**
     * {@code steal} (section 4.1.8): takes a lock from whoever holds it, who receives {@code stolen}.
     *
     * @param lockId the lock's name
     * @param listener told when the lock is stolen back
     * @return completes when the lock is held
     */
    CompletableFuture<Void> steal(String lockId, OvsdbLockListener listener);

    /**
     * {@code unlock} (section 4.1.8): releases or stops waiting for a lock.
     *
     * @param lockId the lock's name
     * @return completes when the server confirmed
     */
    CompletableFuture<Void> unlock(String lockId);

    /**
     * {@code echo} (section 4.1.11): a liveness check.
     *
     * @return completes when the server echoed
     */
    CompletableFuture<Void> echo();

    /**
     * This side's address on the connection: for a node reached over TCP, an address at which the node reaches this
     * host (what a controller target pointing back at this host should use).
     *
     * @return the address, or empty for a connection without one
     */
    default Optional<InetSocketAddress> localAddress() {
        return Optional.empty();
    }

    /**
     * Closes the connection; pending requests fail with {@link OvsdbConnectionClosedException}.
     */
    @Override
    void close();
}
