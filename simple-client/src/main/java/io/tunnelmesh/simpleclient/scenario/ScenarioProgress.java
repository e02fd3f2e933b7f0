/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import java.time.Duration;

/**
 * Told about each step as it passes, on the runner's thread: the command line prints them.
 */
@FunctionalInterface
public interface ScenarioProgress {
    /** Tells nobody. */
    ScenarioProgress SILENT = (number, step, elapsed) -> { };

    /**
     * A step passed.
     *
     * @param number the step's number, from 1
     * @param step the step
     * @param elapsed the time since the scenario started
     */
    void passed(int number, ScenarioStep step, Duration elapsed);
}
