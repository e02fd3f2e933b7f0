/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.tunnelmesh.openflow.api.OfBytes;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One step of a {@link Scenario}: what it does, how it reads (the file line, or a description), where it comes from
 * ({@code file:line}, for reports) and the name later steps refer to it by ({@code as NAME}).
 *
 * @param text the step as a scenario file writes it
 * @param source {@code file:line}, or {@code null} for a step written in Java
 * @param name the step's name, or {@code null}
 * @param action what the step does
 */
public record ScenarioStep(String text, @Nullable String source, @Nullable String name, Action action) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    /**
     * Checks the name.
     *
     * @throws IllegalArgumentException if the name is not a letter or {@code _} followed by letters, digits,
     *     {@code _} or {@code -}, or names a step that neither sends nor expects a message
     */
    public ScenarioStep {
        Objects.requireNonNull(text);
        Objects.requireNonNull(action);
        if (name != null) {
            if (!isName(name)) {
                throw new IllegalArgumentException("bad step name '" + name + "': a letter or _ first, then letters,"
                    + " digits, _ or -");
            }
            if (!(action instanceof Send || action instanceof SendBytes || action instanceof Expect)) {
                throw new IllegalArgumentException("only a step that sends or expects a message has a name");
            }
        }
    }

    static boolean isName(final String text) {
        return NAME.matcher(text).matches();
    }

    /**
     * This step with a name.
     *
     * @param newName the name
     * @return the step
     */
    public ScenarioStep named(final String newName) {
        return new ScenarioStep(text + " as " + newName, source, newName, action);
    }

    /** What a step does. */
    public sealed interface Action permits Send, SendBytes, Expect, ExpectNothing, ExpectDisconnect, Disconnect,
            Pause {
        // a closed set
    }

    /**
     * Sends a message.
     *
     * @param message the message, made when the step plays
     */
    public record Send(MessageTemplate message) implements Action {
        // Value holder
    }

    /**
     * Sends bytes as they are: malformed input.
     *
     * @param bytes the bytes
     */
    public record SendBytes(OfBytes bytes) implements Action {
        // Value holder
    }

    /**
     * Waits for a message that matches.
     *
     * @param predicate what it must be
     * @param within how long to wait
     * @param skipOthers {@code false}: the next message must match; {@code true}: messages that do not match are
     *     skipped (and listed in a failure report) until one does
     */
    public record Expect(MessagePredicate predicate, Duration within, boolean skipOthers) implements Action {
        // Value holder
    }

    /**
     * Checks that nothing is received for a time.
     *
     * @param time how long
     */
    public record ExpectNothing(Duration time) implements Action {
        // Value holder
    }

    /**
     * Waits for the peer to close the connection; messages before are skipped.
     *
     * @param within how long to wait
     */
    public record ExpectDisconnect(Duration within) implements Action {
        // Value holder
    }

    /** Closes the connection. */
    public record Disconnect() implements Action {
        // Value holder
    }

    /**
     * Waits; what arrives meanwhile stays queued for the next steps.
     *
     * @param time how long
     */
    public record Pause(Duration time) implements Action {
        // Value holder
    }
}
