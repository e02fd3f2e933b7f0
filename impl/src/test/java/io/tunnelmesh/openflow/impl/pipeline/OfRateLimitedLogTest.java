/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The rate-limited log: bounded lines per interval, then a count of what was suppressed.
 */
class OfRateLimitedLogTest {
    @Test
    void linesBeyondThePermitsAreCountedAndReportedInTheNextInterval() {
        final var clock = new AtomicLong();
        final var lines = new ArrayList<String>();
        final var log = new OfRateLimitedLog(2, Duration.ofSeconds(1), clock::get, lines::add);
        for (int i = 0; i < 1000; i++) {
            log.warn("bad frame " + i);
        }
        assertEquals(List.of("bad frame 0", "bad frame 1"), lines);
        clock.addAndGet(Duration.ofMillis(999).toNanos());
        log.warn("still suppressed");
        assertEquals(2, lines.size());
        clock.addAndGet(Duration.ofMillis(1).toNanos());
        log.warn("next window");
        assertEquals("next window (999 similar lines suppressed)", lines.get(2));
        log.warn("again");
        assertEquals(List.of("bad frame 0", "bad frame 1", "next window (999 similar lines suppressed)", "again"),
            lines);
    }
}
