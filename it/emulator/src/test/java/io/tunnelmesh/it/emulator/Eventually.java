/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.emulator;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for something another thread makes true (a handshake, a disconnect), polling every 10 ms.
 */
final class Eventually {
    private static final long POLL_MILLIS = 10;

    private Eventually() {
        // static
    }

    /**
     * Waits until the condition holds.
     *
     * @param timeout how long at most
     * @param condition what must become true
     * @param state what to say when it does not
     * @throws AssertionError naming the state, after the timeout
     * @throws InterruptedException if interrupted while waiting
     */
    static void await(final Duration timeout, final BooleanSupplier condition, final Supplier<String> state)
            throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not after " + timeout + ": " + state.get());
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
    }
}
