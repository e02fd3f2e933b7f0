/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.schema.OvsdbBaseType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbRefType;
import io.tunnelmesh.ovsdb.api.schema.OvsdbUuidType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What {@code ovsdb-server} checks and does when a transaction whose operations all succeeded commits (RFC 7047
 * sections 3.2 and 4.1.3), in its order:
 * <ol>
 *   <li>referential integrity: a deleted row must have no strong reference left, a changed row's strong references
 *       must name existing rows ({@code "referential integrity violation"});</li>
 *   <li>garbage collection: rows of non-root tables that no strong reference reaches are deleted, repeatedly;</li>
 *   <li>weak references to rows that no longer exist are dropped, which must leave the column's minimum
 *       ({@code "constraint violation"});</li>
 *   <li>{@code maxRows} and unique {@code indexes} ({@code "constraint violation"}).</li>
 * </ol>
 * A failure is the extra element of the transaction's result; nothing is applied.
 */
final class OvsdbCommitCheck {
    private final OvsdbDatabaseSchema schema;
    private final OvsdbTransaction txn;

    /** A column's references: the base type (key or value of a map) that names {@code refTable}. */
    private record RefColumn(String column, String refTable, boolean strong, boolean inKey, boolean inValue) {
    }

    private OvsdbCommitCheck(final OvsdbDatabaseSchema schema, final OvsdbTransaction txn) {
        this.schema = schema;
        this.txn = txn;
    }

    /**
     * Checks and completes a transaction.
     *
     * @return the committed change: per table, per row, the old and new row (absent for inserts and deletes)
     */
    static OvsdbTableUpdates commit(final OvsdbDatabaseSchema schema, final OvsdbTransaction txn)
            throws OvsdbOperationFailure {
        final var check = new OvsdbCommitCheck(schema, txn);
        check.checkReferences();
        check.collectGarbage();
        check.dropWeakReferences();
        check.checkRowsAndIndexes();
        return check.change();
    }

    private List<RefColumn> refColumns(final String table) {
        final var refs = new ArrayList<RefColumn>();
        txn.table(table).columns().forEach((name, column) -> {
            final var type = column.type();
            ref(type.key()).ifPresent(ref -> refs.add(new RefColumn(name, ref.refTable().orElseThrow(),
                ref.refType() == OvsdbRefType.STRONG, true, false)));
            type.value().flatMap(OvsdbCommitCheck::ref).ifPresent(ref -> refs.add(new RefColumn(name,
                ref.refTable().orElseThrow(), ref.refType() == OvsdbRefType.STRONG, false, true)));
        });
        return refs;
    }

    private static Optional<OvsdbUuidType> ref(final OvsdbBaseType type) {
        return type instanceof OvsdbUuidType uuid && uuid.refTable().isPresent() ? Optional.of(uuid)
            : Optional.empty();
    }

    private static List<UUID> referenced(final OvsdbValue value, final RefColumn ref) {
        final var uuids = new ArrayList<UUID>();
        switch (value) {
            case OvsdbUuid uuid -> uuids.add(uuid.value());
            case OvsdbAtom atom -> {
                // not a reference
            }
            case OvsdbSet set -> set.elements().forEach(element -> {
                if (element instanceof OvsdbUuid uuid) {
                    uuids.add(uuid.value());
                }
            });
            case OvsdbMap map -> map.entries().forEach((key, entry) -> {
                if (ref.inKey() && key instanceof OvsdbUuid uuid) {
                    uuids.add(uuid.value());
                }
                if (ref.inValue() && entry instanceof OvsdbUuid uuid) {
                    uuids.add(uuid.value());
                }
            });
        }
        return uuids;
    }

    /** Strong references to every row of the transaction's view, counted from every row of the view. */
    private Map<UUID, Integer> strongReferenceCounts() {
        final var counts = new HashMap<UUID, Integer>();
        for (var table : schema.tables().keySet()) {
            final var refs = refColumns(table).stream().filter(RefColumn::strong).toList();
            if (refs.isEmpty()) {
                continue;
            }
            for (var row : txn.rows(table).values()) {
                for (var ref : refs) {
                    referenced(row.columns().get(ref.column()), ref).forEach(uuid -> counts.merge(uuid, 1,
                        Integer::sum));
                }
            }
        }
        return counts;
    }

    private void checkReferences() throws OvsdbOperationFailure {
        final var counts = strongReferenceCounts();
        for (var entry : txn.written().entrySet()) {
            for (var uuid : txn.committed().get(entry.getKey()).keySet()) {
                final int count = counts.getOrDefault(uuid, 0);
                if (!entry.getValue().containsKey(uuid) && count > 0) {
                    throw new OvsdbOperationFailure("referential integrity violation", "cannot delete "
                        + entry.getKey() + " row " + uuid + " because of " + count + " remaining reference(s)");
                }
            }
        }
        for (var entry : txn.written().entrySet()) {
            final var refs = refColumns(entry.getKey()).stream().filter(RefColumn::strong).toList();
            final var before = txn.committed().get(entry.getKey());
            for (var row : entry.getValue().values()) {
                if (refs.isEmpty() || row.equals(before.get(OvsdbTransaction.uuidOf(row)))) {
                    continue;
                }
                for (var ref : refs) {
                    for (var uuid : referenced(row.columns().get(ref.column()), ref)) {
                        if (!txn.rows(ref.refTable()).containsKey(uuid)) {
                            throw new OvsdbOperationFailure("referential integrity violation", "Table "
                                + entry.getKey() + " column " + ref.column() + " row " + OvsdbTransaction.uuidOf(row)
                                + " references nonexistent row " + uuid + " in table " + ref.refTable() + ".");
                        }
                    }
                }
            }
        }
    }

