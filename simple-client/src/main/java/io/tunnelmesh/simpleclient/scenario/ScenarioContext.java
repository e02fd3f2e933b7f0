/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a scenario has exchanged so far, for the steps that refer to it: the message each step sent or matched, by
 * step number (counted from 1, as reports print them) and by the step's name. A step that sends a reply takes the
 * xid of the request a previous step matched from here ({@code xid=$req}); a predicate checks that a reply carries
 * the xid of a message a previous step sent. Used by one runner thread.
 */
public final class ScenarioContext {
    private final Map<Integer, ScenarioMessage> byStep = new HashMap<>();
    private final Map<String, Integer> names = new HashMap<>();
    private int nextXid = 1;

    /**
     * The message a step sent or matched.
     *
     * @param step the step's number, from 1
     * @return the message
     * @throws IllegalStateException if that step has none (yet)
     */
    public ScenarioMessage step(final int step) {
        final var message = byStep.get(step);
        if (message == null) {
            throw new IllegalStateException("step " + step + " has no message");
        }
        return message;
    }

    /**
     * The message the step with a name sent or matched.
     *
     * @param name the step's name ({@code as NAME})
     * @return the message
     * @throws IllegalStateException if no step has the name, or it has no message (yet)
     */
    public ScenarioMessage named(final String name) {
        final var step = names.get(name);
        if (step == null) {
            throw new IllegalStateException("no step named '" + name + "' has a message");
        }
        return step(step);
    }

    /**
     * The xid of the message the step with a name sent or matched, for a reply.
     *
     * @param name the step's name
     * @return the xid
     * @throws IllegalStateException if no step has the name, or it has no message (yet)
     */
    public int xid(final String name) {
        return (int) named(name).xid();
    }

    /**
     * A fresh transaction id for a message sent without one: 1, 2, 3, ... per run.
     *
     * @return the xid
     */
    public int nextXid() {
        return nextXid++;
    }

    /**
     * The message of a step named, or numbered when {@code step} is digits.
     *
     * @param step a name or a number
     * @return the message
     */
    ScenarioMessage message(final String step) {
        return !step.isEmpty() && step.chars().allMatch(Character::isDigit) ? step(Integer.parseInt(step))
            : named(step);
    }

    void record(final int step, final @Nullable String name, final ScenarioMessage message) {
        byStep.put(step, message);
        if (name != null) {
            names.put(name, step);
        }
    }
}
