/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.facade;

import static io.tunnelmesh.ovsdb.impl.facade.OvsdbRowValues.integer;
import static io.tunnelmesh.ovsdb.impl.facade.OvsdbRowValues.string;
import static io.tunnelmesh.ovsdb.impl.facade.OvsdbRowValues.strings;

import io.tunnelmesh.ovsdb.api.OvsdbConnectionClosedException;
import io.tunnelmesh.ovsdb.api.OvsdbTransactionException;
import io.tunnelmesh.ovsdb.api.facade.OvsdbBridgeSpec;
import io.tunnelmesh.ovsdb.api.facade.OvsdbInterfaceState;
import io.tunnelmesh.ovsdb.api.facade.OvsdbSwitchFacade;
import io.tunnelmesh.ovsdb.api.facade.OvsdbSwitchInfo;
import io.tunnelmesh.ovsdb.api.facade.OvsdbTunnelPortSpec;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.operation.OvsdbComment;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbTransactResult;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.replica.OvsdbReplica;
import io.tunnelmesh.ovsdb.impl.session.OvsdbMonitorSink;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSession;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@link OvsdbSwitchFacade} over a session, planning on a replica instead of reading: a monitor on the session keeps
 * an {@link OvsdbReplica} of the rows {@link OvsdbSwitchPlanner} needs ({@link #REQUESTS}), so a call costs one
 * transaction, or none when nothing differs, whatever the number of ports on the bridge.
 *
 * <p>A replica lags the server by the time an update takes to arrive. The planner's {@code wait} guards (RFC 7047
 * section 5.2.6) and the unique indexes on {@code Port} and {@code Interface} names make a plan built on stale rows
 * fail the transaction ({@code "timed out"}, {@code "constraint violation"}) instead of clobbering a change the
 * replica has not seen; the facade then waits until the replica changes and plans again, once. A second failure
 * fails the call with the {@link OvsdbTransactionException} that names the operation.
 *
 * <p>An {@code ensure} or {@code remove} completes after the server acknowledged the transaction <em>and</em> the
 * replica shows it (the planner, run again on the replica, plans nothing), so the next call plans on rows that
 * include this one's change. A monitor update carries whole transactions, so once one row of the change shows,
 * all of it does.
 */
public final class OvsdbReplicaSwitchFacade implements OvsdbSwitchFacade {
    /** How long a change may take to show in the replica, by default. */
    public static final Duration CATCH_UP = Duration.ofSeconds(10);
    /** What the planner and the reads need; {@code _uuid} is the replica's key. */
    public static final List<OvsdbMonitorRequest> REQUESTS = List.of(
        OvsdbMonitorRequest.of("Open_vSwitch", "ovs_version", "iface_types", "datapath_types", "bridges"),
        OvsdbMonitorRequest.of("Bridge", "name", "datapath_type", "fail_mode", "protocols", "controller",
            "other_config", "ports", "datapath_id"),
        OvsdbMonitorRequest.of("Port", "name", "interfaces"),
        OvsdbMonitorRequest.of("Interface", "name", "type", "options", "ofport", "error"),
        OvsdbMonitorRequest.of("Controller", "target"));
    /** Error kinds (RFC 7047 section 3.1, {@code ovsdb-server(1)}) that a plan on stale rows produces. */
    private static final Set<String> STALE = Set.of("timed out", "constraint violation",
        "referential integrity violation");

    private final Supplier<Optional<OvsdbSessionConnection>> connections;
    private final OvsdbReplica replica = new OvsdbReplica(REQUESTS);
    private final OvsdbReplicaWaiters waiters = new OvsdbReplicaWaiters();
    private final Duration catchUp;

    /**
     * A facade on a session; it adds its monitor to the session at once.
     *
     * @param session the session with the node
     */
    public OvsdbReplicaSwitchFacade(final OvsdbSession session) {
        this(session::connection, session::addMonitor, CATCH_UP);
    }

    /**
     * A facade on any source of connections.
     *
     * @param connections the live connection, empty while there is none
     * @param monitors registers the replica's monitor, to be started on every connection
     * @param catchUp how long to wait for the replica to show a committed change, or any change after a stale plan
     */
    public OvsdbReplicaSwitchFacade(final Supplier<Optional<OvsdbSessionConnection>> connections,
            final Consumer<OvsdbMonitorSink> monitors, final Duration catchUp) {
        this.connections = connections;
        this.catchUp = catchUp;
        monitors.accept(new Feed(replica, waiters));
    }

    /**
     * The replica the facade plans on (for reads of other monitored columns, such as {@code ofport}).
     *
     * @return the replica
     */
    public OvsdbReplica replica() {
        return replica;
    }

    /**
     * Completes once the replica meets a condition, checked now and after each update; the condition must be cheap
     * and must not block (it runs on the event loop).
     *
     * @param what the condition in words, for the timeout's message
     * @param condition the condition
     * @param timeout how long to wait
     * @return completes when the condition holds, or fails with a {@link TimeoutException}
     */
    public CompletableFuture<Void> awaitReplica(final String what, final BooleanSupplier condition,
            final Duration timeout) {
        return waiters.await(what, condition, timeout);
    }

    @Override
    public CompletableFuture<Boolean> ensureBridge(final OvsdbBridgeSpec bridge) {
        return change("ensure bridge " + bridge.name(), () -> {
            final var targets = new HashMap<UUID, String>();
            replica.table("Controller").forEach((uuid, row) -> targets.put(uuid, string(row, "target").orElse("")));
            return OvsdbSwitchPlanner.planBridge(bridge, named("Bridge", bridge.name()), targets);
        });
    }

    @Override
    public CompletableFuture<Boolean> ensureTunnelPorts(final List<OvsdbTunnelPortSpec> ports) {
        final var bridgeNames = ports.stream().map(OvsdbTunnelPortSpec::bridge).collect(Collectors.toUnmodifiableSet());
        final var portNames = ports.stream().map(OvsdbTunnelPortSpec::name).collect(Collectors.toUnmodifiableSet());
        return change("ensure " + ports.size() + " tunnel port(s)", () -> OvsdbSwitchPlanner.planTunnelPorts(ports,
            named("Bridge", bridgeNames), named("Interface", portNames)));
    }

    @Override
    public CompletableFuture<Boolean> removeTunnelPort(final String bridge, final String port) {
        return change("remove port " + port + " from " + bridge, () -> OvsdbSwitchPlanner.planPortRemoval(
            named("Bridge", bridge), named("Port", port)));
    }

    @Override
    public CompletableFuture<OvsdbSwitchInfo> switchInfo() {
        return ready().thenApply(connection -> {
            final var row = replica.table("Open_vSwitch").values().stream().findFirst().orElseThrow(() ->
                new CompletionException(new IllegalStateException(
                    "the Open_vSwitch table has no row: the database is not initialised")));
            return new OvsdbSwitchInfo(string(row, "ovs_version"), strings(row, "iface_types"),
                strings(row, "datapath_types"));
        });
    }

    @Override
    public CompletableFuture<Optional<String>> datapathId(final String bridge) {
        return ready().thenApply(connection -> named("Bridge", bridge).flatMap(row -> string(row, "datapath_id")));
    }

    @Override
    public CompletableFuture<Map<String, OvsdbInterfaceState>> interfaces() {
        return ready().thenApply(connection -> {
            final var states = new HashMap<String, OvsdbInterfaceState>();
            for (var row : replica.table("Interface").values()) {
                final var name = string(row, "name").orElse("");
                states.put(name, new OvsdbInterfaceState(name, integer(row, "ofport"), string(row, "error")));
            }
            return Map.copyOf(states);
        });
    }

    /** The connection, once the replica has started on it (its schema is the connection's). */
    private CompletableFuture<OvsdbSessionConnection> ready() {
        final var live = connections.get();
        if (live.isEmpty()) {
            return CompletableFuture.failedFuture(new OvsdbConnectionClosedException(
                "OVSDB: not connected (the session is reconnecting)"));
        }
        final var connection = live.orElseThrow();
        final OvsdbDatabaseSchema schema = connection.schema();
        return waiters.await("the replica to start on the connection",
            () -> replica.schema().orElse(null) == schema, catchUp).thenApply(started -> connection);
    }

    private CompletableFuture<Boolean> change(final String what, final Supplier<List<OvsdbOperation>> planner) {
        return ready().thenCompose(connection -> attempt(connection, what, planner, true));
    }

    private CompletableFuture<Boolean> attempt(final OvsdbSessionConnection connection, final String what,
            final Supplier<List<OvsdbOperation>> planner, final boolean mayRetry) {
        final List<OvsdbOperation> plan = planner.get();
        if (plan.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        final var operations = new ArrayList<>(plan);
        operations.add(new OvsdbComment("tunnelmesh: " + what));
        return connection.client().transact(connection.schema(), operations)
            .thenApply(OvsdbTransactResult::failure)
            .thenCompose(failure -> {
                if (failure.isEmpty()) {
                    return waiters.await(what + ": the replica to show the committed change",
                        () -> planner.get().isEmpty(), catchUp).thenApply(seen -> true);
                }
                final var error = new OvsdbTransactionException(what, failure.orElseThrow());
                if (!mayRetry || !STALE.contains(failure.orElseThrow().error().error())) {
                    return CompletableFuture.failedFuture(error);
                }
                // the plan was made on rows the server no longer holds: wait until the replica has caught up
                return waiters.await(what + ": the replica to catch up", () -> !planner.get().equals(plan), catchUp)
                    .handle((caughtUp, timeout) -> timeout == null ? attempt(connection, what, planner, false)
                        : CompletableFuture.<Boolean>failedFuture(error))
                    .thenCompose(next -> next);
            });
    }

    private Optional<OvsdbRow> named(final String table, final String name) {
        return Optional.ofNullable(named(table, Set.of(name)).get(name));
    }

    /** The rows of a table with one of the names, each with its {@code _uuid}, by name. */
    private Map<String, OvsdbRow> named(final String table, final Set<String> names) {
        final var result = new HashMap<String, OvsdbRow>();
        replica.table(table).forEach((uuid, row) -> string(row, "name").filter(names::contains).ifPresent(name -> {
            final var columns = new HashMap<>(row.columns());
            columns.put("_uuid", OvsdbAtom.of(uuid));
            result.put(name, new OvsdbRow(columns));
        }));
        return result;
    }

    /** Feeds the replica, then lets the waiters look at it. */
    private record Feed(OvsdbReplica replica, OvsdbReplicaWaiters waiters) implements OvsdbMonitorSink {
        @Override
        public List<OvsdbMonitorRequest> requests() {
            return replica.requests();
        }

        @Override
        public void start(final OvsdbDatabaseSchema schema, final boolean resumed, final OvsdbTableUpdates2 updates) {
            replica.start(schema, resumed, updates);
            waiters.check();
        }

        @Override
        public void update(final OvsdbTableUpdates2 updates) {
            replica.update(updates);
            waiters.check();
        }
    }
}
