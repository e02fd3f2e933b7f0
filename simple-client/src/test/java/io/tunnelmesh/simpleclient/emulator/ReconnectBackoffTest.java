/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The reconnection delays: doubling from the minimum, capped at the maximum, jittered into the upper half.
 */
class ReconnectBackoffTest {
    private final ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(10));

    @Test
    void doublesPerAttemptUpToTheMaximum() {
        assertEquals(Duration.ofMillis(100), backoff.delay(1, 1.0));
        assertEquals(Duration.ofMillis(200), backoff.delay(2, 1.0));
        assertEquals(Duration.ofMillis(6400), backoff.delay(7, 1.0));
        assertEquals(Duration.ofSeconds(10), backoff.delay(8, 1.0));
        assertEquals(Duration.ofSeconds(10), backoff.delay(Integer.MAX_VALUE, 1.0));
    }

    @Test
    void jittersIntoTheUpperHalf() {
        assertEquals(Duration.ofMillis(50), backoff.delay(1, 0));
        assertEquals(Duration.ofMillis(75), backoff.delay(1, 0.5));
        assertEquals(Duration.ofSeconds(5), backoff.delay(100, 0));
    }

    @Test
    void treatsAttemptZeroAsTheFirst() {
        assertEquals(backoff.delay(1, 0.3), backoff.delay(0, 0.3));
    }
}
