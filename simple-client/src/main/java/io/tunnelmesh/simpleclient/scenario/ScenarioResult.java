/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import java.time.Duration;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How a scenario ended: every step passed, or one failed, and then exactly which, where it is written, what it
 * expected, what came instead and the last messages received.
 */
public sealed interface ScenarioResult {
    /**
     * The scenario's name.
     *
     * @return the name
     */
    String scenario();

    /**
     * The time from the start (before connecting) to the end.
     *
     * @return the time
     */
    Duration elapsed();

    /**
     * Whether every step passed.
     *
     * @return {@code true} for {@link Passed}
     */
    default boolean passed() {
        return this instanceof Passed;
    }

    /**
     * The result for a person: one line when it passed, the failure report when not.
     *
     * @return the text, lines ending in {@code \n}
     */
    String report();

    /**
     * Every step passed.
     *
     * @param scenario the scenario's name
     * @param steps how many steps
     * @param elapsed the time it took
     */
    record Passed(String scenario, int steps, Duration elapsed) implements ScenarioResult {
        @Override
        public String report() {
            return "PASSED " + scenario + ": " + steps + " steps in " + ScenarioDurations.seconds(elapsed) + "\n";
        }
    }

    /**
     * A step failed; the steps after it did not play.
     *
     * @param scenario the scenario's name
     * @param step the failed step's number, from 1; 0 when the connection could not be made
     * @param stepText the step as a scenario file writes it (or the endpoint, for step 0)
     * @param source {@code file:line}, or {@code null} for a step written in Java
     * @param expected what the step expected
     * @param actual what happened instead
     * @param received the last messages received before the failure (at most 8), oldest first, as JSON
     * @param elapsed the time from the start to the failure
     */
    record Failed(String scenario, int step, String stepText, @Nullable String source, String expected,
            String actual, List<String> received, Duration elapsed) implements ScenarioResult {
        /**
         * Copies the list.
         */
        public Failed {
            received = List.copyOf(received);
        }

        @Override
        public String report() {
            final var sb = new StringBuilder(256).append("FAILED ").append(scenario).append(": ");
            sb.append(step == 0 ? "before the first step" : "step " + step);
            if (source != null) {
                sb.append(" (").append(source).append(')');
            }
            sb.append(": ").append(stepText).append('\n')
                .append("  expected: ").append(expected).append('\n')
                .append("  actual:   ").append(actual).append('\n');
            if (received.isEmpty()) {
                sb.append("  received: nothing\n");
            } else {
                sb.append("  received (last ").append(received.size()).append(", oldest first):\n");
                received.forEach(line -> sb.append("    ").append(line).append('\n'));
            }
            return sb.append("  after ").append(ScenarioDurations.seconds(elapsed)).append('\n').toString();
        }
    }
}
