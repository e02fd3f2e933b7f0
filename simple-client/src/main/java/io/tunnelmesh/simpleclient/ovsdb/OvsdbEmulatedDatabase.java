/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tunnelmesh.ovsdb.api.OvsdbError;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbRowUpdate;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbTransactResult;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import io.tunnelmesh.ovsdb.impl.codec.OvsdbSchemaDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One in-memory OVSDB database: the rows of every table of its schema, changed only by transactions with the semantics
 * of RFC 7047 section 5.2 (see {@link OvsdbTransaction} and {@link OvsdbCommitCheck}). Every commit gets a transaction
 * id; the last {@code historyLength} commits are kept, so that {@code monitor_cond_since} can send a reconnecting
 * client only what changed since the id it last saw. Listeners hear every commit, in order, under the database's lock.
 *
 * <p>A post-commit hook (the {@link VswitchdEmulation}) may answer a client's commit with a transaction of its own, as
 * {@code ovs-vswitchd} does when it realises new interfaces.
 */
public final class OvsdbEmulatedDatabase {
    private static final String VSWITCH_SCHEMA = "vswitch.ovsschema";

    private final OvsdbDatabaseSchema schema;
    private final JsonNode schemaJson;
    private final int historyLength;
    private final ArrayDeque<Commit> history = new ArrayDeque<>();
    private final List<OvsdbCommitListener> listeners = new CopyOnWriteArrayList<>();
    private Map<String, Map<UUID, OvsdbRow>> tables;
    private UUID lastTransactionId = UUID.randomUUID();
    private @Nullable Function<OvsdbEmulatedDatabase, List<OvsdbOperation>> postCommit;
    private boolean inPostCommit;

    /** One committed transaction, as the history keeps it. */
    private record Commit(UUID id, OvsdbTableUpdates change) {
    }

    /**
     * An empty database.
     *
     * @param schemaJson the schema, as {@code get_schema} returns it
     * @param historyLength how many commits {@code monitor_cond_since} can resume from
     * @throws IllegalArgumentException if the schema does not decode
     */
    public OvsdbEmulatedDatabase(final JsonNode schemaJson, final int historyLength) {
        try {
            schema = OvsdbSchemaDecoder.decode(schemaJson);
        } catch (OvsdbProtocolException e) {
            throw new IllegalArgumentException("not a database schema: " + e.getMessage(), e);
        }
        this.schemaJson = schemaJson.deepCopy();
        this.historyLength = historyLength;
        final var empty = new HashMap<String, Map<UUID, OvsdbRow>>();
        schema.tables().keySet().forEach(table -> empty.put(table, Map.of()));
        tables = empty;
    }

