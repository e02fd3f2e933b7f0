/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfExperimenterError;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfPortDesc;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixtures: switches with numbered ports, a clock the test moves, addresses.
 */
final class TestSwitches {
    /** The tunnel port of {@link #withTunnel()}. */
    static final int TUNNEL_PORT = 10;

    private TestSwitches() {
        // Hidden on purpose
    }

    /**
     * A clock that stands still until the test moves it.
     */
    static final class TestClock implements InstantSource {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(final Duration duration) {
            now = now.plus(duration);
        }
    }

    static OfPortDesc port(final int number, final String name) {
        return new OfPortDesc(number, new MacAddress(0xaa55aa550000L + (number & 0xffff)), name, 0,
            SwitchPort.STATE_LIVE, 0, 0, 0, 0, 0, 0);
    }

    static OfPortDesc downPort(final int number, final String name) {
        return new OfPortDesc(number, new MacAddress(0xaa55aa550000L + (number & 0xffff)), name, 0,
            SwitchPort.STATE_LINK_DOWN, 0, 0, 0, 0, 0, 0);
    }

    /** Ports 1 to 5 and LOCAL. */
    static List<SwitchPort> ports() {
        final var ports = new ArrayList<SwitchPort>();
        for (int number = 1; number <= 5; number++) {
            ports.add(SwitchPort.of(port(number, "p" + number)));
        }
        ports.add(SwitchPort.of(port(OfActionOutput.LOCAL, "br0")));
        return ports;
    }

    /** Ports 1 to 5, LOCAL and a flow-based tunnel port 10. */
    static List<SwitchPort> withTunnel() {
        final var ports = new ArrayList<>(ports());
        ports.add(SwitchPort.flowBasedTunnel(port(TUNNEL_PORT, "vx1")));
        return ports;
    }

    static SwitchState switchState(final TestClock clock) {
        return new SwitchState(ports(), clock, RequestBytes.NONE);
    }

    static SwitchState switchState() {
        return switchState(new TestClock());
    }

    static Inet4Address ipv4(final String text) {
        try {
            return (Inet4Address) InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static MacAddress mac(final int last) {
        return new MacAddress(0x020000000000L + last);
    }

    /** The standard error code of a single error answer. */
    static OfErrorCode errorOf(final List<OfMessage> answer) {
        if (answer.size() != 1 || !(answer.get(0) instanceof OfError error)) {
            throw new AssertionError("expected one OFPT_ERROR, got " + answer);
        }
        return error.error();
    }

    /** The ONF experimenter code of an experimenter error. */
    static int onfCodeOf(final OfMessage message) {
        if (!(message instanceof OfExperimenterError error)
                || error.error().experimenter() != OnfErrorCodes.ONF_EXPERIMENTER) {
            throw new AssertionError("expected an ONF experimenter error, got " + message);
        }
        return error.error().code();
    }
}
