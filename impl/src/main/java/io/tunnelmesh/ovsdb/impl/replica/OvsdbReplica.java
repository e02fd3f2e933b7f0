/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.replica;

import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate2;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates2;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbTableSchema;
import io.tunnelmesh.ovsdb.impl.session.OvsdbMonitorSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local copy of the monitored tables of one server: per table, the rows by UUID, each with every monitored column
 * (defaults filled in). Fed as an {@link OvsdbMonitorSink} by a session, it is consistent with the server after every
 * update: a start that was not resumed replaces the whole contents (listeners hear only of rows that really differ
 * from before the reconnection); a resumed start ({@code monitor_cond_since} found the last transaction) and every
 * update apply their changes with {@link OvsdbRowDiff}.
 *
 * <p>The contents are immutable maps, replaced (per table) on each update: readers on any thread see a consistent
 * table without locking. Updates come from one event loop at a time.
 */
public final class OvsdbReplica implements OvsdbMonitorSink {
    private final List<OvsdbMonitorRequest> requests;
    private final List<OvsdbReplicaListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, Map<UUID, OvsdbRow>> tables = Map.of();
    private volatile Map<String, Set<String>> columns = Map.of();
    private volatile Optional<OvsdbDatabaseSchema> schema = Optional.empty();

    /**
     * A replica of what the requests watch.
     *
     * @param requests the monitor requests, one per table; a request without columns watches all of them
     */
    public OvsdbReplica(final List<OvsdbMonitorRequest> requests) {
        this.requests = List.copyOf(requests);
    }

    /**
     * Adds a listener.
     *
     * @param listener told of changed rows
     */
    public void addListener(final OvsdbReplicaListener listener) {
        listeners.add(listener);
    }

    /**
     * The rows of a table.
     *
     * @param table the table
     * @return the rows by UUID, immutable; empty for a table not monitored or not yet received
     */
    public Map<UUID, OvsdbRow> table(final String table) {
        return tables.getOrDefault(table, Map.of());
    }

    /**
     * The schema of the last connection.
     *
     * @return the schema, or empty before the first start
     */
    public Optional<OvsdbDatabaseSchema> schema() {
        return schema;
    }

    @Override
    public List<OvsdbMonitorRequest> requests() {
        return requests;
    }

    @Override
    public synchronized void start(final OvsdbDatabaseSchema newSchema, final boolean resumed,
            final OvsdbTableUpdates2 updates) {
        schema = Optional.of(newSchema);
        columns = monitoredColumns(newSchema);
        if (resumed) {
            update(updates);
            return;
        }
        final var fresh = new HashMap<String, Map<UUID, OvsdbRow>>();
        final var changes = new ArrayList<OvsdbRowChange>();
        for (var request : requests) {
            final var table = request.table();
            final var tableSchema = newSchema.table(table).orElseThrow();
            final var rows = new HashMap<UUID, OvsdbRow>();
            updates.tables().getOrDefault(table, Map.of()).forEach((uuid, update) -> rowOf(update).ifPresent(row ->
                rows.put(uuid, OvsdbRowDiff.complete(tableSchema, columns.get(table), row))));
            final var before = table(table);
            rows.forEach((uuid, row) -> {
                final var old = Optional.ofNullable(before.get(uuid));
                if (!old.equals(Optional.of(row))) {
                    changes.add(new OvsdbRowChange(table, uuid, old, Optional.of(row)));
                }
            });
            before.forEach((uuid, row) -> {
                if (!rows.containsKey(uuid)) {
                    changes.add(new OvsdbRowChange(table, uuid, Optional.of(row), Optional.empty()));
                }
            });
            fresh.put(table, Map.copyOf(rows));
        }
        tables = Map.copyOf(fresh);
        publish(changes);
    }

    @Override
    public synchronized void update(final OvsdbTableUpdates2 updates) {
        final var schemaNow = schema.orElseThrow(() -> new IllegalStateException("update before start"));
        final var next = new HashMap<>(tables);
        final var changes = new ArrayList<OvsdbRowChange>();
        updates.tables().forEach((table, rowUpdates) -> {
            final OvsdbTableSchema tableSchema = schemaNow.table(table).orElseThrow();
            final var monitored = columns.getOrDefault(table, Set.of());
            final var rows = new HashMap<>(next.getOrDefault(table, Map.of()));
            rowUpdates.forEach((uuid, update) -> {
                final var before = Optional.ofNullable(rows.get(uuid));
                final Optional<OvsdbRow> after = switch (update) {
                    case OvsdbRowUpdate2.Initial initial -> Optional.of(
                        OvsdbRowDiff.complete(tableSchema, monitored, initial.row()));
                    case OvsdbRowUpdate2.Insert insert -> Optional.of(
                        OvsdbRowDiff.complete(tableSchema, monitored, insert.row()));
                    case OvsdbRowUpdate2.Modify modify -> before.map(row -> OvsdbRowDiff.apply(tableSchema, row,
                        modify.diff()));
                    case OvsdbRowUpdate2.Delete delete -> Optional.empty();
                };
                after.ifPresentOrElse(row -> rows.put(uuid, row), () -> rows.remove(uuid));
                if (!before.equals(after)) {
                    changes.add(new OvsdbRowChange(table, uuid, before, after));
                }
            });
            next.put(table, Map.copyOf(rows));
        });
        tables = Map.copyOf(next);
        publish(changes);
    }

    private void publish(final List<OvsdbRowChange> changes) {
        if (!changes.isEmpty()) {
            final var copy = List.copyOf(changes);
            listeners.forEach(listener -> listener.changed(copy));
        }
    }

    private static Optional<OvsdbRow> rowOf(final OvsdbRowUpdate2 update) {
        return switch (update) {
            case OvsdbRowUpdate2.Initial initial -> Optional.of(initial.row());
            case OvsdbRowUpdate2.Insert insert -> Optional.of(insert.row());
            case OvsdbRowUpdate2.Modify modify -> Optional.empty();
            case OvsdbRowUpdate2.Delete delete -> Optional.empty();
        };
    }

    private Map<String, Set<String>> monitoredColumns(final OvsdbDatabaseSchema databaseSchema) {
        final var result = new HashMap<String, Set<String>>();
        for (var request : requests) {
            final var table = databaseSchema.table(request.table()).orElseThrow(() -> new IllegalArgumentException(
                "database " + databaseSchema.name() + " has no table " + request.table()));
            result.put(request.table(), request.columns().isEmpty() ? Set.copyOf(table.columns().keySet())
                : Set.copyOf(new LinkedHashSet<>(request.columns())));
        }
        return Map.copyOf(result);
    }
}
