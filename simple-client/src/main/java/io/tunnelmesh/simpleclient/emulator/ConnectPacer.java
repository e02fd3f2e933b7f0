/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Paces the connection attempts of a whole fleet to at most {@code rate} per second, so that ten thousand switches
 * starting (or coming back after a controller restart) fill neither the controller's accept queue nor the kernel's
 * SYN backlog. A token bucket refilled every {@value #TICK_MILLIS} ms on one event loop; tokens left unused
 * accumulate for at most {@value #BURST_MILLIS} ms, so a late tick catches up a little and an idle pacer does not
 * save up a burst.
 * <pre>
 *   submit(dial) --&gt; [ queue ] --tick: while tokens &gt;= 1--&gt; dial.run()
 * </pre>
 * Thread-safe: submit from anywhere; dials run on the pacer's event loop and must not block.
 */
final class ConnectPacer {
    /** The refill period. */
    static final long TICK_MILLIS = 10;
    /** The most time's worth of tokens the bucket holds. */
    static final long BURST_MILLIS = 50;

    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final double ratePerNano;
    private final double burst;
    private final LongSupplier nanoClock;
    private @Nullable ScheduledFuture<?> ticker;
    private double tokens;
    private long last;

    /**
     * A pacer; nothing runs until {@link #start}.
     *
     * @param rate the most dials per second
     * @param nanoClock a monotonic clock
     */
    ConnectPacer(final int rate, final LongSupplier nanoClock) {
        this.ratePerNano = rate / 1e9;
        this.burst = Math.max(1.0, rate * BURST_MILLIS / 1000.0);
        this.nanoClock = nanoClock;
        this.last = nanoClock.getAsLong();
        this.tokens = 1;
    }

    /**
     * Starts ticking.
     *
     * @param executor where the ticks and the dials run
     */
    void start(final EventExecutor executor) {
        last = nanoClock.getAsLong();
        ticker = executor.scheduleAtFixedRate(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Queues a dial.
     *
     * @param dial what to run when its turn comes
     */
    void submit(final Runnable dial) {
        queued.incrementAndGet();
        queue.add(dial);
    }

    /**
     * How many dials wait.
     *
     * @return the number
     */
    int queued() {
        return queued.get();
    }

    /**
     * Stops ticking and forgets the dials that wait.
     */
    void stop() {
        final var current = ticker;
        if (current != null) {
            current.cancel(false);
        }
        queue.clear();
        queued.set(0);
    }

    /**
     * One refill; runs as many dials as there are whole tokens. Package-private for tests.
     */
    void tick() {
        final long now = nanoClock.getAsLong();
        tokens = Math.min(burst, tokens + (now - last) * ratePerNano);
        last = now;
        while (tokens >= 1) {
            final Runnable dial = queue.poll();
            if (dial == null) {
                break;
            }
            queued.decrementAndGet();
            tokens -= 1;
            dial.run();
        }
    }
}
