/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Durations as scenario files write them: a number and a unit, {@code 500ms}, {@code 2s}, {@code 1.5s}, {@code 1m}.
 */
final class ScenarioDurations {
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9}(?:\\.[0-9]{1,3})?)(ms|s|m)");
    private static final long MILLIS_PER_SECOND = 1000;
    private static final long MILLIS_PER_MINUTE = 60_000;

    private ScenarioDurations() {
        // Hidden on purpose
    }

    /**
     * Parses a duration.
     *
     * @param text the duration
     * @return it
     * @throws IllegalArgumentException if it is not one
     */
    static Duration parse(final String text) {
        final var matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("bad duration '" + text + "' (write 500ms, 2s, 1.5s or 1m)");
        }
        final var number = new BigDecimal(matcher.group(1));
        final long unit = switch (matcher.group(2)) {
            case "ms" -> 1;
            case "s" -> MILLIS_PER_SECOND;
            default -> MILLIS_PER_MINUTE;
        };
        return Duration.ofNanos(number.multiply(BigDecimal.valueOf(unit * 1_000_000)).longValue());
    }

    /**
     * A duration in seconds, to the millisecond, for reports.
     *
     * @param duration the duration
     * @return {@code 1.234 s}
     */
    static String seconds(final Duration duration) {
        return String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
    }

    /**
     * Formats a duration as {@link #parse} reads it.
     *
     * @param duration the duration
     * @return {@code 500ms}, {@code 2s}, ...
     */
    static String format(final Duration duration) {
        final long millis = duration.toMillis();
        return millis % MILLIS_PER_SECOND == 0 ? millis / MILLIS_PER_SECOND + "s" : millis + "ms";
    }
}
