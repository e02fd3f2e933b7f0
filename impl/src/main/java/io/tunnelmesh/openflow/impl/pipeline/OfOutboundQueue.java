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
import java.util.List;
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
    /** A queued message or batch, how many messages it counts for, and who waits for it. */
    private record Entry(Object message, int count, CompletableFuture<Void> future) {
        String describe() {
            return message instanceof OfMessage single ? single.getClass().getSimpleName() + " xid "
                + Integer.toUnsignedString(single.xid()) : message.toString();
        }
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
        return offer(message, 1);
    }

    /**
     * Queues messages to be written as one unit ({@link OfMessageBatch}): one entry here, one write, one buffer.
     * Every message counts against the capacity.
     *
     * @param messages the messages, in order
     * @return completes once all are written; fails as {@link #enqueue} does, and when one of them cannot be encoded
     *     (then none is written)
     */
    public CompletableFuture<Void> enqueueAll(final List<? extends OfMessage> messages) {
        return switch (messages.size()) {
            case 0 -> CompletableFuture.completedFuture(null);
            case 1 -> offer(messages.getFirst(), 1);
            default -> offer(new OfMessageBatch(List.copyOf(messages)), messages.size());
        };
    }

    private CompletableFuture<Void> offer(final Object message, final int count) {
        final var future = new CompletableFuture<Void>();
        final var entry = new Entry(message, count, future);
        final var ctx = context;
        if (closed || ctx == null) {
            future.completeExceptionally(closedException(entry));
            return future;
        }
        if (size.addAndGet(count) > capacity) {
            size.addAndGet(-count);
            future.completeExceptionally(new OfQueueFullException(capacity));
            return future;
        }
        pending.add(entry);
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
            size.addAndGet(-entry.count());
            final var future = entry.future();
            ctx.write(entry.message()).addListener(written -> {
                if (written.isSuccess()) {
                    future.complete(null);
                } else {
                    future.completeExceptionally(written.cause());
                }
            });
            unflushed += entry.count();
            if (unflushed >= flushMessages) {
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
            size.addAndGet(-entry.count());
            entry.future().completeExceptionally(closedException(entry));
        }
    }

    private static OfConnectionClosedException closedException(final Entry entry) {
        return new OfConnectionClosedException("connection closed before " + entry.describe() + " was written");
    }
}
