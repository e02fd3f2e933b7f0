/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.connection;

import io.netty.util.concurrent.EventExecutor;
import io.tunnelmesh.openflow.api.connection.OfConnectionException;
import io.tunnelmesh.openflow.api.connection.OfErrorReplyException;
import io.tunnelmesh.openflow.api.connection.OfMultipartLimitException;
import io.tunnelmesh.openflow.api.connection.OfRequestTimeoutException;
import io.tunnelmesh.openflow.api.message.OfErrorMessage;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartPart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The requests of one connection that wait for their replies, by xid (OpenFlow 1.3.5 section 7.1: a reply carries
 * its request's xid).
 * <pre>
 *   reply with a pending xid          --&gt; completes the request
 *   OFPT_ERROR with a pending xid     --&gt; fails it with OfErrorReplyException (section 7.4.4)
 *   multipart part with a pending xid --&gt; appended; the part without REPLY_MORE completes the list (section 7.3.5)
 *                                         more parts or bytes than allowed: fails it with OfMultipartLimitException
 *   nothing within the timeout        --&gt; fails it with OfRequestTimeoutException
 * </pre>
 * Requests are registered from any thread; replies are matched on the event loop.
 */
final class OfRequestTracker {
    private abstract static sealed class Pending permits Single, Multipart {
        final String type;

        Pending(final String type) {
            this.type = type;
        }

        abstract void fail(Throwable cause);
    }

    private static final class Single extends Pending {
        final CompletableFuture<OfMessage> future;

        Single(final String type, final CompletableFuture<OfMessage> future) {
            super(type);
            this.future = future;
        }

        @Override
        void fail(final Throwable cause) {
            future.completeExceptionally(cause);
        }
    }

    private static final class Multipart<T extends OfMessage & OfMultipartPart> extends Pending {
        final CompletableFuture<List<T>> future;
        final Class<T> partType;
        final List<T> parts = new ArrayList<>();
        long bytes;

        Multipart(final String type, final CompletableFuture<List<T>> future, final Class<T> partType) {
            super(type);
            this.future = future;
            this.partType = partType;
        }

        @Override
        void fail(final Throwable cause) {
            future.completeExceptionally(cause);
        }
    }

    private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();
    private final EventExecutor executor;
    private final Duration timeout;
    private final int maxParts;
    private final long maxBytes;

    OfRequestTracker(final EventExecutor executor, final Duration timeout, final int maxParts, final long maxBytes) {
        this.executor = executor;
        this.timeout = timeout;
        this.maxParts = maxParts;
        this.maxBytes = maxBytes;
    }

    CompletableFuture<OfMessage> expectReply(final OfMessage request) {
        return expectReply(request, timeout);
    }

    CompletableFuture<OfMessage> expectReply(final OfMessage request, final Duration within) {
        final var future = new CompletableFuture<OfMessage>();
        register(request, new Single(typeOf(request), future), future, within);
        return future;
    }

    <T extends OfMessage & OfMultipartPart> CompletableFuture<List<T>> expectParts(final OfMessage request,
            final Class<T> partType) {
        return expectParts(request, partType, timeout);
    }

    <T extends OfMessage & OfMultipartPart> CompletableFuture<List<T>> expectParts(final OfMessage request,
            final Class<T> partType, final Duration within) {
        final var future = new CompletableFuture<List<T>>();
        register(request, new Multipart<>(typeOf(request), future, partType), future, within);
        return future;
    }

    private void register(final OfMessage request, final Pending entry, final CompletableFuture<?> future,
            final Duration within) {
        final int xid = request.xid();
        if (pending.putIfAbsent(xid, entry) != null) {
            future.completeExceptionally(new OfConnectionException("xid " + Integer.toUnsignedString(xid)
                + " is already pending"));
            return;
        }
        final var timer = executor.schedule(() -> {
            if (pending.remove(xid, entry)) {
                entry.fail(new OfRequestTimeoutException(xid, entry.type, within));
            }
        }, within.toNanos(), TimeUnit.NANOSECONDS);
        future.whenComplete((result, cause) -> {
            timer.cancel(false);
            pending.remove(xid, entry);
        });
    }

    /**
     * Fails a request that could not be sent.
     *
     * @param xid the request's xid
     * @param cause why
     */
    void fail(final int xid, final Throwable cause) {
        final var entry = pending.remove(xid);
        if (entry != null) {
            entry.fail(cause);
        }
    }

    /**
     * Matches an inbound message with a pending request.
     *
     * @param message the message
     * @param frameLength its length on the wire
     * @return true if it answered a request (completed, failed or extended it)
     */
    boolean onMessage(final OfMessage message, final int frameLength) {
        final var entry = pending.get(message.xid());
        if (entry == null) {
            return false;
        }
        if (message instanceof OfErrorMessage error) {
            pending.remove(message.xid(), entry);
            entry.fail(new OfErrorReplyException(entry.type, error));
            return true;
        }
        return switch (entry) {
            case Single single -> {
                pending.remove(message.xid(), entry);
                single.future.complete(message);
                yield true;
            }
            case Multipart<?> multipart -> onPart(multipart, message, frameLength);
        };
    }

    private <T extends OfMessage & OfMultipartPart> boolean onPart(final Multipart<T> multipart,
            final OfMessage message, final int frameLength) {
        if (!(message instanceof OfMultipartPart part) || !multipart.partType.isInstance(message)) {
            return false;
        }
        multipart.parts.add(multipart.partType.cast(message));
        multipart.bytes += frameLength;
        if (multipart.parts.size() > maxParts) {
            multipart.fail(new OfMultipartLimitException(multipart.parts.size() + " parts > " + maxParts));
        } else if (multipart.bytes > maxBytes) {
            multipart.fail(new OfMultipartLimitException(multipart.bytes + " bytes > " + maxBytes));
        } else if (!part.more()) {
            multipart.future.complete(List.copyOf(multipart.parts));
        }
        return true;
    }

    /**
     * Fails every pending request, when the connection is gone.
     *
     * @param cause why
     */
    void failAll(final Throwable cause) {
        for (var xid : List.copyOf(pending.keySet())) {
            fail(xid, cause);
        }
    }

    private static String typeOf(final OfMessage message) {
        return message.getClass().getSimpleName();
    }
}
