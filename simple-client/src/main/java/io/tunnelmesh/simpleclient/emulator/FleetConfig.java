/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.tunnelmesh.openflow.api.OfVersion;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link SwitchFleet} emulates and how its switches reach a controller. Immutable; build one with
 * {@link #builder()}.
 *
 * <p>Switch number {@code n} (1 to {@code switches}) has datapath id {@code datapathIdBase + n - 1} and the ports
 * {@link PortPlan#ports(int)} gives it. Each switch has its own connection:
 * <ul>
 *   <li>{@link Active}: it dials the controller, as {@code ovs-vsctl set-controller br tcp:HOST:PORT} makes Open
 *       vSwitch do; dials are paced at {@code connectRate} per second so that thousands of switches do not flood the
 *       controller's accept queue, and a switch whose connection fails or ends dials again after an exponential
 *       backoff from {@code reconnectMin} to {@code reconnectMax};</li>
 *   <li>{@link Passive}: it listens on {@code basePort + n - 1} and takes the connections controllers open, as
 *       {@code ptcp:PORT} makes Open vSwitch do (base port 0: every switch gets a free port of the kernel's
 *       choosing).</li>
 * </ul>
 *
 * @param switches how many switches, at least 1
 * @param datapathIdBase the datapath id of switch 1
 * @param ports the ports of every switch
 * @param versions the OpenFlow versions the switches offer in their HELLO (OpenFlow 1.3.5 section 6.3.1)
 * @param mode active (dial a controller) or passive (listen)
 * @param transport TCP, TLS or UDP (UDP only in active mode: the library dials no UDP switch)
 * @param connectRate the most connection attempts per second, over the whole fleet
 * @param reconnectMin the first delay before dialing again
 * @param reconnectMax the longest delay before dialing again
 * @param echoInterval how long a connection may be silent before the switch sends an {@code ECHO_REQUEST}
 * @param echoTimeout how long the switch waits for the {@code ECHO_REPLY} before it disconnects
 * @param helloTimeout how long the switch waits for the controller's {@code HELLO} before it disconnects
 * @param threads the event loop threads all switches share
 * @param tables the {@code n_tables} the switches announce in their features
 */
public record FleetConfig(int switches, long datapathIdBase, PortPlan ports, List<OfVersion> versions, Mode mode,
        SwitchTransport transport, int connectRate, Duration reconnectMin, Duration reconnectMax,
        Duration echoInterval, Duration echoTimeout, Duration helloTimeout, int threads, int tables) {
    /** The versions the emulator speaks. */
    public static final List<OfVersion> SUPPORTED_VERSIONS = List.of(OfVersion.OF10, OfVersion.OF13);
    private static final int MAX_PORT = 0xffff;

    /**
     * How the switches reach a controller.
     */
    public sealed interface Mode {
        // Active, passive or managed
    }

    /**
     * Every switch dials where it is told ({@link EmulatedSwitch#retarget}), as {@code ovs-vswitchd} dials the
     * {@code controller} of its bridge's OVSDB row: nowhere until then, and again whenever that changes.
     */
    public record Managed() implements Mode {
    }

    /**
     * Every switch dials the controller.
     *
     * @param controller the controller's address
     */
    public record Active(InetSocketAddress controller) implements Mode {
        /**
         * Checks the address.
         */
        public Active {
            Objects.requireNonNull(controller);
        }
    }

    /**
     * Every switch listens for controllers.
     *
     * @param address the address to listen on
     * @param basePort the port of switch 1, the others follow; 0 for a free port each
     */
    public record Passive(InetAddress address, int basePort) implements Mode {
        /**
         * Checks the port.
         */
        public Passive {
            Objects.requireNonNull(address);
            if (basePort < 0 || basePort > MAX_PORT) {
                throw new IllegalArgumentException("listen port " + basePort + " is not 0 to 65535");
            }
        }

        /**
         * The port switch {@code number} listens on.
         *
         * @param number the switch number, 1-based
         * @return the port, 0 for a free one
         */
        public int port(final int number) {
            return basePort == 0 ? 0 : basePort + number - 1;
        }
    }

    /**
     * Checks every value.
     *
     * @throws IllegalArgumentException naming the first value out of range
     */
    public FleetConfig {
        Objects.requireNonNull(ports);
        Objects.requireNonNull(mode);
        Objects.requireNonNull(transport);
        versions = List.copyOf(versions);
        check(switches >= 1, "switches " + switches + " < 1");
        check(!versions.isEmpty(), "no OpenFlow version");
        check(SUPPORTED_VERSIONS.containsAll(versions), "versions " + versions + " are not all of "
            + SUPPORTED_VERSIONS);
        check(connectRate >= 1, "connect rate " + connectRate + " < 1 per second");
        check(threads >= 1, "threads " + threads + " < 1");
        check(tables >= 1 && tables <= 0xff, "tables " + tables + " is not 1 to 255");
        for (var duration : List.of(reconnectMin, reconnectMax, echoInterval, echoTimeout, helloTimeout)) {
            check(duration.isPositive(), "duration " + duration + " is not positive");
        }
        check(reconnectMax.compareTo(reconnectMin) >= 0, "reconnect max " + reconnectMax + " < min " + reconnectMin);
        check(Long.compareUnsigned(datapathIdBase + switches - 1, datapathIdBase) >= 0,
            "datapath ids from " + Long.toUnsignedString(datapathIdBase) + " overflow 64 bits");
        if (mode instanceof Passive passive && passive.basePort() != 0) {
            check(passive.basePort() + switches - 1 <= MAX_PORT, "listen ports " + passive.basePort() + " to "
                + (passive.basePort() + switches - 1) + " go past 65535");
        }
        check(!(transport instanceof SwitchTransport.Udp && mode instanceof Passive),
            "UDP switches dial the controller; listening needs TCP or TLS");
        ports.checkNames(switches);
    }

    private static void check(final boolean condition, final String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * The datapath id of a switch.
     *
     * @param number the switch number, 1-based
     * @return its datapath id
     */
    public long datapathId(final int number) {
        return datapathIdBase + number - 1;
    }

    /**
     * A builder with the defaults: one switch with datapath id 1 and four ports, OpenFlow 1.3, dialing
     * 127.0.0.1:6653 over TCP at 1,000 connections per second, reconnecting after 100 ms to 10 s, probing after 5 s
     * of silence with a 5 s echo timeout (Open vSwitch's inactivity probe), a 10 s HELLO timeout, one thread per
     * core, 254 tables.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link FleetConfig}.
     */
    public static final class Builder {
        private int switches = 1;
        private long datapathIdBase = 1;
        private PortPlan ports = PortPlan.DEFAULT;
        private List<OfVersion> versions = List.of(OfVersion.OF13);
        private Mode mode = new Active(new InetSocketAddress(InetAddress.getLoopbackAddress(), 6653));
        private SwitchTransport transport = SwitchTransport.TCP;
        private int connectRate = 1000;
        private Duration reconnectMin = Duration.ofMillis(100);
        private Duration reconnectMax = Duration.ofSeconds(10);
        private Duration echoInterval = Duration.ofSeconds(5);
        private Duration echoTimeout = Duration.ofSeconds(5);
        private Duration helloTimeout = Duration.ofSeconds(10);
        private int threads = Runtime.getRuntime().availableProcessors();
        private int tables = 254;

        private Builder() {
            // FleetConfig.builder()
        }

        /**
         * Sets the number of switches.
         *
         * @param value the number
         * @return this builder
         */
        public Builder switches(final int value) {
            switches = value;
            return this;
        }

        /**
         * Sets the datapath id of switch 1.
         *
         * @param value the datapath id
         * @return this builder
         */
        public Builder datapathIdBase(final long value) {
            datapathIdBase = value;
            return this;
        }

        /**
         * Sets the ports of every switch.
         *
         * @param value the plan
         * @return this builder
         */
        public Builder ports(final PortPlan value) {
            ports = value;
            return this;
        }

        /**
         * Sets the versions offered.
         *
         * @param values the versions
         * @return this builder
         */
        public Builder versions(final OfVersion... values) {
            versions = List.of(values);
            return this;
        }

        /**
         * Makes every switch dial a controller.
         *
         * @param controller the controller's address
         * @return this builder
         */
        public Builder controller(final InetSocketAddress controller) {
            mode = new Active(controller);
            return this;
        }

        /**
         * Makes every switch wait to be told where to dial ({@link Managed}).
         *
         * @return this builder
         */
        public Builder managed() {
            mode = new Managed();
            return this;
        }

        /**
         * Every switch listens, switch {@code n} on {@code basePort + n - 1} (0: a free port each).
         *
         * @param address the address to listen on
         * @param basePort the port of switch 1
         * @return this builder
         */
        public Builder listen(final InetAddress address, final int basePort) {
            mode = new Passive(address, basePort);
            return this;
        }

        /**
         * Sets the transport.
         *
         * @param value TCP, TLS (with its key material) or UDP
         * @return this builder
         */
        public Builder transport(final SwitchTransport value) {
            transport = value;
            return this;
        }

        /**
         * Sets the most connection attempts per second.
         *
         * @param value the rate
         * @return this builder
         */
        public Builder connectRate(final int value) {
            connectRate = value;
            return this;
        }

        /**
         * Sets the reconnection backoff.
         *
         * @param min the first delay
         * @param max the longest delay
         * @return this builder
         */
        public Builder reconnect(final Duration min, final Duration max) {
            reconnectMin = min;
            reconnectMax = max;
            return this;
        }

        /**
         * Sets the keepalive.
         *
         * @param interval silence before an {@code ECHO_REQUEST}
         * @param timeout wait for its reply
         * @return this builder
         */
        public Builder echo(final Duration interval, final Duration timeout) {
            echoInterval = interval;
            echoTimeout = timeout;
            return this;
        }

        /**
         * Sets the wait for the controller's {@code HELLO}.
         *
         * @param value the timeout
         * @return this builder
         */
        public Builder helloTimeout(final Duration value) {
            helloTimeout = value;
            return this;
        }

        /**
         * Sets the number of event loop threads.
         *
         * @param value the threads
         * @return this builder
         */
        public Builder threads(final int value) {
            threads = value;
            return this;
        }

        /**
         * Sets the number of tables announced.
         *
         * @param value the tables
         * @return this builder
         */
        public Builder tables(final int value) {
            tables = value;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws IllegalArgumentException if a value is out of range
         */
        public FleetConfig build() {
            return new FleetConfig(switches, datapathIdBase, ports, versions, mode, transport, connectRate,
                reconnectMin, reconnectMax, echoInterval, echoTimeout, helloTimeout, threads, tables);
        }
    }
}
