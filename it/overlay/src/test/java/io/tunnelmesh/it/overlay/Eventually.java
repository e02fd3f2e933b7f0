/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.overlay;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits, with a deadline, for something a daemon makes true (a socket appears, a device comes back).
 */
final class Eventually {
    private static final long POLL_MILLIS = 20;

    /**
     * A check that may run commands.
     */
    @FunctionalInterface
    interface Check {
        /**
         * Whether the awaited state holds.
         *
         * @return true once it does
         * @throws IOException if checking fails for good
         */
        boolean holds() throws IOException;
    }

    private Eventually() {
        // static
    }

    /**
     * Polls every 20 ms until the check holds.
     *
     * @param timeout how long at most
     * @param what what is awaited, for the error
     * @param check the check
     * @throws IOException naming what did not happen, after the timeout, or if the check fails
     */
    static void await(final Duration timeout, final String what, final Check check) throws IOException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IOException(what + ": not within " + timeout);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted waiting for " + what, e);
            }
        }
    }
}
