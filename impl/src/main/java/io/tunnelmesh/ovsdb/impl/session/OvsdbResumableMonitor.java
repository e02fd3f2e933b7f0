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
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate2;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import java.util.HashMap;
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
 */
public final class OvsdbResumableMonitor {
    /** The zero UUID: "no transaction id" in {@code monitor_cond_since} replies and updates. */
    private static final UUID NONE = new UUID(0, 0);

    private final OvsdbMonitorSink sink;
    private volatile Method method = Method.COND_SINCE;
    private volatile Optional<UUID> lastTransactionId = Optional.empty();
    private volatile @Nullable OvsdbClient runningOn;

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
        }
        return startWith(method, client, schema).whenComplete((ok, failure) -> {
            if (failure != null) {
                synchronized (this) {
                    if (runningOn == client) {
                        runningOn = null;
                    }
                }
            }
        });
    }

    private CompletableFuture<Void> startWith(final Method with, final OvsdbClient client,
            final OvsdbDatabaseSchema schema) {
        final var requests = sink.requests();
        final CompletableFuture<Void> started = switch (with) {
            case COND_SINCE -> client.monitorCondSince(schema, requests, lastTransactionId, update -> {
                remember(update.lastTransactionId());
                sink.update(update.updates());
            }).thenAccept(reply -> {
                remember(reply.initial().lastTransactionId());
                sink.start(schema, reply.initial().found(), reply.initial().updates());
            });
            case COND -> client.monitorCond(schema, requests, sink::update)
                .thenAccept(reply -> sink.start(schema, false, reply.initial()));
            case PLAIN -> client.monitor(schema, requests, update -> sink.update(asUpdates2(update, false)))
                .thenAccept(reply -> sink.start(schema, false, asUpdates2(reply.initial(), true)));
        };
        return started.handle((ok, failure) -> {
            if (failure == null) {
                method = with;
                return CompletableFuture.<Void>completedFuture(null);
            }
            if (isUnknownMethod(failure) && with != Method.PLAIN) {
                return startWith(Method.values()[with.ordinal() + 1], client, schema);
            }
            return CompletableFuture.<Void>failedFuture(failure);
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
