/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.tunnelmesh.ovsdb.api.OvsdbConnectionClosedException;
import io.tunnelmesh.ovsdb.api.OvsdbProtocolException;
import io.tunnelmesh.ovsdb.api.OvsdbRpcException;
import io.tunnelmesh.ovsdb.impl.codec.OvsdbErrorCodec;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last stage: one end of a JSON-RPC 1.0 conversation (RFC 7047 section 4).
 *
 * <ul>
 *   <li>Outgoing requests get increasing integer ids; the response with the same id completes the request's future,
 *       with the {@code result}, or with an {@link OvsdbRpcException} for a non-null {@code error}. A request that is
 *       not answered within the timeout fails with a {@link TimeoutException}; all pending requests fail with an
 *       {@link OvsdbConnectionClosedException} when the connection closes, naming the error that closed it if one
 *       did (a TLS alert from the peer, a failed handshake, a framing error).</li>
 *   <li>Cancelling the future of a cancellable request ({@code transact}) sends the {@code cancel} notification
 *       (section 4.1.4) with its id; the server's late answer is dropped quietly.</li>
 *   <li>Incoming {@code echo} requests (section 4.1.11) are answered with their params; requests for any other method
 *       are answered with the error {@code "unknown method"}, as Open vSwitch does; notifications go to the
 *       listener.</li>
 *   <li>A response whose id matches no request ("a response to nothing") is logged and dropped; the conversation
 *       goes on.</li>
 * </ul>
 *
 * <p>Thread-safe: requests may be sent from any thread; responses and timeouts run on the channel's event loop.
 */
