/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A script for one OpenFlow connection, played by a {@link ScenarioRunner}: an ordered list of named steps, played
 * as a switch or as a controller, like okhttp's scripted mock peer ("send this, expect that, play, then verify"):
 * <pre>
 *   Scenario scenario = Scenario.asController("flow then barrier")
 *       .handshake()
 *       .send(flowMod)
 *       .send(OfBarrierRequest.of(9)).as("barrier")
 *       .expect(MessagePredicate.type(OfBarrierReply.class).and(MessagePredicate.sameXidAs("barrier")))
 *       .build();
 * </pre>
 * A scenario file ({@link ScenarioFile}) reads into the same thing.
 *
 * @param name the scenario's name, for reports
 * @param role the side it plays
 * @param endpoint where its connection comes from, or {@code null} for the runner's caller to say
 * @param answerEchoes whether {@code ECHO_REQUEST}s are answered automatically and kept out of the steps' way
 * @param steps the steps, in order
 */
public record Scenario(String name, ScenarioRole role, @Nullable ScenarioEndpoint endpoint, boolean answerEchoes,
        List<ScenarioStep> steps) {
    /** How long {@code expect} waits unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * Copies the steps.
     */
    public Scenario {
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
        steps = List.copyOf(steps);
    }

    /**
     * Starts a scenario played as a controller.
     *
     * @param name its name
     * @return a builder
     */
    public static Builder asController(final String name) {
        return new Builder(name, ScenarioRole.CONTROLLER);
    }

    /**
     * Starts a scenario played as a switch.
     *
     * @param name its name
     * @return a builder
     */
    public static Builder asSwitch(final String name) {
        return new Builder(name, ScenarioRole.SWITCH);
    }

    /**
     * Builds a scenario step by step. Not thread-safe.
     */
    public static final class Builder {
        /** {@code OFPC_FLOW_STATS | TABLE_STATS | PORT_STATS | GROUP_STATS | QUEUE_STATS}, as Open vSwitch. */
        private static final int CAPABILITIES = 0x4f;
        private static final int TABLES = 254;

        private final String name;
        private final ScenarioRole role;
        private final List<ScenarioStep> steps = new ArrayList<>();
        private final HashSet<String> names = new HashSet<>();
        private @Nullable ScenarioEndpoint endpoint;
        private boolean answerEchoes;
        private Duration timeout = DEFAULT_TIMEOUT;
        private List<OfVersion> versions = List.of(OfVersion.OF13);
        private @Nullable String source;

        private Builder(final String name, final ScenarioRole role) {
            this.name = name;
            this.role = role;
        }

        /**
         * Where the connection comes from; the runner's caller may give it instead.
         *
         * @param value the endpoint
         * @return this
         */
        public Builder endpoint(final ScenarioEndpoint value) {
            endpoint = value;
            return this;
        }

        /**
         * Answers {@code ECHO_REQUEST}s automatically; steps never see them.
         *
         * @return this
         */
        public Builder answerEchoes() {
            answerEchoes = true;
            return this;
        }

        /**
         * How long the {@code expect} steps added after this wait; 5 s unless set.
         *
         * @param value the time
         * @return this
         */
        public Builder timeout(final Duration value) {
            timeout = value;
            return this;
        }

        /**
         * The versions the handshake helpers offer and accept; OpenFlow 1.3 unless set.
         *
         * @param values the versions
         * @return this
         */
        public Builder versions(final OfVersion... values) {
            versions = List.of(values);
            return this;
        }

        /**
         * Adds a step.
         *
         * @param step the step
         * @return this
         * @throws IllegalArgumentException if its name is taken
         */
        public Builder step(final ScenarioStep step) {
            final var stepName = step.name();
            if (stepName != null && !names.add(stepName)) {
                throw new IllegalArgumentException("two steps are named '" + stepName + "'");
            }
            steps.add(step.source() == null && source != null
                ? new ScenarioStep(step.text(), source, stepName, step.action()) : step);
            return this;
        }

        /**
         * Where the steps added from now on are written, for reports: a scenario file's {@code file:line}.
         *
         * @param value the place, or {@code null}
         * @return this
         */
        Builder source(final @Nullable String value) {
            source = value;
            return this;
        }

        /**
         * How many steps there are so far: the number of the last one.
         *
         * @return the count
         */
        int size() {
            return steps.size();
        }

        /**
         * Names the last step, for later steps to refer to its message.
         *
         * @param stepName the name
         * @return this
         * @throws IllegalStateException if there is no step yet
         * @throws IllegalArgumentException if the name is taken or malformed, or the step has no message
         */
        public Builder as(final String stepName) {
            if (steps.isEmpty()) {
                throw new IllegalStateException("no step to name");
            }
            final var last = steps.removeLast();
            return step(last.named(stepName));
        }

        /**
         * Sends a message.
         *
         * @param message the message
         * @return this
         */
        public Builder send(final OfMessage message) {
            return step(new ScenarioStep("send " + message.getClass().getSimpleName() + " xid="
                + Integer.toUnsignedString(message.xid()), null, null, new ScenarioStep.Send(context -> message)));
        }

        /**
         * Sends a message made when the step plays, from what earlier steps received.
         *
         * @param description what it sends, for reports
         * @param message the message
         * @return this
         */
        public Builder send(final String description, final MessageTemplate message) {
            return step(new ScenarioStep("send " + description, null, null, new ScenarioStep.Send(message)));
        }

        /**
         * Sends bytes as they are, which need not be a valid message.
         *
         * @param hex the bytes in hex; whitespace is ignored
         * @return this
         */
        public Builder sendHex(final String hex) {
            final var bytes = OfBytes.ofHex(hex);
            return step(new ScenarioStep("send hex " + bytes.toHex(), null, null, new ScenarioStep.SendBytes(bytes)));
        }

        /**
         * Expects the next message to match, within the timeout.
         *
         * @param predicate what it must be
         * @return this
         */
        public Builder expect(final MessagePredicate predicate) {
            return step(new ScenarioStep("expect " + predicate.description(), null, null,
                new ScenarioStep.Expect(predicate, timeout, false)));
        }

        /**
         * Expects a matching message within a time; others before it are skipped.
         *
         * @param within the time
         * @param predicate what it must be
         * @return this
         */
        public Builder expectWithin(final Duration within, final MessagePredicate predicate) {
            return step(new ScenarioStep("expect-within " + ScenarioDurations.format(within) + " "
                + predicate.description(), null, null, new ScenarioStep.Expect(predicate, within, true)));
        }

        /**
         * Expects no message for a time.
         *
         * @param time the time
         * @return this
         */
        public Builder expectNothing(final Duration time) {
            return step(new ScenarioStep("expect-nothing " + ScenarioDurations.format(time), null, null,
                new ScenarioStep.ExpectNothing(time)));
        }

        /**
         * Expects the peer to close the connection within a time.
         *
         * @param within the time
         * @return this
         */
        public Builder expectDisconnect(final Duration within) {
            return step(new ScenarioStep("expect-disconnect " + ScenarioDurations.format(within), null, null,
                new ScenarioStep.ExpectDisconnect(within)));
        }

        /**
         * Closes the connection.
         *
         * @return this
         */
        public Builder disconnect() {
            return step(new ScenarioStep("disconnect", null, null, new ScenarioStep.Disconnect()));
        }

        /**
         * Waits.
         *
         * @param time the time
         * @return this
         */
        public Builder pause(final Duration time) {
            return step(new ScenarioStep("wait " + ScenarioDurations.format(time), null, null,
                new ScenarioStep.Pause(time)));
        }

        /**
         * Sends a {@code HELLO} offering the versions (OpenFlow 1.3.5 section 6.3.1).
         *
         * @return this
         */
        public Builder hello() {
            final var offered = versions.toArray(OfVersion[]::new);
            return step(new ScenarioStep("send hello versions=" + versionList(), null, null,
                new ScenarioStep.Send(context -> OfHello.offering(context.nextXid(), offered))));
        }

        /**
         * Expects a {@code HELLO} with a version in common with ours.
         *
         * @return this
         */
        public Builder expectHello() {
            return expect(MessagePredicate.helloCompatibleWith(versions));
        }

        /**
         * The handshake of the scenario's role (OpenFlow 1.3.5 sections 6.3.1, 7.3.1): {@code HELLO} both ways,
         * then a controller sends {@code FEATURES_REQUEST} and expects the reply with its xid, and a switch expects
         * the request and answers it with an OpenFlow 1.3 {@code FEATURES_REPLY} (254 tables, no buffers, Open
         * vSwitch's statistics capabilities).
         *
         * @param datapathId a switch's datapath id (ignored by a controller)
         * @return this
         */
        public Builder handshake(final long datapathId) {
            hello();
            expectHello();
            final int request = steps.size() + 1;
            final var version = Collections.max(versions);
            if (role == ScenarioRole.CONTROLLER) {
                send("features_request", context -> new OfFeaturesRequest(version, context.nextXid()));
                return expect(MessagePredicate.type("features_reply").and(MessagePredicate.sameXidAs(request)));
            }
            expect(MessagePredicate.type("features_request"));
            return send("features_reply xid=$" + request + " datapath_id=" + Long.toUnsignedString(datapathId),
                context -> new OfFeaturesReply((int) context.step(request).xid(), datapathId, 0, TABLES, 0,
                    CAPABILITIES, 0));
        }

        /**
         * The handshake of a controller, or of a switch with datapath id 1.
         *
         * @return this
         */
        public Builder handshake() {
            return handshake(1);
        }

        private String versionList() {
            return String.join(",", versions.stream().map(SendShorthands::label).toList());
        }

        /**
         * The scenario.
         *
         * @return it
         */
        public Scenario build() {
            return new Scenario(name, role, endpoint, answerEchoes, steps);
        }
    }
}
