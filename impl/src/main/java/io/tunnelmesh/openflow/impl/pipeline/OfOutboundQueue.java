/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.util.concurrent.ScheduledFuture;
import io.tunnelmesh.openflow.api.connection.OfConnectionClosedException;
import io.tunnelmesh.openflow.api.connection.OfQueueFullException;
import io.tunnelmesh.openflow.api.message.OfMessage;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The bounded queue between callers (any thread) and the channel, batching flushes and applying back-pressure.
 * <pre>
 *   send() --offer--&gt; [ pending, at most capacity ] --drain on the event loop, while the channel is writable--&gt;
 *          full: fails at once with OfQueueFullException         write ... write, flush every N or after T
 * </pre>
 * <ul>
 *   <li><b>Batching:</b> written messages are flushed after {@code flushMessages} of them, or {@code flushDelay}
 *       after the first unflushed one, whichever comes first (a delay of zero flushes at the end of each drain).</li>
 *   <li><b>Back-pressure:</b> draining stops while the channel is not writable (its outbound buffer is above the high
 *       water mark, because the peer does not read) and resumes when it is writable again. Pending messages then
 *       wait here, and when {@code capacity} of them wait, {@link #enqueue} fails fast: a switch that never reads
 *       costs at most the high water mark plus {@code capacity} messages. Failing fast (rather than waiting) keeps
 *       event loop threads and callers from blocking; a caller that wants to wait retries after a delay or a
 *       barrier.</li>
 *   <li><b>Close:</b> when the channel goes inactive, every pending message fails with
 *       {@link OfConnectionClosedException}.</li>
 * </ul>
 * Other stages may still write directly (HELLO, echo replies, errors); those few small messages bypass the queue.
 */
public final class OfOutboundQueue extends ChannelDuplexHandler {
    private record Entry(OfMessage message, CompletableFuture<Void> future) {
        // a queued message and who waits for it
    }

    private final Queue<Entry> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final int capacity;
    private final int flushMessages;
    private final long flushDelayNanos;
    private volatile @Nullable ChannelHandlerContext context;
    private volatile boolean closed;
    private int unflushed;
    private @Nullable ScheduledFuture<?> flushTimer;

    /**
     * A queue.
     *
     * @param capacity the most messages that may wait
     * @param flushMessages flush after this many written messages
     * @param flushDelay flush at the latest this long after the first unflushed message
     */
    public OfOutboundQueue(final int capacity, final int flushMessages, final Duration flushDelay) {
        this.capacity = capacity;
        this.flushMessages = flushMessages;
        this.flushDelayNanos = flushDelay.toNanos();
    }

    /**
     * Queues a message; thread-safe.
     *
     * @param message the message
     * @return completed when the message is written, failed with {@link OfQueueFullException} at once when the queue
     *     is full, with {@link OfConnectionClosedException} when the channel is closed, or with the write's cause
     */
    public CompletableFuture<Void> enqueue(final OfMessage message) {
        final var future = new CompletableFuture<Void>();
        final var ctx = context;
        if (closed || ctx == null) {
            future.completeExceptionally(closedException(message));
            return future;
        }
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            future.completeExceptionally(new OfQueueFullException(capacity));
            return future;
        }
        pending.add(new Entry(message, future));
        if (closed) {
            // closed between the check and the add: nobody else will fail it
            failPending();
            return future;
        }
        if (drainScheduled.compareAndSet(false, true)) {
            try {
                ctx.executor().execute(() -> drain(ctx));
            } catch (RejectedExecutionException e) {
                closed = true;
                failPending();
            }
        }
        return future;
    }

    /**
     * How many messages wait.
     *
     * @return the number of queued, unwritten messages
     */
    public int size() {
        return size.get();
    }

    @Override
    public void handlerAdded(final ChannelHandlerContext ctx) {
        context = ctx;
    }

    @Override
    public void handlerRemoved(final ChannelHandlerContext ctx) {
        close();
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) {
        close();
        ctx.fireChannelInactive();
    }

    @Override
    public void channelWritabilityChanged(final ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            drain(ctx);
        }
        ctx.fireChannelWritabilityChanged();
    }

    private void drain(final ChannelHandlerContext ctx) {
        drainScheduled.set(false);
        if (closed) {
            failPending();
            return;
        }
        final var channel = ctx.channel();
        while (channel.isWritable()) {
            final var entry = pending.poll();
            if (entry == null) {
                break;
            }
            size.decrementAndGet();
            final var future = entry.future();
            ctx.write(entry.message()).addListener(written -> {
                if (written.isSuccess()) {
                    future.complete(null);
                } else {
                    future.completeExceptionally(written.cause());
                }
            });
            if (++unflushed >= flushMessages) {
                flushBatch(ctx);
            }
        }
        if (unflushed > 0) {
            if (!channel.isWritable() || flushDelayNanos == 0) {
                // unwritable with unflushed bytes would never become writable again
                flushBatch(ctx);
            } else if (flushTimer == null) {
                flushTimer = ctx.executor().schedule(() -> flushBatch(ctx), flushDelayNanos, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void flushBatch(final ChannelHandlerContext ctx) {
        final var timer = flushTimer;
        if (timer != null) {
            timer.cancel(false);
            flushTimer = null;
        }
        unflushed = 0;
        ctx.flush();
    }

    private void close() {
        closed = true;
        final var timer = flushTimer;
        if (timer != null) {
            timer.cancel(false);
            flushTimer = null;
        }
        failPending();
    }

    private void failPending() {
        for (var entry = pending.poll(); entry != null; entry = pending.poll()) {
            size.decrementAndGet();
            entry.future().completeExceptionally(closedException(entry.message()));
        }
    }

    private static OfConnectionClosedException closedException(final OfMessage message) {
        return new OfConnectionClosedException("connection closed before " + message.getClass().getSimpleName()
            + " xid " + Integer.toUnsignedString(message.xid()) + " was written");
    }
}
