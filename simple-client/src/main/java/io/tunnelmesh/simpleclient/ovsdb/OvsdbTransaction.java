/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbNamedUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.ovsdb.api.operation.OvsdbAbort;
import io.tunnelmesh.ovsdb.api.operation.OvsdbAssert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbComment;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCommit;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbDelete;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbSelect;
import io.tunnelmesh.ovsdb.api.operation.OvsdbUpdate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbWait;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.api.schema.OvsdbTableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One {@code transact} being executed (RFC 7047 section 5.2): its operations run in order against a copy-on-write view
 * of the committed tables, so an operation that fails leaves the committed tables untouched. Named UUIDs resolve
 * through a symbol table as in Open vSwitch: a name gets its UUID at first mention, so a row may refer to a row an
 * insert creates later in the same transaction; an insert that reuses a name fails with {@code "duplicate uuid-name"};
 * a name no insert creates stays a reference to nothing, which the commit refuses if the reference is strong.
 */
final class OvsdbTransaction {
    private final OvsdbDatabaseSchema schema;
    private final Map<String, Map<UUID, OvsdbRow>> committed;
    private final Map<String, Map<UUID, OvsdbRow>> written = new HashMap<>();
    private final Map<String, UUID> symbols = new HashMap<>();
    private final Set<String> created = new HashSet<>();
    private final Predicate<String> heldLocks;
    private final boolean mayBlock;

    /**
     * Thrown by a {@code wait} whose condition does not hold yet and whose timeout has not expired: the whole
     * transaction is tried again after the next commit.
     */
    static final class Blocked extends Exception {
        private static final long serialVersionUID = 1L;

        Blocked() {
            super("wait", null, false, false);
        }
    }

    OvsdbTransaction(final OvsdbDatabaseSchema schema, final Map<String, Map<UUID, OvsdbRow>> committed,
            final Predicate<String> heldLocks, final boolean mayBlock) {
        this.schema = schema;
        this.committed = committed;
        this.heldLocks = heldLocks;
        this.mayBlock = mayBlock;
    }

    Map<String, Map<UUID, OvsdbRow>> committed() {
        return committed;
    }

    Map<String, Map<UUID, OvsdbRow>> written() {
        return written;
    }

    Map<UUID, OvsdbRow> rows(final String table) {
        final var rows = written.get(table);
        return rows != null ? rows : committed.get(table);
    }

    Map<UUID, OvsdbRow> writable(final String table) {
        return written.computeIfAbsent(table, name -> new LinkedHashMap<>(committed.get(name)));
    }

    OvsdbTableSchema table(final String table) {
        return schema.table(table).orElseThrow();
    }

    OvsdbOperationResult execute(final OvsdbOperation operation) throws OvsdbOperationFailure, Blocked {
        return switch (operation) {
            case OvsdbInsert insert -> insert(insert);
            case OvsdbSelect select -> {
                final var rows = new ArrayList<OvsdbRow>();
                for (var row : matching(select.table(), select.where())) {
                    rows.add(select.columns().map(columns -> project(row, columns)).orElse(row));
                }
                yield new OvsdbOperationResult.Selected(rows);
            }
            case OvsdbUpdate update -> update(update);
            case OvsdbMutate mutate -> mutate(mutate);
            case OvsdbDelete delete -> {
                final var rows = matching(delete.table(), delete.where());
                final var table = writable(delete.table());
                rows.forEach(row -> table.remove(uuidOf(row)));
                yield new OvsdbOperationResult.Counted(rows.size());
            }
            case OvsdbWait wait -> waitFor(wait);
            case OvsdbCommit commit -> new OvsdbOperationResult.Done();
            case OvsdbAbort abort -> throw new OvsdbOperationFailure("aborted", "aborted by request");
            case OvsdbComment comment -> new OvsdbOperationResult.Done();
            case OvsdbAssert lock -> {
                if (!heldLocks.test(lock.lock())) {
                    throw new OvsdbOperationFailure("not owner", "Asserted lock " + lock.lock()
                        + " not held by this client.");
                }
                yield new OvsdbOperationResult.Done();
            }
        };
    }

    private OvsdbOperationResult insert(final OvsdbInsert insert) throws OvsdbOperationFailure {
        final UUID uuid;
        if (insert.uuidName().isPresent()) {
            final var name = insert.uuidName().orElseThrow();
            if (!created.add(name)) {
                throw OvsdbOperationFailure.syntax("duplicate uuid-name: This \"uuid-name\" appeared on an earlier "
                    + "\"insert\" operation.");
            }
            uuid = symbol(name);
        } else {
            uuid = UUID.randomUUID();
        }
        final var table = table(insert.table());
        final var columns = new LinkedHashMap<String, OvsdbValue>();
        columns.put("_uuid", new OvsdbUuid(uuid));
        columns.put("_version", new OvsdbUuid(UUID.randomUUID()));
        table.columns().forEach((name, column) -> columns.put(name, OvsdbColumnDefaults.of(column.type())));
        resolve(insert.row()).columns().forEach(columns::put);
        writable(insert.table()).put(uuid, new OvsdbRow(columns));
        return new OvsdbOperationResult.Inserted(uuid);
    }