public final class JsonRpcEndpoint extends SimpleChannelInboundHandler<JsonRpcMessage> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonRpcEndpoint.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Duration requestTimeout;
    private final Consumer<JsonRpcMessage.Notification> notifications;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final Set<Long> cancelled = ConcurrentHashMap.newKeySet();
    private volatile @Nullable ChannelHandlerContext context;
    private final CompletableFuture<Void> closeFuture = new CompletableFuture<>();
    private volatile boolean closed;
    private volatile @Nullable Throwable closedBy;

    /**
     * An endpoint for one connection.
     *
     * @param requestTimeout how long to wait for each response
     * @param notifications receives the notifications the peer sends, on the event loop
     */
    public JsonRpcEndpoint(final Duration requestTimeout, final Consumer<JsonRpcMessage.Notification> notifications) {
        super(JsonRpcMessage.class);
        this.requestTimeout = requestTimeout;
        this.notifications = notifications;
    }

    /**
     * Sends a request.
     *
     * @param method the method
     * @param params the parameters
     * @param cancellable whether cancelling the returned future sends {@code cancel} for the request
     * @return the {@code result} of the response
     */
    public CompletableFuture<JsonNode> call(final String method, final ArrayNode params, final boolean cancellable) {
        final var future = new CompletableFuture<JsonNode>();
        final var ctx = context;
        if (ctx == null || closed) {
            future.completeExceptionally(new OvsdbConnectionClosedException("the OVSDB connection is closed"));
            return future;
        }
        final long id = ids.incrementAndGet();
        final var request = new Pending(method, future);
        pending.put(id, request);
        request.timeout = ctx.executor().schedule(() -> timeOut(id), requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
        future.whenComplete((result, failure) -> {
            if (failure instanceof CancellationException && pending.remove(id) != null) {
                request.timeout.cancel(false);
                if (cancellable) {
                    cancelled.add(id);
                    notify("cancel", JSON.arrayNode().add(id));
                }
            }
        });
        ctx.channel().writeAndFlush(new JsonRpcMessage.Request(JSON.numberNode(id), method, params))
            .addListener(write -> {
                if (!write.isSuccess() && pending.remove(id) != null) {
                    request.timeout.cancel(false);
                    // a TLS alert from the peer closes the engine before the write: name the alert, not the engine
                    final var cause = closedBy != null ? closedBy : write.cause();
                    future.completeExceptionally(new OvsdbConnectionClosedException("OVSDB connection "
                        + ctx.channel().remoteAddress() + " could not send " + method + ": " + cause, cause));
                }
            });
        return future;
    }

    /**
     * Sends a notification.
     *
     * @param method the method
     * @param params the parameters
     */
    public void notify(final String method, final ArrayNode params) {
        final var ctx = context;
        if (ctx != null && !closed) {
            ctx.channel().writeAndFlush(new JsonRpcMessage.Notification(method, params));
        }
    }

    /**
     * Closes the connection.
     */
    public void close() {
        final var ctx = context;
        if (ctx != null) {
            ctx.channel().close();
        }
    }

    /**
     * The connection's local address: for a TCP connection, the address the peer reached this side at.
     *
     * @return the address, or empty before the endpoint joined a channel or for a channel without one
     */
    public Optional<SocketAddress> localAddress() {
        final var ctx = context;
        return ctx == null ? Optional.empty() : Optional.ofNullable(ctx.channel().localAddress());
    }

    /**
     * Completes when the connection has closed, after every pending request failed.
     *
     * @return the future
     */
    public CompletableFuture<Void> closeFuture() {
        return closeFuture;
    }

    @Override
    public void handlerAdded(final ChannelHandlerContext ctx) {
        context = ctx;
    }

    @Override
    protected void channelRead0(final ChannelHandlerContext ctx, final JsonRpcMessage msg) {
        switch (msg) {
            case JsonRpcMessage.Response response -> respond(ctx, response);
            case JsonRpcMessage.Request request -> answer(ctx, request);
            case JsonRpcMessage.Notification notification -> notifications.accept(notification);
        }
    }

    private void answer(final ChannelHandlerContext ctx, final JsonRpcMessage.Request request) {
        final JsonRpcMessage.Response response;
        if ("echo".equals(request.method())) {
            response = new JsonRpcMessage.Response(request.id(), request.params(), NullNode.getInstance());
        } else {
            LOG.debug("OVSDB connection {}: unknown method {}", ctx.channel().remoteAddress(), request.method());
            response = new JsonRpcMessage.Response(request.id(), NullNode.getInstance(),
                JSON.textNode("unknown method"));
        }
        ctx.writeAndFlush(response);
    }

    private void respond(final ChannelHandlerContext ctx, final JsonRpcMessage.Response response) {
        final var id = response.id();
        final var request = id.isIntegralNumber() && id.canConvertToLong() ? pending.remove(id.longValue()) : null;
        if (request == null) {
            if (id.canConvertToLong() && cancelled.remove(id.longValue())) {
                LOG.debug("OVSDB connection {}: response to cancelled request {}", ctx.channel().remoteAddress(), id);
            } else {
                LOG.warn("OVSDB connection {}: dropping a response to nothing (id {})", ctx.channel().remoteAddress(),
                    id);
            }
            return;
        }
        request.timeout.cancel(false);
        if (!response.isError()) {
            request.future.complete(response.result());
            return;
        }
        try {
            request.future.completeExceptionally(new OvsdbRpcException(request.method,
                OvsdbErrorCodec.decode(response.error())));
        } catch (OvsdbProtocolException e) {
            request.future.completeExceptionally(e);
        }
    }

    private void timeOut(final long id) {
        final var request = pending.remove(id);
        if (request != null) {
            request.future.completeExceptionally(new TimeoutException("no response to " + request.method + " (id "
                + id + ") within " + requestTimeout));
        }
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) throws Exception {
        closed = true;
        for (var id : pending.keySet()) {
            final var request = pending.remove(id);
            if (request != null) {
                request.timeout.cancel(false);
                final var message = "OVSDB connection " + ctx.channel().remoteAddress()
                    + " closed before the response to " + request.method;
                final var cause = closedBy;
                request.future.completeExceptionally(cause == null ? new OvsdbConnectionClosedException(message)
                    : new OvsdbConnectionClosedException(message + ": " + cause, cause));
            }
        }
        closeFuture.complete(null);
        super.channelInactive(ctx);
    }

    @Override
    public void userEventTriggered(final ChannelHandlerContext ctx, final Object event) throws Exception {
        if (event instanceof SslHandshakeCompletionEvent handshake && !handshake.isSuccess() && closedBy == null) {
            // the TLS handler closes the connection itself
            closedBy = handshake.cause();
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
        LOG.warn("OVSDB connection {}: closing after an error", ctx.channel().remoteAddress(), cause);
        if (closedBy == null) {
            // a TLS alert reaches us wrapped by the decoder that read it
            closedBy = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        }
        ctx.close();
    }

    private static final class Pending {
        final String method;
        final CompletableFuture<JsonNode> future;
        volatile Future<?> timeout = CompletableFuture.completedFuture(null);

        Pending(final String method, final CompletableFuture<JsonNode> future) {
            this.method = method;
            this.future = future;
        }
    }
}