    /**
     * The {@code Open_vSwitch} database of Open vSwitch 3.1 (schema 8.3.1), initialised as {@code ovs-vsctl init}
     * leaves it (one {@code Open_vSwitch} row), with the {@link VswitchdEmulation} of the configuration.
     *
     * @param config what the emulated switch reports
     * @return the database
     */
    public static OvsdbEmulatedDatabase openVswitch(final OvsdbEmulatorConfig config) {
        final JsonNode json;
        try (InputStream in = OvsdbEmulatedDatabase.class.getResourceAsStream(VSWITCH_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(VSWITCH_SCHEMA + " is not on the class path");
            }
            json = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final var database = new OvsdbEmulatedDatabase(json, config.historyLength());
        final var vswitchd = new VswitchdEmulation(config);
        final var init = database.transact(vswitchd.initialise());
        if (!init.isSuccess()) {
            throw new IllegalStateException("cannot initialise the Open_vSwitch table: " + init);
        }
        database.postCommit = vswitchd::realise;
        return database;
    }

    /**
     * The database's name.
     *
     * @return such as {@code Open_vSwitch}
     */
    public String name() {
        return schema.name();
    }

    /**
     * The schema.
     *
     * @return the decoded schema
     */
    public OvsdbDatabaseSchema schema() {
        return schema;
    }

    /**
     * The schema as {@code get_schema} sends it: one tree for every request, read only (a copy per request cost a
     * deep copy of the whole schema each time a session started, and a thousand sessions reconnecting at once kept the
     * servers' event loop from answering anything else).
     *
     * @return the JSON, shared: never to be changed
     */
    JsonNode schemaJson() {
        return schemaJson;
    }

    /**
     * Runs a transaction as a client without locks would, failing any {@code wait} whose condition does not hold.
     *
     * @param operations the operations
     * @return the result, with the failing operation's index or the commit's error if it failed
     */
    public OvsdbTransactResult transact(final List<OvsdbOperation> operations) {
        return transact(operations, Optional.empty(), lock -> false, false).orElseThrow();
    }

    /**
     * Runs a transaction.
     *
     * @param operations the operations that decoded
     * @param undecodable the error of the operation after them, which did not decode, if any: the transaction then
     *     fails there after running the operations before it, and nothing is applied
     * @param heldLocks which locks the client holds, for {@code assert}
     * @param mayBlock whether a {@code wait} with a timeout may block the transaction rather than fail it
     * @return the result, or empty if a {@code wait} blocks: try again after the next commit
     */
    synchronized Optional<OvsdbTransactResult> transact(final List<OvsdbOperation> operations,
            final Optional<OvsdbError> undecodable, final Predicate<String> heldLocks, final boolean mayBlock) {
        final var txn = new OvsdbTransaction(schema, tables, heldLocks, mayBlock);
        final var results = new ArrayList<OvsdbOperationResult>();
        for (var operation : operations) {
            try {
                results.add(txn.execute(operation));
            } catch (OvsdbOperationFailure e) {
                return Optional.of(failed(results, e.error(), operations.size() + (undecodable.isPresent() ? 1 : 0)));
            } catch (OvsdbTransaction.Blocked e) {
                return Optional.empty();
            }
        }
        if (undecodable.isPresent()) {
            return Optional.of(failed(results, undecodable.orElseThrow(), operations.size() + 1));
        }
        final OvsdbTableUpdates change;
        try {
            change = OvsdbCommitCheck.commit(schema, txn);
        } catch (OvsdbOperationFailure e) {
            return Optional.of(new OvsdbTransactResult(results, Optional.of(e.error())));
        }
        if (!change.tables().isEmpty()) {
            apply(txn, change);
        }
        return Optional.of(new OvsdbTransactResult(results, Optional.empty()));
    }

    private static OvsdbTransactResult failed(final List<OvsdbOperationResult> results, final OvsdbError error,
            final int count) {
        final var all = new ArrayList<>(results);
        all.add(new OvsdbOperationResult.Failed(error));
        while (all.size() < count) {
            all.add(new OvsdbOperationResult.NotExecuted());
        }
        return new OvsdbTransactResult(all, Optional.empty());
    }

    private void apply(final OvsdbTransaction txn, final OvsdbTableUpdates change) {
        final var next = new HashMap<>(tables);
        txn.written().forEach((table, rows) -> next.put(table, Collections.unmodifiableMap(rows)));
        tables = next;
        lastTransactionId = UUID.randomUUID();
        history.addLast(new Commit(lastTransactionId, change));
        while (history.size() > historyLength) {
            history.removeFirst();
        }
        for (var listener : listeners) {
            listener.committed(lastTransactionId, change);
        }
        final var hook = postCommit;
        if (hook != null && !inPostCommit) {
            inPostCommit = true;
            try {
                final var operations = hook.apply(this);
                if (!operations.isEmpty()) {
                    transact(operations);
                }
            } finally {
                inPostCommit = false;
            }
        }
    }

    /**
     * The rows of a table.
     *
     * @param table the table
     * @return its rows by UUID, each with every column and {@code _uuid} and {@code _version}
     */
    public synchronized Map<UUID, OvsdbRow> rows(final String table) {
        return tables.get(table);
    }

    /**
     * The id of the last committed transaction.
     *
     * @return the id
     */
    public synchronized UUID lastTransactionId() {
        return lastTransactionId;
    }

    /**
     * Starts listening, atomically with reading the current contents: no commit falls between the two.
     *
     * @param start reads the contents (every table's rows) and the last transaction id
     * @param listener hears every later commit
     * @param <T> what {@code start} returns
     * @return what {@code start} returned
     */
    synchronized <T> T listen(final Function<Snapshot, T> start, final OvsdbCommitListener listener) {
        final var result = start.apply(new Snapshot(tables, lastTransactionId, this::changesSince));
        listeners.add(listener);
        return result;
    }

    /**
     * Reads the current contents under the database's lock: no commit falls inside {@code read}.
     *
     * @param read reads the contents (every table's rows) and the last transaction id; must not block
     * @param <T> what {@code read} returns
     * @return what {@code read} returned
     */
    synchronized <T> T read(final Function<Snapshot, T> read) {
        return read.apply(new Snapshot(tables, lastTransactionId, this::changesSince));
    }

    /**
     * Calls {@code listener} after every commit (the vswitchd emulation's follow-up ones included), on the committing
     * thread and under the database's lock: it may read the rows, and must not block.
     *
     * @param listener what to call
     */
    public void afterEachCommit(final Runnable listener) {
        listeners.add((transactionId, change) -> listener.run());
    }

    void unlisten(final OvsdbCommitListener listener) {
        listeners.remove(listener);
    }

    /**
     * The combined change of every commit after a transaction.
     *
     * @param transactionId the transaction
     * @return the change (empty if it is the last one), or empty if the history no longer holds it
     */
    private synchronized Optional<OvsdbTableUpdates> changesSince(final UUID transactionId) {
        if (transactionId.equals(lastTransactionId)) {
            return Optional.of(new OvsdbTableUpdates(Map.of()));
        }
        final var combined = new HashMap<String, Map<UUID, OvsdbRowUpdate>>();
        boolean found = false;
        for (var commit : history) {
            if (found) {
                commit.change().tables().forEach((table, rows) -> {
                    final var into = combined.computeIfAbsent(table, unused -> new LinkedHashMap<>());
                    rows.forEach((uuid, update) -> into.merge(uuid, update, (first, then) ->
                        new OvsdbRowUpdate(first.old(), then.current())));
                });
            }
            found |= commit.id().equals(transactionId);
        }
        if (!found) {
            return Optional.empty();
        }
        combined.values().forEach(rows -> rows.values().removeIf(update -> update.old().equals(update.current())));
        return Optional.of(new OvsdbTableUpdates(combined));
    }

    /**
     * The contents when a listener starts.
     *
     * @param tables every table's rows
     * @param lastTransactionId the id of the last commit
     * @param history the combined change since an earlier commit, or empty if it is too old
     */
    record Snapshot(Map<String, Map<UUID, OvsdbRow>> tables, UUID lastTransactionId,
            Function<UUID, Optional<OvsdbTableUpdates>> history) {
    }

    /**
     * Hears commits, on the committing thread, under the database's lock: it must not block.
     */
    @FunctionalInterface
    interface OvsdbCommitListener {
        void committed(UUID transactionId, OvsdbTableUpdates change);
    }
}