    private OvsdbOperationResult update(final OvsdbUpdate update) throws OvsdbOperationFailure {
        final var tableSchema = table(update.table());
        for (var column : update.row().columns().keySet()) {
            if (column.startsWith("_") || !tableSchema.columns().get(column).mutable()) {
                throw OvsdbOperationFailure.constraint("Cannot update immutable column " + column + " in table "
                    + update.table() + ".");
            }
        }
        final var changes = resolve(update.row()).columns();
        final var rows = matching(update.table(), update.where());
        final var table = writable(update.table());
        for (var row : rows) {
            final var columns = new LinkedHashMap<>(row.columns());
            columns.putAll(changes);
            replace(table, row, columns);
        }
        return new OvsdbOperationResult.Counted(rows.size());
    }

    private OvsdbOperationResult mutate(final OvsdbMutate mutate) throws OvsdbOperationFailure {
        final var tableSchema = table(mutate.table());
        final var rows = matching(mutate.table(), mutate.where());
        final var table = writable(mutate.table());
        for (var row : rows) {
            final var columns = new LinkedHashMap<>(row.columns());
            for (var mutation : mutate.mutations()) {
                final var resolved = new OvsdbMutation(mutation.column(), mutation.mutator(),
                    resolve(mutation.value()));
                columns.put(mutation.column(), OvsdbMutationEvaluator.apply(columns.get(mutation.column()), resolved,
                    tableSchema.columns().get(mutation.column()).type()));
            }
            replace(table, row, columns);
        }
        return new OvsdbOperationResult.Counted(rows.size());
    }

    private static void replace(final Map<UUID, OvsdbRow> table, final OvsdbRow row,
            final Map<String, OvsdbValue> columns) {
        if (!columns.equals(row.columns())) {
            columns.put("_version", new OvsdbUuid(UUID.randomUUID()));
            table.put(uuidOf(row), new OvsdbRow(columns));
        }
    }

    private OvsdbOperationResult waitFor(final OvsdbWait wait) throws OvsdbOperationFailure, Blocked {
        final var actual = new ArrayList<OvsdbRow>();
        for (var row : matching(wait.table(), wait.where())) {
            actual.add(project(row, wait.columns()));
        }
        final var expected = new ArrayList<OvsdbRow>();
        for (var row : wait.rows()) {
            expected.add(project(resolve(row), wait.columns()));
        }
        final boolean equal = actual.size() == expected.size() && new HashSet<>(actual).equals(new HashSet<>(expected));
        if (equal == (wait.until() == OvsdbWait.Until.EQUAL)) {
            return new OvsdbOperationResult.Done();
        }
        if (mayBlock && wait.timeoutMillis().orElse(Long.MAX_VALUE) > 0) {
            throw new Blocked();
        }
        throw new OvsdbOperationFailure("timed out", "\"wait\" timed out");
    }

    private List<OvsdbRow> matching(final String table, final List<OvsdbCondition> where)
            throws OvsdbOperationFailure {
        final var resolved = new ArrayList<OvsdbCondition>(where.size());
        for (var condition : where) {
            resolved.add(new OvsdbCondition(condition.column(), condition.function(), resolve(condition.value())));
        }
        final var rows = new ArrayList<OvsdbRow>();
        for (var row : rows(table).values()) {
            if (OvsdbRowMatcher.matches(row, resolved)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static OvsdbRow project(final OvsdbRow row, final List<String> columns) {
        final var projected = new LinkedHashMap<String, OvsdbValue>();
        columns.forEach(column -> projected.put(column, row.columns().get(column)));
        return new OvsdbRow(projected);
    }

    static UUID uuidOf(final OvsdbRow row) {
        return ((OvsdbUuid) row.columns().get("_uuid")).value();
    }

    private UUID symbol(final String name) {
        return symbols.computeIfAbsent(name, unused -> UUID.randomUUID());
    }

    private OvsdbRow resolve(final OvsdbRow row) {
        final var columns = new LinkedHashMap<String, OvsdbValue>();
        row.columns().forEach((column, value) -> columns.put(column, resolve(value)));
        return new OvsdbRow(columns);
    }

    private OvsdbValue resolve(final OvsdbValue value) {
        return switch (value) {
            case OvsdbAtom atom -> resolve(atom);
            case OvsdbSet set -> {
                final var elements = new LinkedHashSet<OvsdbAtom>();
                set.elements().forEach(element -> elements.add(resolve(element)));
                yield new OvsdbSet(elements);
            }
            case OvsdbMap map -> {
                final var entries = new LinkedHashMap<OvsdbAtom, OvsdbAtom>();
                map.entries().forEach((key, entry) -> entries.put(resolve(key), resolve(entry)));
                yield new OvsdbMap(entries);
            }
        };
    }

    private OvsdbAtom resolve(final OvsdbAtom atom) {
        return atom instanceof OvsdbNamedUuid named ? new OvsdbUuid(symbol(named.name())) : atom;
    }
}
