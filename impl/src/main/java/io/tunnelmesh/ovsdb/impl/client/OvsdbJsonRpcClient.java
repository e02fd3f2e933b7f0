/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.netty.channel.ChannelPipeline;
import io.tunnelmesh.ovsdb.api.OvsdbClient;
import io.tunnelmesh.ovsdb.api.OvsdbLockListener;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
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
import io.tunnelmesh.ovsdb.impl.codec.OvsdbMonitorCodec;
import io.tunnelmesh.ovsdb.impl.codec.OvsdbOperationEncoder;
import io.tunnelmesh.ovsdb.impl.codec.OvsdbSchemaDecoder;
import io.tunnelmesh.ovsdb.impl.codec.OvsdbTransactDecoder;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcEndpoint;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcPipelineStage;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link OvsdbClient} over a {@link JsonRpcEndpoint}: each method encodes its params, sends the request and decodes
 * the result into the API's values (RFC 7047 section 4.1). Monitors get ids {@code tm-1}, {@code tm-2}, ... and are
 * registered with the {@link OvsdbNotificationRouter} before their request leaves, so no update can overtake them.
 */
public final class OvsdbJsonRpcClient implements OvsdbClient {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The {@code last-txn-id} that asks {@code monitor_cond_since} for everything. */
    private static final UUID NO_TRANSACTION = new UUID(0, 0);

    private final JsonRpcEndpoint endpoint;
    private final OvsdbNotificationRouter router;
    private final AtomicLong monitorIds = new AtomicLong();

    OvsdbJsonRpcClient(final JsonRpcEndpoint endpoint, final OvsdbNotificationRouter router) {
        this.endpoint = endpoint;
        this.router = router;
    }

    /**
     * Adds the JSON-RPC stages to a pipeline (after any TLS handler) and returns the client speaking through them:
     * for a channel set up elsewhere, such as a test's {@code EmbeddedChannel}.
     *
     * @param pipeline the pipeline
     * @param config how the connection behaves
     * @return the client
     */
    public static OvsdbJsonRpcClient install(final ChannelPipeline pipeline, final OvsdbClientConfig config) {
        final var router = new OvsdbNotificationRouter();
        final var endpoint = new JsonRpcEndpoint(config.requestTimeout(), router);
        JsonRpcPipelineStage.addStages(pipeline, config.maxMessageBytes(), config.inactivityProbe(), endpoint);
        return new OvsdbJsonRpcClient(endpoint, router);
    }

    @Override
    public CompletableFuture<List<String>> listDbs() {
        return call("list_dbs", JSON.arrayNode(), false, () -> { }, json -> {
            final var names = new ArrayList<String>();
            for (var name : array(json, "list_dbs result")) {
                if (!name.isTextual()) {
                    throw new OvsdbProtocolException("list_dbs result holds a non-string: " + name);
                }
                names.add(name.textValue());
            }
            return List.copyOf(names);
        });
    }

    @Override
    public CompletableFuture<OvsdbDatabaseSchema> getSchema(final String database) {
        return call("get_schema", JSON.arrayNode().add(database), false, () -> { }, OvsdbSchemaDecoder::decode);
    }

