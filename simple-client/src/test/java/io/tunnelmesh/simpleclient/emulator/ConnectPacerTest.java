/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The dial pacer against a clock the test moves: dials per second, the burst cap after idleness, order.
 */
class ConnectPacerTest {
    private long now = 1_000_000_000L;
    private final AtomicInteger dialed = new AtomicInteger();

    private void advanceMillis(final long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void dialsAtMostTheRatePerSecond() {
        final var pacer = new ConnectPacer(1000, () -> now);
        for (int i = 0; i < 5000; i++) {
            pacer.submit(dialed::incrementAndGet);
        }
        // one token to begin with
        pacer.tick();
        assertEquals(1, dialed.get());
        for (int tick = 0; tick < 100; tick++) {
            advanceMillis(ConnectPacer.TICK_MILLIS);
            pacer.tick();
        }
        // one second at 1000 per second, plus the first token
        assertEquals(1001, dialed.get());
        assertEquals(3999, pacer.queued());
    }

    @Test
    void aLateTickCatchesUpOnlyUpToTheBurst() {
        final var pacer = new ConnectPacer(1000, () -> now);
        for (int i = 0; i < 5000; i++) {
            pacer.submit(dialed::incrementAndGet);
        }
        pacer.tick();
        advanceMillis(10_000);
        pacer.tick();
        // 50 ms worth at 1000/s
        assertEquals(1 + 50, dialed.get());
    }

    @Test
    void aSlowRateStillDials() {
        final var pacer = new ConnectPacer(1, () -> now);
        pacer.submit(dialed::incrementAndGet);
        pacer.submit(dialed::incrementAndGet);
        pacer.tick();
        assertEquals(1, dialed.get());
        advanceMillis(500);
        pacer.tick();
        assertEquals(1, dialed.get());
        advanceMillis(500);
        pacer.tick();
        assertEquals(2, dialed.get());
    }

    @Test
    void dialsInOrderAndForgetsOnStop() {
        final var pacer = new ConnectPacer(1_000_000, () -> now);
        final var order = new StringBuilder();
        pacer.submit(() -> order.append('a'));
        pacer.submit(() -> order.append('b'));
        advanceMillis(1);
        pacer.tick();
        assertEquals("ab", order.toString());
        pacer.submit(() -> order.append('c'));
        pacer.stop();
        advanceMillis(1);
        pacer.tick();
        assertEquals("ab", order.toString());
        assertEquals(0, pacer.queued());
    }
}
