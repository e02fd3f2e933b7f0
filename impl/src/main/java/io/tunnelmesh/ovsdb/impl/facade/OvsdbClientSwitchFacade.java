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
import static io.tunnelmesh.ovsdb.impl.facade.OvsdbRowValues.uuid;

import io.tunnelmesh.ovsdb.api.OvsdbClient;
import io.tunnelmesh.ovsdb.api.OvsdbTransactionException;
import io.tunnelmesh.ovsdb.api.facade.OvsdbBridgeSpec;
import io.tunnelmesh.ovsdb.api.facade.OvsdbInterfaceState;
import io.tunnelmesh.ovsdb.api.facade.OvsdbSwitchFacade;
import io.tunnelmesh.ovsdb.api.facade.OvsdbSwitchInfo;
import io.tunnelmesh.ovsdb.api.facade.OvsdbTunnelPortSpec;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.operation.OvsdbComment;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperationResult;
import io.tunnelmesh.ovsdb.api.operation.OvsdbSelect;
import io.tunnelmesh.ovsdb.api.schema.OvsdbDatabaseSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@link OvsdbSwitchFacade} over one connection: each call reads the rows it concerns in one {@code select}
 * transaction, lets {@link OvsdbSwitchPlanner} decide, and sends the plan, if any, as one transaction ending in a
 * {@code comment} that names the call (it shows in {@code ovsdb-server}'s log and {@code ovsdb-tool show-log}).
 */
public final class OvsdbClientSwitchFacade implements OvsdbSwitchFacade {
    private final OvsdbClient client;
    private final OvsdbDatabaseSchema schema;

    /**
     * A facade.
     *
     * @param client the connection
     * @param schema the {@code Open_vSwitch} database's schema on it
     */
    public OvsdbClientSwitchFacade(final OvsdbClient client, final OvsdbDatabaseSchema schema) {
        this.client = client;
        this.schema = schema;
    }

    @Override
    public CompletableFuture<Boolean> ensureBridge(final OvsdbBridgeSpec bridge) {
        return select(
            new OvsdbSelect("Bridge", List.of(OvsdbCondition.nameIs(bridge.name())), Optional.of(List.of("_uuid",
                "datapath_type", "fail_mode", "protocols", "controller", "other_config"))),
            new OvsdbSelect("Controller", List.of(), Optional.of(List.of("_uuid", "target"))))
            .thenCompose(rows -> {
                final var targets = new HashMap<UUID, String>();
                rows.get(1).forEach(row -> targets.put(uuid(row), string(row, "target").orElse("")));
                return commit("ensure bridge " + bridge.name(), OvsdbSwitchPlanner.planBridge(bridge,
                    rows.get(0).stream().findFirst(), targets));
            });
    }

    @Override
    public CompletableFuture<Boolean> ensureTunnelPorts(final List<OvsdbTunnelPortSpec> ports) {
        return select(
            new OvsdbSelect("Bridge", List.of(), Optional.of(List.of("_uuid", "name"))),
            new OvsdbSelect("Interface", List.of(), Optional.of(List.of("_uuid", "name", "type", "options"))))
            .thenCompose(rows -> commit("ensure " + ports.size() + " tunnel port(s)",
                OvsdbSwitchPlanner.planTunnelPorts(ports, byName(rows.get(0)), byName(rows.get(1)))));
    }

    @Override
    public CompletableFuture<Boolean> removeTunnelPort(final String bridge, final String port) {
        return select(
            new OvsdbSelect("Bridge", List.of(OvsdbCondition.nameIs(bridge)), Optional.of(List.of("_uuid", "name",
                "ports"))),
            new OvsdbSelect("Port", List.of(OvsdbCondition.nameIs(port)), Optional.of(List.of("_uuid"))))
            .thenCompose(rows -> commit("remove port " + port + " from " + bridge, OvsdbSwitchPlanner.planPortRemoval(
                rows.get(0).stream().findFirst(), rows.get(1).stream().findFirst())));
    }

    @Override
    public CompletableFuture<OvsdbSwitchInfo> switchInfo() {
        return select(new OvsdbSelect("Open_vSwitch", List.of(), Optional.of(List.of("ovs_version", "iface_types",
            "datapath_types")))).thenApply(rows -> {
                final var row = rows.get(0).stream().findFirst().orElseThrow(() -> new CompletionException(
                    new IllegalStateException("the Open_vSwitch table has no row: the database is not initialised")));
                return new OvsdbSwitchInfo(string(row, "ovs_version"), strings(row, "iface_types"),
                    strings(row, "datapath_types"));
            });
    }

    @Override
    public CompletableFuture<Optional<String>> datapathId(final String bridge) {
        return select(new OvsdbSelect("Bridge", List.of(OvsdbCondition.nameIs(bridge)),
            Optional.of(List.of("datapath_id"))))
            .thenApply(rows -> rows.get(0).stream().findFirst().flatMap(row -> string(row, "datapath_id")));
    }

    @Override
    public CompletableFuture<Map<String, OvsdbInterfaceState>> interfaces() {
        return select(new OvsdbSelect("Interface", List.of(), Optional.of(List.of("name", "ofport", "error"))))
            .thenApply(rows -> {
                final var states = new HashMap<String, OvsdbInterfaceState>();
                for (var row : rows.get(0)) {
                    final var name = string(row, "name").orElse("");
                    states.put(name, new OvsdbInterfaceState(name, integer(row, "ofport"), string(row, "error")));
                }
                return Map.copyOf(states);
            });
    }

    private static Map<String, OvsdbRow> byName(final List<OvsdbRow> rows) {
        final var result = new HashMap<String, OvsdbRow>();
        rows.forEach(row -> result.put(string(row, "name").orElse(""), row));
        return result;
    }

    /** One read-only transaction of selects; the rows of each, in order. */
    private CompletableFuture<List<List<OvsdbRow>>> select(final OvsdbSelect... selects) {
        return client.transact(schema, List.of(selects)).thenApply(result -> {
            final var failure = result.failure();
            if (failure.isPresent()) {
                throw new CompletionException(new OvsdbTransactionException("read", failure.orElseThrow()));
            }
            final var rows = new ArrayList<List<OvsdbRow>>();
            result.results().forEach(one -> rows.add(((OvsdbOperationResult.Selected) one).rows()));
            return rows;
        });
    }

    private CompletableFuture<Boolean> commit(final String what, final List<OvsdbOperation> plan) {
        if (plan.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        final var operations = new ArrayList<>(plan);
        operations.add(new OvsdbComment("tunnelmesh: " + what));
        return client.transact(schema, operations).thenApply(result -> {
            final var failure = result.failure();
            if (failure.isPresent()) {
                throw new CompletionException(new OvsdbTransactionException(what, failure.orElseThrow()));
            }
            return true;
        });
    }
}
