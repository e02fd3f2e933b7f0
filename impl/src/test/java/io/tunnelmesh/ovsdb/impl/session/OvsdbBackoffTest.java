/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OvsdbBackoffTest {
    private final OvsdbBackoff backoff = new OvsdbBackoff(Duration.ofMillis(100), Duration.ofSeconds(2));

    @Test
    void doublesPerAttemptUpToTheCap() {
        assertEquals(Duration.ofMillis(100), backoff.delay(0, () -> 1.0));
        assertEquals(Duration.ofMillis(200), backoff.delay(1, () -> 1.0));
        assertEquals(Duration.ofMillis(1600), backoff.delay(4, () -> 1.0));
        assertEquals(Duration.ofSeconds(2), backoff.delay(5, () -> 1.0));
        assertEquals(Duration.ofSeconds(2), backoff.delay(1_000, () -> 1.0), "no overflow after many attempts");
    }

    @Test
    void jitterStaysInTheUpperHalf() {
        assertEquals(Duration.ofMillis(50), backoff.delay(0, () -> 0.0));
        assertEquals(Duration.ofMillis(75), backoff.delay(0, () -> 0.5));
        assertEquals(Duration.ofSeconds(1), backoff.delay(30, () -> 0.0));
    }

    @Test
    void refusesACapBelowTheInitialDelay() {
        assertThrows(IllegalArgumentException.class, () -> new OvsdbBackoff(Duration.ofSeconds(2),
            Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new OvsdbBackoff(Duration.ZERO, Duration.ofSeconds(1)));
    }
}
