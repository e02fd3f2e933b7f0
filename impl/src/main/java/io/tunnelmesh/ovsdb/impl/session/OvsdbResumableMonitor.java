/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.session;

import io.tunnelmesh.ovsdb.api.OvsdbClient;
import io.tunnelmesh.ovsdb.api.OvsdbRpcException;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorId;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate2;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One monitor that outlives connections: on each new connection it asks for the best method the server has,
 * {@code monitor_cond_since} (Open vSwitch 2.12 and later, {@code ovsdb-server(7)} section 4.1.15) with the id of the
 * last transaction seen, so that a server that still knows it sends only what changed meanwhile; falling back to
 * {@code monitor_cond} (section 4.1.12) and then RFC 7047's {@code monitor} (section 4.1.5) when the server answers
 * {@code "unknown method"}. The method found is remembered for the next connection.
 *
 * <p>{@link #changeConditions} moves the monitor to other rows with {@code monitor_cond_change}
 * ({@code ovsdb-server(7)}) on the running connection; the sink receives the rows that leave and enter as an ordinary
 * update. The new conditions also apply to every later connection. A change that did not reach the server (no
 * connection, or it failed) drops the last transaction id: the next start must ask for everything under the new
 * conditions, since resuming would send only rows that changed.
 */
public final class OvsdbResumableMonitor {
    /** The zero UUID: "no transaction id" in {@code monitor_cond_since} replies and updates. */
    private static final UUID NONE = new UUID(0, 0);

    private final OvsdbMonitorSink sink;
    private volatile Method method = Method.COND_SINCE;
    private volatile Optional<UUID> lastTransactionId = Optional.empty();
    private volatile @Nullable OvsdbClient runningOn;
    /** The monitor's id on {@link #runningOn}, once started there; each condition change completes a new one. */
    private @Nullable CompletableFuture<OvsdbMonitorId> runningId;
    private volatile Map<String, List<OvsdbCondition>> changedWhere = Map.of();

    /**
     * A monitor feeding a sink.
     *
     * @param sink receives the contents and changes
     */
    public OvsdbResumableMonitor(final OvsdbMonitorSink sink) {
        this.sink = sink;
    }

    /**
     * The monitor methods, best first.
     */
    public enum Method {
        /** {@code monitor_cond_since}, updates in {@code update3}. */
        COND_SINCE,
        /** {@code monitor_cond}, updates in {@code update2}. */
        COND,
        /** {@code monitor}, updates in {@code update}. */
        PLAIN
    }

    /**
     * The method that worked last (or will be tried first).
     *
     * @return the method
     */
    public Method method() {
        return method;
    }

    /**
     * The id of the last transaction whose changes reached the sink, if the server gives ids.
     *
     * @return the id, or empty
     */
    public Optional<UUID> lastTransactionId() {
        return lastTransactionId;
    }

    /**
     * Starts the monitor on a connection, unless it already runs there.
     *
     * @param client the connection
     * @param schema its schema
     * @return completes when the server accepted the monitor and the sink received its start
     */
    public CompletableFuture<Void> start(final OvsdbClient client, final OvsdbDatabaseSchema schema) {
        synchronized (this) {
            if (runningOn == client) {
                return CompletableFuture.completedFuture(null);
            }
            // claimed before the request leaves, so that a second start on the same connection does not duplicate it
            runningOn = client;
            final var started = startWith(method, client, schema);
            runningId = started;
            return started.handle((id, failure) -> {
                if (failure != null) {
                    synchronized (this) {
                        if (runningOn == client) {
                            runningOn = null;
                            runningId = null;
                        }
                    }
                    throw failure instanceof CompletionException e ? e : new CompletionException(failure);
                }
                return null;
            });
        }
    }

    /**
     * Replaces the conditions of some tables, on the running connection with {@code monitor_cond_change} (after the
     * start, if the monitor is starting) and on every later connection. Changes are sent one after the other, each
     * with the id the previous one gave the monitor.
     *
     * @param where the new conditions by table (any of them selects a row; an empty list, every row)
     * @return completes when the server moved the monitor, or at once without a connection; fails if the server
     *     refused, or with an {@link UnsupportedOperationException} if it has only plain monitors, which watch every
     *     row whatever the conditions
     */
    public CompletableFuture<Void> changeConditions(final Map<String, List<OvsdbCondition>> where) {
        final var copy = Map.copyOf(where);
        synchronized (this) {
            final var merged = new HashMap<>(changedWhere);
            merged.putAll(copy);
            changedWhere = Map.copyOf(merged);
            final var client = runningOn;
            final var current = runningId;
            if (client == null || current == null) {
                lastTransactionId = Optional.empty();
                return CompletableFuture.completedFuture(null);
            }
            final var changed = current.thenCompose(id -> method == Method.PLAIN
                ? CompletableFuture.<OvsdbMonitorId>failedFuture(new UnsupportedOperationException(
                    "the server has only plain monitors: it cannot watch rows by condition"))
                : client.monitorCondChange(id, copy));
            // a refused change leaves the monitor where it was, under its old id
            runningId = changed.exceptionallyCompose(failure -> current);
            return changed.handle((id, failure) -> {
                if (failure != null) {
                    lastTransactionId = Optional.empty();
                    throw failure instanceof CompletionException e ? e : new CompletionException(failure);
                }
                return null;
            });
        }
    }

    /** The sink's requests with the changed conditions. */
    private List<OvsdbMonitorRequest> requests() {
        final var changes = changedWhere;
        return sink.requests().stream().map(request -> changes.containsKey(request.table())
            ? request.where(changes.get(request.table())) : request).toList();
    }

    private CompletableFuture<OvsdbMonitorId> startWith(final Method with, final OvsdbClient client,
            final OvsdbDatabaseSchema schema) {
        final var requests = requests();
        final CompletableFuture<OvsdbMonitorId> started = switch (with) {
            case COND_SINCE -> client.monitorCondSince(schema, requests, lastTransactionId, update -> {
                remember(update.lastTransactionId());
                sink.update(update.updates());
            }).thenApply(reply -> {
                remember(reply.initial().lastTransactionId());
                sink.start(schema, reply.initial().found(), reply.initial().updates());
                return reply.id();
            });
            case COND -> client.monitorCond(schema, requests, sink::update).thenApply(reply -> {
                sink.start(schema, false, reply.initial());
                return reply.id();
            });
            case PLAIN -> client.monitor(schema, requests, update -> sink.update(asUpdates2(update, false)))
                .thenApply(reply -> {
                    sink.start(schema, false, asUpdates2(reply.initial(), true));
                    return reply.id();
                });
        };
        return started.handle((id, failure) -> {
            if (failure == null) {
                method = with;
                return CompletableFuture.completedFuture(id);
            }
            if (isUnknownMethod(failure) && with != Method.PLAIN) {
                return startWith(Method.values()[with.ordinal() + 1], client, schema);
            }
            return CompletableFuture.<OvsdbMonitorId>failedFuture(failure);
        }).thenCompose(next -> next);
    }

    private void remember(final UUID id) {
        lastTransactionId = NONE.equals(id) ? Optional.empty() : Optional.of(id);
    }

    private static boolean isUnknownMethod(final Throwable failure) {
        final var cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
            : failure;
        return cause instanceof OvsdbRpcException rpc && "unknown method".equals(rpc.error().error());
    }

    /**
     * A plain monitor's <code>&lt;table-updates&gt;</code> in the {@code update2} form: a row without {@code old}
     * is initial (in the reply) or inserted; one without {@code new} is deleted; one with both is modified, and as
     * its {@code new} holds the whole row, it is passed on as an insert of that row, which replaces the old one.
     */
    static OvsdbTableUpdates2 asUpdates2(final OvsdbTableUpdates updates, final boolean initial) {
        final var tables = new HashMap<String, Map<UUID, OvsdbRowUpdate2>>();
        updates.tables().forEach((table, rows) -> {
            final var converted = new HashMap<UUID, OvsdbRowUpdate2>();
            rows.forEach((uuid, row) -> converted.put(uuid, asUpdate2(row, initial)));
            tables.put(table, converted);
        });
        return new OvsdbTableUpdates2(tables);
    }

    private static OvsdbRowUpdate2 asUpdate2(final OvsdbRowUpdate row, final boolean initial) {
        if (row.current().isEmpty()) {
            return new OvsdbRowUpdate2.Delete();
        }
        final var current = row.current().orElseThrow();
        return initial ? new OvsdbRowUpdate2.Initial(current) : new OvsdbRowUpdate2.Insert(current);
    }
}
