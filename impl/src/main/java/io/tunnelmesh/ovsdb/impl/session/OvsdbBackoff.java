/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.session;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Capped exponential backoff with jitter: the delay before attempt {@code n} (counting from 0) is drawn uniformly
 * from {@code [d/2, d]} where {@code d = min(initial * 2^n, max)} ("equal jitter"). Half the delay stays fixed, so a
 * node is never hammered; the random half spreads the reconnections of many nodes after the controller (or a
 * network) comes back, so they do not arrive in lockstep.
 *
 * @param initial the delay before the first retry (before jitter)
 * @param max the cap
 */
public record OvsdbBackoff(Duration initial, Duration max) {
    /**
     * A backoff.
     *
     * @throws IllegalArgumentException if a delay is not positive or the cap is below the initial delay
     */
    public OvsdbBackoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial " + initial + " <= max " + max);
        }
    }

    /**
     * The delay before an attempt.
     *
     * @param attempt how many attempts have failed since the last success
     * @param random a uniform draw in {@code [0, 1)}
     * @return the delay
     */
    public Duration delay(final int attempt, final DoubleSupplier random) {
        final long initialNanos = initial.toNanos();
        final long maxNanos = max.toNanos();
        final int shift = Math.min(Math.max(attempt, 0), 62);
        final long ceiling = initialNanos > (maxNanos >> shift) ? maxNanos : Math.min(initialNanos << shift, maxNanos);
        final long half = ceiling / 2;
        return Duration.ofNanos(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