    private void collectGarbage() {
        final var counts = strongReferenceCounts();
        final var tableOf = new HashMap<UUID, String>();
        final var unreferenced = new ArrayDeque<UUID>();
        for (var table : schema.tables().values()) {
            if (table.root()) {
                continue;
            }
            for (var uuid : txn.rows(table.name()).keySet()) {
                tableOf.put(uuid, table.name());
                if (counts.getOrDefault(uuid, 0) == 0) {
                    unreferenced.add(uuid);
                }
            }
        }
        while (!unreferenced.isEmpty()) {
            final var uuid = unreferenced.poll();
            final var table = tableOf.get(uuid);
            final var row = txn.writable(table).remove(uuid);
            for (var ref : refColumns(table)) {
                if (!ref.strong()) {
                    continue;
                }
                for (var target : referenced(row.columns().get(ref.column()), ref)) {
                    if (counts.merge(target, -1, Integer::sum) == 0 && tableOf.containsKey(target)
                            && txn.rows(tableOf.get(target)).containsKey(target)) {
                        unreferenced.add(target);
                    }
                }
            }
        }
    }

    private void dropWeakReferences() throws OvsdbOperationFailure {
        for (var table : schema.tables().values()) {
            final var weak = refColumns(table.name()).stream().filter(ref -> !ref.strong()).toList();
            if (weak.isEmpty()) {
                continue;
            }
            for (var row : List.copyOf(txn.rows(table.name()).values())) {
                final var columns = new LinkedHashMap<>(row.columns());
                for (var ref : weak) {
                    columns.put(ref.column(), dropDangling(columns.get(ref.column()), ref));
                }
                if (!columns.equals(row.columns())) {
                    for (var ref : weak) {
                        final var problem = table.columns().get(ref.column()).type().check(columns.get(ref.column()));
                        if (problem.isPresent()) {
                            throw OvsdbOperationFailure.constraint("removing dangling weak references from "
                                + table.name() + "." + ref.column() + ": " + problem.orElseThrow());
                        }
                    }
                    columns.put("_version", new OvsdbUuid(UUID.randomUUID()));
                    txn.writable(table.name()).put(OvsdbTransaction.uuidOf(row), new OvsdbRow(columns));
                }
            }
        }
    }

    private OvsdbValue dropDangling(final OvsdbValue value, final RefColumn ref) {
        final var target = txn.rows(ref.refTable());
        return switch (value) {
            case OvsdbSet set -> new OvsdbSet(set.elements().stream()
                .filter(element -> !(element instanceof OvsdbUuid uuid) || target.containsKey(uuid.value()))
                .collect(Collectors.toSet()));
            case OvsdbMap map -> new OvsdbMap(map.entries().entrySet().stream()
                .filter(entry -> !(ref.inKey() && entry.getKey() instanceof OvsdbUuid uuid
                    && !target.containsKey(uuid.value())))
                .filter(entry -> !(ref.inValue() && entry.getValue() instanceof OvsdbUuid uuid
                    && !target.containsKey(uuid.value())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            default -> value;
        };
    }

    private void checkRowsAndIndexes() throws OvsdbOperationFailure {
        for (var entry : txn.written().entrySet()) {
            final var table = txn.table(entry.getKey());
            final var rows = entry.getValue();
            if (table.maxRows().isPresent() && rows.size() > table.maxRows().getAsLong()) {
                throw OvsdbOperationFailure.constraint("Transaction causes \"" + table.name() + "\" table to contain "
                    + rows.size() + " rows, greater than the schema-defined limit of " + table.maxRows().getAsLong()
                    + " row(s).");
            }
            for (var index : table.indexes()) {
                final var seen = new HashMap<List<OvsdbValue>, UUID>();
                for (var row : rows.values()) {
                    final var key = index.stream().map(row.columns()::get).toList();
                    final var other = seen.putIfAbsent(key, OvsdbTransaction.uuidOf(row));
                    if (other != null) {
                        throw OvsdbOperationFailure.constraint("Transaction causes multiple rows in \"" + table.name()
                            + "\" table to have identical values (" + key + ") for index on "
                            + (index.size() == 1 ? "column \"" + index.get(0) + "\"" : "columns " + index)
                            + ".  First row, with UUID " + other + ", and second row, with UUID "
                            + OvsdbTransaction.uuidOf(row) + ".");
                    }
                }
            }
        }
    }

    private OvsdbTableUpdates change() {
        final var tables = new HashMap<String, Map<UUID, OvsdbRowUpdate>>();
        for (var entry : txn.written().entrySet()) {
            final var before = txn.committed().get(entry.getKey());
            final var after = entry.getValue();
            final var rows = new LinkedHashMap<UUID, OvsdbRowUpdate>();
            before.forEach((uuid, old) -> {
                final var current = after.get(uuid);
                if (!old.equals(current)) {
                    rows.put(uuid, new OvsdbRowUpdate(Optional.of(old), Optional.ofNullable(current)));
                }
            });
            after.forEach((uuid, current) -> {
                if (!before.containsKey(uuid)) {
                    rows.put(uuid, new OvsdbRowUpdate(Optional.empty(), Optional.of(current)));
                }
            });
            if (!rows.isEmpty()) {
                tables.put(entry.getKey(), rows);
            }
        }
        return new OvsdbTableUpdates(tables);
    }
}
