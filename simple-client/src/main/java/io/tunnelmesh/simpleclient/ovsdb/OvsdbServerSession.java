/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import io.tunnelmesh.ovsdb.api.OvsdbError;
import io.tunnelmesh.ovsdb.api.monitor.OvsdbTableUpdates;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbWait;
import io.tunnelmesh.ovsdb.impl.codec.OvsdbErrorCodec;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcEndpoint;
import io.tunnelmesh.ovsdb.impl.jsonrpc.JsonRpcMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The server's side of one connection (RFC 7047 section 4.1), placed before the {@link JsonRpcEndpoint}: it answers
 * {@code list_dbs}, {@code get_schema}, {@code transact} (a blocked {@code wait} is retried after every commit until
 * its timeout; {@code cancel} answers it with {@code "canceled"}), {@code monitor}, {@code monitor_cond},
 * {@code monitor_cond_since}, {@code monitor_cond_change}, {@code monitor_cancel}, {@code lock}, {@code steal} and
 * {@code unlock}, and sends {@code update}, {@code update2}, {@code update3}, {@code locked} and {@code stolen}.
 * Everything else goes on to the endpoint, which answers {@code echo}, refuses unknown methods, and carries the
 * server's own requests ({@link #echo()}).
 */
public final class OvsdbServerSession extends ChannelInboundHandlerAdapter implements OvsdbLockTable.Waiter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OvsdbEmulatedDatabase database;
    private final OvsdbLockTable locks;
    private final JsonRpcEndpoint endpoint;
    private final Map<JsonNode, Listening> monitors = new ConcurrentHashMap<>();
    private final Map<JsonNode, Blocked> blocked = new LinkedHashMap<>();
    private final OvsdbEmulatedDatabase.OvsdbCommitListener retry = (id, change) -> retryBlocked();
    private final Set<String> lockNames = ConcurrentHashMap.newKeySet();
    private volatile @Nullable ChannelHandlerContext context;

    /** A monitor, the method that started it, and its listener on the database. */
    private record Listening(OvsdbMonitor monitor, String method,
            OvsdbEmulatedDatabase.OvsdbCommitListener listener) {
    }

    /** A transaction waiting for its {@code wait} to hold. */
    private record Blocked(JsonRpcMessage.Request request, ScheduledFuture<?> timeout) {
    }

    OvsdbServerSession(final OvsdbEmulatedDatabase database, final OvsdbLockTable locks,
            final JsonRpcEndpoint endpoint) {
        this.database = database;
        this.locks = locks;
        this.endpoint = endpoint;
    }

    /**
     * Sends {@code echo} to the client (section 4.1.11), as {@code ovsdb-server}'s inactivity probe does.
     *
     * @return the client's answer
     */
    public CompletableFuture<JsonNode> echo() {
        return endpoint.call("echo", JSON.arrayNode().add("tunnelmesh-emulator"), false);
    }

    @Override
    public void handlerAdded(final ChannelHandlerContext ctx) {
        context = ctx;
    }

    @Override
    public void channelActive(final ChannelHandlerContext ctx) throws Exception {
        database.listen(snapshot -> null, retry);
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) throws Exception {
        database.unlisten(retry);
        monitors.values().forEach(listening -> database.unlisten(listening.listener()));
        monitors.clear();
        blocked.values().forEach(each -> each.timeout().cancel(false));
        blocked.clear();
        lockNames.forEach(lock -> locks.unlock(lock, this));
        super.channelInactive(ctx);
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (msg instanceof JsonRpcMessage.Request request && answer(ctx, request)) {
            return;
        }
        if (msg instanceof JsonRpcMessage.Notification notification && "cancel".equals(notification.method())) {
            final var cancelled = blocked.remove(notification.params().path(0));
            if (cancelled != null) {
                cancelled.timeout().cancel(false);
                respondError(ctx, cancelled.request(), OvsdbError.of("canceled"));
            }
            return;
        }
        ctx.fireChannelRead(msg);
    }

    private boolean answer(final ChannelHandlerContext ctx, final JsonRpcMessage.Request request) {
        final var params = request.params();
        switch (request.method()) {
            case "list_dbs" -> respond(ctx, request, JSON.arrayNode().add(database.name()));
            case "get_schema" -> {
                if (knownDatabase(ctx, request)) {
                    respond(ctx, request, database.schemaJson());
                }
            }
            case "transact" -> {
                if (knownDatabase(ctx, request)) {
                    transact(ctx, request);
                }
            }
            case "monitor", "monitor_cond", "monitor_cond_since" -> {
                if (knownDatabase(ctx, request)) {
                    monitor(ctx, request);
                }
            }
            case "monitor_cond_change" -> changeConditions(ctx, request);
            case "monitor_cancel" -> {
                final var listening = monitors.remove(params.path(0));
                if (listening == null) {
                    respondError(ctx, request, OvsdbError.of("unknown monitor"));
                } else {
                    database.unlisten(listening.listener());
                    respond(ctx, request, JSON.objectNode());
                }
            }
            case "lock", "steal", "unlock" -> lock(ctx, request);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean knownDatabase(final ChannelHandlerContext ctx, final JsonRpcMessage.Request request) {
        if (database.name().equals(request.params().path(0).textValue())) {
            return true;
        }
        respondError(ctx, request, new OvsdbError("unknown database", Optional.of("no database named "
            + request.params().path(0))));
        return false;
    }

    private void transact(final ChannelHandlerContext ctx, final JsonRpcMessage.Request request) {
        final var timeout = attempt(ctx, request, true);
        if (timeout.isPresent() && !blocked.containsKey(request.id())) {
            final var expiry = ctx.executor().schedule(() -> {
                if (blocked.remove(request.id()) != null) {
                    attempt(ctx, request, false);
                }
            }, Math.min(timeout.getAsLong(), TimeUnit.DAYS.toMillis(1)), TimeUnit.MILLISECONDS);
            blocked.put(request.id(), new Blocked(request, expiry));
        }
    }

    /**
     * Runs a transaction and answers it, unless a {@code wait} blocks it.
     *
     * @return empty if answered, else the shortest timeout of its waits, in milliseconds
     */
    private OptionalLong attempt(final ChannelHandlerContext ctx, final JsonRpcMessage.Request request,
            final boolean mayBlock) {
        final var params = request.params();
        final var operations = new ArrayList<OvsdbOperation>();
        Optional<OvsdbError> undecodable = Optional.empty();
        long timeout = Long.MAX_VALUE;
        for (int i = 1; i < params.size(); i++) {
            try {
                final var operation = OvsdbRequestDecoder.decodeOperation(params.get(i), database.schema());
                if (operation instanceof OvsdbWait wait) {
                    timeout = Math.min(timeout, wait.timeoutMillis().orElse(Long.MAX_VALUE));
                }
                operations.add(operation);
            } catch (OvsdbOperationFailure e) {
                undecodable = Optional.of(e.error());
                break;
            }
        }
        final var result = database.transact(operations, undecodable, lock -> locks.holds(lock, this), mayBlock);
        if (result.isEmpty()) {
            return OptionalLong.of(timeout);
        }
        respond(ctx, request, OvsdbTransactResultEncoder.encode(result.orElseThrow(), params.size() - 1));
        return OptionalLong.empty();
    }

    private void retryBlocked() {
        final var ctx = context;
        if (ctx != null) {
            ctx.executor().execute(() -> {
                for (var each : List.copyOf(blocked.values())) {
                    if (blocked.containsKey(each.request().id()) && attempt(ctx, each.request(), true).isEmpty()) {
                        blocked.remove(each.request().id());
                        each.timeout().cancel(false);
                    }
                }
            });
        }
    }

    private void monitor(final ChannelHandlerContext ctx, final JsonRpcMessage.Request request) {
        final var method = request.method();
        final var params = request.params();
        final var id = params.path(1);
        if (monitors.containsKey(id)) {
            respondError(ctx, request, OvsdbError.of("duplicate monitor ID"));
            return;
        }
        final OvsdbMonitor monitor;
        try {
            monitor = new OvsdbMonitor(id, !"monitor".equals(method),
                OvsdbRequestDecoder.decodeMonitorRequests(params.path(2), database.schema()), database.schema());
        } catch (OvsdbOperationFailure e) {
            respondError(ctx, request, e.error());
            return;
        }
        final OvsdbEmulatedDatabase.OvsdbCommitListener listener = switch (method) {
            case "monitor" -> (txn, change) -> send(monitor, "update", null, change);
            case "monitor_cond" -> (txn, change) -> send(monitor, "update2", null, change);
            default -> (txn, change) -> send(monitor, "update3", txn, change);
        };
        monitors.put(id, new Listening(monitor, method, listener));
        database.listen(snapshot -> {
            if (!"monitor_cond_since".equals(method)) {
                respond(ctx, request, monitor.initial(snapshot.tables()));
                return null;
            }
            final var since = parseUuid(params.path(3).textValue());
            final var history = since.flatMap(snapshot.history());
            final var reply = JSON.arrayNode().add(history.isPresent())
                .add(snapshot.lastTransactionId().toString());
            reply.add(history.isPresent() ? monitor.changes(history.orElseThrow())
                : monitor.initial(snapshot.tables()));
            respond(ctx, request, reply);
            return null;
        }, listener);
    }

    /**
     * {@code monitor_cond_change} ({@code ovsdb-server(7)}): params {@code [<json-value>, <json-value>,
     * <monitor-cond-update-requests>]}, the monitor's id, its new id and the new conditions. As in
     * {@code ovsdb-server}, the update with the rows that enter and leave goes out first, under the new id, then the
     * {@code null} result. Like {@code ovsdb-server} 3.1, it also answers for a plain {@code monitor}, which takes
     * the new id and goes on watching every row.
     */
    private void changeConditions(final ChannelHandlerContext ctx, final JsonRpcMessage.Request request) {
        final var params = request.params();
        final var id = params.path(0);
        final var newId = params.path(1);
        final var listening = monitors.get(id);
        if (params.size() != 3 || listening == null) {
            respondError(ctx, request, new OvsdbError("syntax error", Optional.of("unknown monitor session")));
            return;
        }
        if (!newId.equals(id) && monitors.containsKey(newId)) {
            respondError(ctx, request, OvsdbError.of("duplicate monitor ID"));
            return;
        }
        final Map<String, List<OvsdbCondition>> where;
        try {
            where = OvsdbRequestDecoder.decodeConditionChanges(params.path(2), database.schema());
        } catch (OvsdbOperationFailure e) {
            respondError(ctx, request, e.error());
            return;
        }
        final Optional<OvsdbError> failed = database.read(snapshot -> {
            final ObjectNode updates;
            try {
                // a plain monitor has no conditions: it only takes the new id
                updates = listening.monitor().changeConditions(newId, "monitor".equals(listening.method()) ? Map.of()
                    : where, snapshot.tables());
            } catch (OvsdbOperationFailure e) {
                return Optional.of(e.error());
            }
            monitors.remove(id);
            monitors.put(newId, listening);
            if (!updates.isEmpty()) {
                final ArrayNode notification = JSON.arrayNode().add(newId);
                if ("monitor_cond_since".equals(listening.method())) {
                    notification.add(snapshot.lastTransactionId().toString());
                }
                endpoint.notify(switch (listening.method()) {
                    case "monitor" -> "update";
                    case "monitor_cond" -> "update2";
                    default -> "update3";
                }, notification.add(updates));
            }
            return Optional.empty();
        });
        if (failed.isPresent()) {
            respondError(ctx, request, failed.orElseThrow());
        } else {
            respond(ctx, request, NullNode.getInstance());
        }
    }

    private static Optional<UUID> parseUuid(final @Nullable String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void send(final OvsdbMonitor monitor, final String method, final @Nullable UUID txn,
            final OvsdbTableUpdates change) {
        final var updates = monitor.changes(change);
        if (updates.isEmpty()) {
            return;
        }
        final ArrayNode params = JSON.arrayNode().add(monitor.id());
        if (txn != null) {
            params.add(txn.toString());
        }
        endpoint.notify(method, params.add(updates));
    }

    private void lock(final ChannelHandlerContext ctx, final JsonRpcMessage.Request request) {
        final var name = request.params().path(0).textValue();
        if (name == null) {
            respondError(ctx, request, new OvsdbError("syntax error", Optional.of("a lock's name is a string")));
            return;
        }
        switch (request.method()) {
            case "lock" -> {
                if (locks.waits(name, this)) {
                    respondError(ctx, request, new OvsdbError("syntax error",
                        Optional.of("must issue \"unlock\" before \"lock\"")));
                    return;
                }
                lockNames.add(name);
                respond(ctx, request, JSON.objectNode().put("locked", locks.lock(name, this)));
            }
            case "steal" -> {
                lockNames.add(name);
                locks.steal(name, this);
                respond(ctx, request, JSON.objectNode().put("locked", true));
            }
            default -> {
                lockNames.remove(name);
                if (locks.unlock(name, this)) {
                    respond(ctx, request, JSON.objectNode());
                } else {
                    respondError(ctx, request, new OvsdbError("syntax error",
                        Optional.of("\"unlock\" without \"lock\" or \"steal\"")));
                }
            }
        }
    }

    @Override
    public void locked(final String lock) {
        endpoint.notify("locked", JSON.arrayNode().add(lock));
    }

    @Override
    public void stolen(final String lock) {
        endpoint.notify("stolen", JSON.arrayNode().add(lock));
    }

    private static void respond(final ChannelHandlerContext ctx, final JsonRpcMessage.Request request,
            final JsonNode result) {
        ctx.writeAndFlush(new JsonRpcMessage.Response(request.id(), result, NullNode.getInstance()));
    }

    private static void respondError(final ChannelHandlerContext ctx, final JsonRpcMessage.Request request,
            final OvsdbError error) {
        ctx.writeAndFlush(new JsonRpcMessage.Response(request.id(), NullNode.getInstance(),
            OvsdbErrorCodec.encode(error)));
    }
}
