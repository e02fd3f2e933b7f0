/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * A log for what a peer can cause at will (malformed frames, refused handshakes): at most {@code permits} lines per
 * interval, then silence, then one line saying how many were suppressed. It takes strings only, so no stack trace
 * ever reaches the log from bad input: a peer cannot fill the disk. Thread-safe; one instance per provider.
 */
public final class OfRateLimitedLog {
    private final int permits;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Consumer<String> sink;
    private long windowStart;
    private int used;
    private long suppressed;

    /**
     * A log with an explicit clock and sink, for tests.
     *
     * @param permits lines allowed per interval
     * @param interval the interval
     * @param nanoClock a monotonic clock in nanoseconds
     * @param sink where lines go
     */
    public OfRateLimitedLog(final int permits, final Duration interval, final LongSupplier nanoClock,
            final Consumer<String> sink) {
        this.permits = permits;
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
        this.sink = sink;
        this.windowStart = nanoClock.getAsLong();
    }

    /**
     * A log writing warnings to a logger, 10 lines per second.
     *
     * @param logger the logger
     * @return the log
     */
    public static OfRateLimitedLog of(final Logger logger) {
        return new OfRateLimitedLog(10, Duration.ofSeconds(1), System::nanoTime, logger::warn);
    }

    /**
     * Logs a line unless the interval's permits are used up.
     *
     * @param line the line; callers pass {@code exception.toString()}, never the exception
     */
    public void warn(final String line) {
        final String pending;
        synchronized (this) {
            final long now = nanoClock.getAsLong();
            long dropped = 0;
            if (now - windowStart >= intervalNanos) {
                windowStart = now;
                used = 0;
                dropped = suppressed;
                suppressed = 0;
            }
            if (used >= permits) {
                suppressed++;
                return;
            }
            used++;
            pending = dropped == 0 ? line : line + " (" + dropped + " similar lines suppressed)";
        }
        sink.accept(pending);
    }
}
