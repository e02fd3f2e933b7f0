/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.netty.channel.Channel;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Plays scenarios: connects (or waits for the peer), plays the steps in order, and stops at the first that fails,
 * with a {@link ScenarioResult.Failed} naming it. A step that refers to a step without a message, or sends a
 * message the codecs cannot encode, fails too, with the reason. Runs on the caller's thread; the connection has its
 * own ({@link ScenarioPeer}).
 */
public final class ScenarioRunner {
    /** How long a listening scenario waits for its peer, and a dialing one for the connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final OfCodecRegistry registry;
    private final ScenarioProgress progress;
    private final Duration connectTimeout;

    /**
     * A runner with the standard codecs, telling nobody, waiting 30 s for the connection.
     */
    public ScenarioRunner() {
        this(OpenFlowCodecs.standard(), ScenarioProgress.SILENT, DEFAULT_CONNECT_TIMEOUT);
    }

    /**
     * A runner.
     *
     * @param registry the codecs, which must be those of the peers it plays on
     * @param progress told about each step that passes
     * @param connectTimeout how long to wait for the connection
     */
    public ScenarioRunner(final OfCodecRegistry registry, final ScenarioProgress progress,
            final Duration connectTimeout) {
        this.registry = registry;
        this.progress = progress;
        this.connectTimeout = connectTimeout;
    }

    /**
     * Plays a scenario on the endpoint it names.
     *
     * @param scenario the scenario
     * @return the result
     * @throws IllegalArgumentException if the scenario names no endpoint
     * @throws InterruptedException if interrupted
     */
    public ScenarioResult run(final Scenario scenario) throws InterruptedException {
        final var endpoint = scenario.endpoint();
        if (endpoint == null) {
            throw new IllegalArgumentException("scenario " + scenario.name() + " says neither connect nor listen");
        }
        final long start = System.nanoTime();
        final ScenarioPeer peer;
        try {
            peer = ScenarioPeer.open(endpoint, registry);
        } catch (IOException e) {
            return failedToConnect(scenario, endpoint, e, start);
        }
        try (peer) {
            return run(scenario, peer, start);
        }
    }

    /**
     * Plays a scenario on a peer, whatever endpoint the scenario names.
     *
     * @param scenario the scenario
     * @param peer the connection's side; the caller closes it
     * @return the result
     * @throws InterruptedException if interrupted
     */
    public ScenarioResult run(final Scenario scenario, final ScenarioPeer peer) throws InterruptedException {
        return run(scenario, peer, System.nanoTime());
    }

    private ScenarioResult run(final Scenario scenario, final ScenarioPeer peer, final long start)
            throws InterruptedException {
        peer.answerEchoes(scenario.answerEchoes());
        final Channel channel;
        try {
            channel = peer.connect(connectTimeout);
        } catch (IOException e) {
            return failedToConnect(scenario, peer.endpoint(), e, start);
        }
        final var player = new StepPlayer(channel, peer.inbox(), new ScenarioJson(registry));
        final var steps = scenario.steps();
        for (int i = 0; i < steps.size(); i++) {
            final int number = i + 1;
            final var step = steps.get(i);
            StepPlayer.Failure failure;
            try {
                failure = player.play(number, step);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // a reference to a step without a message, a message the codecs cannot encode
                failure = new StepPlayer.Failure(step.text(), "cannot play the step: " + e.getMessage());
            }
            if (failure != null) {
                return new ScenarioResult.Failed(scenario.name(), number, step.text(), step.source(),
                    failure.expected(), failure.actual(), player.received(), since(start));
            }
            progress.passed(number, step, since(start));
        }
        return new ScenarioResult.Passed(scenario.name(), steps.size(), since(start));
    }

    private static ScenarioResult failedToConnect(final Scenario scenario, final ScenarioEndpoint endpoint,
            final IOException error, final long start) {
        return new ScenarioResult.Failed(scenario.name(), 0, endpoint.toString(), null, "a connection",
            String.valueOf(error.getMessage()), List.of(), since(start));
    }

    private static Duration since(final long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