    @Override
    public CompletableFuture<OvsdbTransactResult> transact(final OvsdbDatabaseSchema schema,
            final List<OvsdbOperation> operations) {
        final var copy = List.copyOf(operations);
        final var problem = OvsdbOperationCheck.check(schema, copy);
        if (problem.isPresent()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(problem.orElseThrow()));
        }
        return call("transact", OvsdbOperationEncoder.encodeTransact(schema.name(), copy), true, () -> { },
            json -> OvsdbTransactDecoder.decode(json, copy, schema));
    }

    @Override
    public CompletableFuture<OvsdbMonitorStarted<OvsdbTableUpdates>> monitor(final OvsdbDatabaseSchema schema,
            final List<OvsdbMonitorRequest> requests, final OvsdbMonitorListener<OvsdbTableUpdates> listener) {
        final var id = nextMonitorId();
        router.addMonitor(id, new OvsdbNotificationRouter.Route("update",
            params -> listener.onUpdate(OvsdbMonitorCodec.decodeUpdates(param(params, 1, 2), schema))));
        final var params = JSON.arrayNode().add(schema.name()).add(id)
            .add(OvsdbMonitorCodec.encodeRequests(requests, false));
        return call("monitor", params, false, () -> router.removeMonitor(id),
            json -> new OvsdbMonitorStarted<>(new OvsdbMonitorId(id), OvsdbMonitorCodec.decodeUpdates(json, schema)));
    }

    @Override
    public CompletableFuture<OvsdbMonitorStarted<OvsdbTableUpdates2>> monitorCond(final OvsdbDatabaseSchema schema,
            final List<OvsdbMonitorRequest> requests, final OvsdbMonitorListener<OvsdbTableUpdates2> listener) {
        final var id = nextMonitorId();
        router.addMonitor(id, new OvsdbNotificationRouter.Route("update2",
            params -> listener.onUpdate(OvsdbMonitorCodec.decodeUpdates2(param(params, 1, 2), schema))));
        final var params = JSON.arrayNode().add(schema.name()).add(id)
            .add(OvsdbMonitorCodec.encodeRequests(requests, true));
        return call("monitor_cond", params, false, () -> router.removeMonitor(id),
            json -> new OvsdbMonitorStarted<>(new OvsdbMonitorId(id), OvsdbMonitorCodec.decodeUpdates2(json, schema)));
    }

    @Override
    public CompletableFuture<OvsdbMonitorStarted<OvsdbMonitorSince>> monitorCondSince(
            final OvsdbDatabaseSchema schema, final List<OvsdbMonitorRequest> requests,
            final Optional<UUID> lastTransactionId, final OvsdbMonitorListener<OvsdbUpdate3> listener) {
        final var id = nextMonitorId();
        router.addMonitor(id, new OvsdbNotificationRouter.Route("update3", params -> listener.onUpdate(
            OvsdbMonitorCodec.decodeUpdate3(param(params, 1, 3), param(params, 2, 3), schema))));
        final var params = JSON.arrayNode().add(schema.name()).add(id)
            .add(OvsdbMonitorCodec.encodeRequests(requests, true))
            .add(lastTransactionId.orElse(NO_TRANSACTION).toString());
        return call("monitor_cond_since", params, false, () -> router.removeMonitor(id),
            json -> new OvsdbMonitorStarted<>(new OvsdbMonitorId(id), OvsdbMonitorCodec.decodeSince(json, schema)));
    }

    @Override
    public CompletableFuture<OvsdbMonitorId> monitorCondChange(final OvsdbMonitorId id,
            final Map<String, List<OvsdbCondition>> where) {
        final var newId = nextMonitorId();
        // the update that the change causes comes before the reply, under the new id
        if (!router.aliasMonitor(id.value(), newId)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no monitor " + id.value()
                + " on this connection"));
        }
        final var params = JSON.arrayNode().add(id.value()).add(newId)
            .add(OvsdbMonitorCodec.encodeConditionChanges(where));
        return call("monitor_cond_change", params, false, () -> router.removeMonitor(newId), json -> {
            router.removeMonitor(id.value());
            return new OvsdbMonitorId(newId);
        });
    }

    @Override
    public CompletableFuture<Void> monitorCancel(final OvsdbMonitorId id) {
        return call("monitor_cancel", JSON.arrayNode().add(id.value()), false, () -> { }, json -> {
            router.removeMonitor(id.value());
            return null;
        });
    }

    @Override
    public CompletableFuture<Boolean> lock(final String lockId, final OvsdbLockListener listener) {
        router.addLock(lockId, listener);
        return call("lock", JSON.arrayNode().add(lockId), false, () -> router.removeLock(lockId),
            OvsdbJsonRpcClient::locked);
    }

    @Override
    public CompletableFuture<Void> steal(final String lockId, final OvsdbLockListener listener) {
        router.addLock(lockId, listener);
        return call("steal", JSON.arrayNode().add(lockId), false, () -> router.removeLock(lockId), json -> {
            if (!locked(json)) {
                throw new OvsdbProtocolException("steal did not lock " + lockId);
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> unlock(final String lockId) {
        return call("unlock", JSON.arrayNode().add(lockId), false, () -> { }, json -> {
            router.removeLock(lockId);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> echo() {
        final var params = JSON.arrayNode().add("tunnelmesh");
        return call("echo", params, false, () -> { }, json -> {
            if (!params.equals(json)) {
                throw new OvsdbProtocolException("echo answered " + json + " to " + params);
            }
            return null;
        });
    }

    @Override
    public void close() {
        endpoint.close();
    }

    @Override
    public Optional<InetSocketAddress> localAddress() {
        return endpoint.localAddress().filter(InetSocketAddress.class::isInstance).map(InetSocketAddress.class::cast);
    }

    /**
     * Completes when the connection has closed, for whichever reason: {@link #close()}, the peer, an unanswered
     * inactivity probe, a framing error.
     *
     * @return the future
     */
    public CompletableFuture<Void> closeFuture() {
        return endpoint.closeFuture();
    }

    private String nextMonitorId() {
        return "tm-" + monitorIds.incrementAndGet();
    }

    /**
     * Sends a request and decodes its result; a failure (of the request or the decoding) runs {@code onFailure}
     * first. Cancelling the returned future cancels the request.
     */
    private <T> CompletableFuture<T> call(final String method, final ArrayNode params, final boolean cancellable,
            final Runnable onFailure, final ResultDecoder<T> decoder) {
        final var response = endpoint.call(method, params, cancellable);
        final var result = new CompletableFuture<T>();
        response.whenComplete((json, failure) -> {
            if (failure != null) {
                onFailure.run();
                result.completeExceptionally(failure);
                return;
            }
            try {
                result.complete(decoder.decode(json));
            } catch (OvsdbProtocolException e) {
                onFailure.run();
                result.completeExceptionally(new OvsdbProtocolException(method + ": " + e.getMessage(), e));
            }
        });
        result.whenComplete((ignored, failure) -> {
            if (failure instanceof CancellationException) {
                response.cancel(false);
            }
        });
        return result;
    }

    private static boolean locked(final JsonNode json) throws OvsdbProtocolException {
        final var locked = json.get("locked");
        if (locked == null || !locked.isBoolean()) {
            throw new OvsdbProtocolException("a lock result must be {\"locked\": <boolean>}, not " + json);
        }
        return locked.booleanValue();
    }

    private static JsonNode array(final JsonNode json, final String what) throws OvsdbProtocolException {
        if (!json.isArray()) {
            throw new OvsdbProtocolException(what + " must be an array, not " + json);
        }
        return json;
    }

    private static JsonNode param(final ArrayNode params, final int index, final int count)
            throws OvsdbProtocolException {
        if (params.size() != count) {
            throw new OvsdbProtocolException("expected " + count + " params, not " + params.size());
        }
        return params.get(index);
    }

    /**
     * Decodes a result.
     */
    @FunctionalInterface
    private interface ResultDecoder<T> {
        T decode(JsonNode json) throws OvsdbProtocolException;
    }
}
