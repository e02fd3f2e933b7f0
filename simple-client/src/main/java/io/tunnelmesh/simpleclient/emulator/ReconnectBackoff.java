/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import java.time.Duration;

/**
 * How long a switch waits before dialing again: exponential from {@code min}, doubling per failed attempt up to
 * {@code max}, with jitter so that switches dropped together (a controller restart) do not come back together:
 * <pre>
 *   attempt n:  base = min(max, min * 2^(n-1));  delay = base/2 + random * base/2
 * </pre>
 * A switch that completes a handshake starts again from attempt 1. Pure: the random number comes in.
 *
 * @param min the base of the first attempt
 * @param max the largest base
 */
record ReconnectBackoff(Duration min, Duration max) {
    private static final int MAX_DOUBLINGS = 30;

    /**
     * The delay before an attempt.
     *
     * @param attempt the attempt, 1 for the first after a success
     * @param random a number from 0 to 1
     * @return the delay
     */
    Duration delay(final int attempt, final double random) {
        final long minNanos = min.toNanos();
        final long maxNanos = max.toNanos();
        final int doublings = Math.min(Math.max(attempt, 1) - 1, MAX_DOUBLINGS);
        final long base = minNanos > maxNanos >> doublings ? maxNanos : Math.min(maxNanos, minNanos << doublings);
        final long half = base / 2;
        return Duration.ofNanos(half + (long) (random * (base - half)));
    }
}
