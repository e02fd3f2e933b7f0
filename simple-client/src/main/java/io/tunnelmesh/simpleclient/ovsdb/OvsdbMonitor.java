/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbMonitorRequest;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbTableSchema;
import io.tunnelmesh.ovsdb.impl.codec.OvsdbNotationEncoder;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One monitor of a session: which tables, columns, rows and kinds of change it watches, and how it writes what
 * changed. {@code monitor} (RFC 7047 sections 4.1.5 and 4.1.6) writes table updates whose {@code "new"} holds every
 * watched column and whose {@code "old"} holds the changed ones. {@code monitor_cond} and {@code monitor_cond_since}
 * ({@code ovsdb-server(7)}) write table updates 2: {@code "initial"} and {@code "insert"} without the columns that
 * hold their default, {@code "modify"} as a diff (the new value of a column of at most one element, the symmetric
 * difference of a larger set, the changed pairs of a map), {@code "delete"}; a row that comes to meet the monitor's
 * conditions is an insert, one that stops meeting them a delete. A row meets a monitor's conditions if it meets any
 * of them (they are a disjunction, unlike a {@code select}'s; none means every row). Of several requests for one
 * table, the first counts.
 *
 * <p>{@code monitor_cond_change} ({@code ovsdb-server(7)}) replaces the conditions of some tables and the monitor's
 * id: {@link #changeConditions} answers with the rows that enter (inserts) and leave (deletes). The database calls
 * it, and the commit listener that reads the conditions, under its lock, so a change never falls inside a commit.
 */
final class OvsdbMonitor {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final boolean diffs;
    private final Map<String, OvsdbTableSchema> tables = new LinkedHashMap<>();
    private volatile JsonNode id;
    private volatile Map<String, OvsdbMonitorRequest> requests;

    OvsdbMonitor(final JsonNode id, final boolean diffs, final List<OvsdbMonitorRequest> requests,
            final OvsdbDatabaseSchema schema) {
        this.id = id;
        this.diffs = diffs;
        final var first = new LinkedHashMap<String, OvsdbMonitorRequest>();
        for (var request : requests) {
            if (first.putIfAbsent(request.table(), request) == null) {
                tables.put(request.table(), schema.table(request.table()).orElseThrow());
            }
        }
        this.requests = first;
    }

    JsonNode id() {
        return id;
    }

    /**
     * Takes new conditions for some tables and a new id, and says what that changes: the watched rows that no longer
     * meet the conditions are deleted, the rows that now meet them inserted (as far as the request selects inserts
     * and deletes).
     *
     * @param newId the monitor's id from now on
     * @param where the new conditions by table
     * @param contents every table's rows now
     * @return the table updates, empty if no row enters or leaves
     * @throws OvsdbOperationFailure if a table is not watched by this monitor
     */
    ObjectNode changeConditions(final JsonNode newId, final Map<String, List<OvsdbCondition>> where,
            final Map<String, Map<UUID, OvsdbRow>> contents) throws OvsdbOperationFailure {
        final var changed = new LinkedHashMap<>(requests);
        for (var entry : where.entrySet()) {
            final var request = changed.get(entry.getKey());
            if (request == null) {
                throw OvsdbOperationFailure.syntax("table " + entry.getKey() + " is not in the monitor");
            }
            changed.put(entry.getKey(), request.where(entry.getValue()));
        }
        final var json = JSON.objectNode();
        for (var table : where.keySet()) {
            final var old = requests.get(table);
            final var request = changed.get(table);
            final var rows = JSON.objectNode();
            contents.getOrDefault(table, Map.of()).forEach((uuid, row) -> {
                final boolean wasIn = OvsdbRowMatcher.matchesAny(row, old.where());
                final boolean isIn = OvsdbRowMatcher.matchesAny(row, request.where());
                if (!wasIn && isIn && request.select().contains(OvsdbMonitorRequest.Select.INSERT)) {
                    rows.set(uuid.toString(), diffs ? JSON.objectNode().set("insert", encode(table, row, true))
                        : JSON.objectNode().set("new", encode(table, row, false)));
                } else if (wasIn && !isIn && request.select().contains(OvsdbMonitorRequest.Select.DELETE)) {
                    rows.set(uuid.toString(), diffs ? JSON.objectNode().putNull("delete")
                        : JSON.objectNode().set("old", encode(table, row, false)));
                }
            });
            if (!rows.isEmpty()) {
                json.set(table, rows);
            }
        }
        requests = changed;
        id = newId;
        return json;
    }

    /**
     * The reply of a monitor that starts: every watched row, if the requests select {@code initial}.
     */
    ObjectNode initial(final Map<String, Map<UUID, OvsdbRow>> contents) {
        final var json = JSON.objectNode();
        requests.forEach((table, request) -> {
            if (!request.select().contains(OvsdbMonitorRequest.Select.INITIAL)) {
                return;
            }
            final var rows = JSON.objectNode();
            contents.get(table).forEach((uuid, row) -> {
                if (OvsdbRowMatcher.matchesAny(row, request.where())) {
                    rows.set(uuid.toString(), diffs ? JSON.objectNode().set("initial", encode(table, row, true))
                        : JSON.objectNode().set("new", encode(table, row, false)));
                }
            });
            if (!rows.isEmpty()) {
                json.set(table, rows);
            }
        });
        return json;
    }

    /**
     * What a committed change means to this monitor.
     *
     * @return the table updates, empty if the monitor sees no change
     */
    ObjectNode changes(final OvsdbTableUpdates change) {
        final var json = JSON.objectNode();
        requests.forEach((table, request) -> {
            final var rows = JSON.objectNode();
            change.tables().getOrDefault(table, Map.of()).forEach((uuid, update) ->
                rowUpdate(table, request, update).ifPresent(row -> rows.set(uuid.toString(), row)));
            if (!rows.isEmpty()) {
                json.set(table, rows);
            }
        });
        return json;
    }

    private Optional<ObjectNode> rowUpdate(final String table, final OvsdbMonitorRequest request,
            final OvsdbRowUpdate update) {
        final boolean wasIn = update.old().filter(row -> OvsdbRowMatcher.matchesAny(row, request.where()))
            .isPresent();
        final boolean isIn = update.current().filter(row -> OvsdbRowMatcher.matchesAny(row, request.where()))
            .isPresent();
        if (!wasIn && isIn && request.select().contains(OvsdbMonitorRequest.Select.INSERT)) {
            final var row = update.current().orElseThrow();
            return Optional.of(diffs ? JSON.objectNode().set("insert", encode(table, row, true))
                : JSON.objectNode().set("new", encode(table, row, false)));
        }
        if (wasIn && !isIn && request.select().contains(OvsdbMonitorRequest.Select.DELETE)) {
            return Optional.of(diffs ? JSON.objectNode().putNull("delete")
                : JSON.objectNode().set("old", encode(table, update.old().orElseThrow(), false)));
        }
        if (wasIn && isIn && request.select().contains(OvsdbMonitorRequest.Select.MODIFY)) {
            return modify(table, update.old().orElseThrow(), update.current().orElseThrow());
        }
        return Optional.empty();
    }

    private Optional<ObjectNode> modify(final String table, final OvsdbRow old, final OvsdbRow current) {
        final var changedOld = new LinkedHashMap<String, OvsdbValue>();
        final var diff = new LinkedHashMap<String, OvsdbValue>();
        for (var column : columns(table)) {
            final var before = old.columns().get(column);
            final var after = current.columns().get(column);
            if (!before.equals(after)) {
                changedOld.put(column, before);
                diff.put(column, composite(table, column) ? diff(before, after) : after);
            }
        }
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        if (diffs) {
            return Optional.of(JSON.objectNode().set("modify", OvsdbNotationEncoder.encodeRow(new OvsdbRow(diff))));
        }
        final var json = JSON.objectNode();
        json.set("old", OvsdbNotationEncoder.encodeRow(new OvsdbRow(changedOld)));
        json.set("new", encode(table, current, false));
        return Optional.of(json);
    }

    /**
     * Whether ovsdb-server sends a column's change as a difference: only for columns that may hold more than one
     * element ({@code ovsdb_datum_diff}); a column of at most one ({@code ofport}, {@code error}) gets its new value.
     */
    private boolean composite(final String table, final String column) {
        return tables.get(table).column(column).map(schema -> schema.type().max() > 1).orElse(true);
    }

    private static OvsdbValue diff(final OvsdbValue before, final OvsdbValue after) {
        if (before instanceof OvsdbSet old && after instanceof OvsdbSet current) {
            final var elements = new LinkedHashSet<OvsdbAtom>(old.elements());
            elements.addAll(current.elements());
            final var common = new HashSet<>(old.elements());
            common.retainAll(current.elements());
            elements.removeAll(common);
            return new OvsdbSet(elements);
        }
        if (before instanceof OvsdbMap old && after instanceof OvsdbMap current) {
            final var entries = new LinkedHashMap<OvsdbAtom, OvsdbAtom>();
            old.entries().forEach((key, value) -> {
                if (!current.entries().containsKey(key)) {
                    entries.put(key, value);
                }
            });
            current.entries().forEach((key, value) -> {
                if (!value.equals(old.entries().get(key))) {
                    entries.put(key, value);
                }
            });
            return new OvsdbMap(entries);
        }
        return after;
    }

    private List<String> columns(final String table) {
        final var request = requests.get(table);
        return request.columns().isEmpty() ? List.copyOf(tables.get(table).columns().keySet()) : request.columns();
    }

    private ObjectNode encode(final String table, final OvsdbRow row, final boolean skipDefaults) {
        final var columns = new LinkedHashMap<String, OvsdbValue>();
        final var schema = tables.get(table);
        for (var column : columns(table)) {
            final var value = row.columns().get(column);
            if (!skipDefaults || !OvsdbColumnDefaults.isDefault(value, schema.column(column).orElseThrow().type())) {
                columns.put(column, value);
            }
        }
        return OvsdbNotationEncoder.encodeRow(new OvsdbRow(columns));
    }
}
