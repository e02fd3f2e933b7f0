/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.connection;

import io.tunnelmesh.openflow.api.OfVersion;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How a {@link SwitchConnectionProvider} listens and treats its connections; immutable, built with {@link #builder()}.
 *
 * @param bindAddress the address to listen on
 * @param port the port, 0 for an ephemeral one (the provider reports the bound port)
 * @param transport TCP, TLS or UDP
 * @param tls the key material, required for TLS
 * @param supportedVersions the versions offered in HELLO (OpenFlow 1.3.5 section 6.3.1), at least one
 * @param handshakeTimeout how long HELLO and FEATURES may take before the connection is closed
 * @param idleTimeout how long without a message before an {@code ECHO_REQUEST} is sent (section 6.3.2)
 * @param echoTimeout how long that {@code ECHO_REQUEST} may stay unanswered before the connection is closed
 * @param requestTimeout how long a request waits for its reply
 * @param workerThreads event loop threads serving connections
 * @param queueCapacity messages that may wait in a connection's outbound queue
 * @param flushMessages flush after this many messages written
 * @param flushDelay flush at the latest this long after the first unflushed message
 * @param maxMultipartParts the most parts one multipart reply may have
 * @param maxMultipartBytes the most bytes, headers included, one multipart reply may have
 */
public record SwitchConnectionConfig(InetAddress bindAddress, int port, OfTransport transport,
        @Nullable OfTlsConfig tls, List<OfVersion> supportedVersions, Duration handshakeTimeout, Duration idleTimeout,
        Duration echoTimeout, Duration requestTimeout, int workerThreads, int queueCapacity, int flushMessages,
        Duration flushDelay, int maxMultipartParts, int maxMultipartBytes) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a value is out of range, or TLS lacks key material
     */
    public SwitchConnectionConfig {
        Objects.requireNonNull(bindAddress);
        Objects.requireNonNull(transport);
        supportedVersions = List.copyOf(supportedVersions);
        check(port >= 0 && port <= 0xffff, "port " + port + " is not 0 to 65535");
        check(transport != OfTransport.TLS || tls != null, "TLS transport without key material");
        check(!supportedVersions.isEmpty(), "no supported version");
        check(workerThreads > 0, "workerThreads " + workerThreads + " < 1");
        check(queueCapacity > 0, "queueCapacity " + queueCapacity + " < 1");
        check(flushMessages > 0, "flushMessages " + flushMessages + " < 1");
        check(maxMultipartParts > 0, "maxMultipartParts " + maxMultipartParts + " < 1");
        check(maxMultipartBytes > 0, "maxMultipartBytes " + maxMultipartBytes + " < 1");
        for (var duration : List.of(handshakeTimeout, idleTimeout, echoTimeout, requestTimeout)) {
            check(duration.isPositive(), "timeout " + duration + " is not positive");
        }
        check(!flushDelay.isNegative(), "flushDelay " + flushDelay + " is negative");
    }

    private static void check(final boolean condition, final String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * A builder with the defaults: loopback, ephemeral port, TCP, OpenFlow 1.3 and 1.0, handshake 10 s, idle 15 s,
     * echo 5 s, request 10 s, 2 worker threads, queue of 1024, flush every 64 messages or 50 µs, multipart replies up
     * to 1024 parts and 16 MiB.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the values of a {@link SwitchConnectionConfig}.
     */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private OfTransport transport = OfTransport.TCP;
        private Optional<OfTlsConfig> tls = Optional.empty();
        private List<OfVersion> supportedVersions = List.of(OfVersion.OF13, OfVersion.OF10);
        private Duration handshakeTimeout = Duration.ofSeconds(10);
        private Duration idleTimeout = Duration.ofSeconds(15);
        private Duration echoTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private int workerThreads = 2;
        private int queueCapacity = 1024;
        private int flushMessages = 64;
        private Duration flushDelay = Duration.ofNanos(50_000);
        private int maxMultipartParts = 1024;
        private int maxMultipartBytes = 16 << 20;

        private Builder() {
            // use SwitchConnectionConfig.builder()
        }

        /**
         * Sets the address to listen on.
         *
         * @param value the address
         * @return this builder
         */
        public Builder bindAddress(final InetAddress value) {
            bindAddress = value;
            return this;
        }

        /**
         * Sets the port.
         *
         * @param value the port, 0 for an ephemeral one
         * @return this builder
         */
        public Builder port(final int value) {
            port = value;
            return this;
        }

        /**
         * Sets the transport.
         *
         * @param value TCP, TLS or UDP
         * @return this builder
         */
        public Builder transport(final OfTransport value) {
            transport = value;
            return this;
        }

        /**
         * Sets the TLS key material.
         *
         * @param value the key and trust stores
         * @return this builder
         */
        public Builder tls(final OfTlsConfig value) {
            tls = Optional.of(value);
            return this;
        }

        /**
         * Sets the versions offered in HELLO.
         *
         * @param values the versions
         * @return this builder
         */
        public Builder supportedVersions(final OfVersion... values) {
            supportedVersions = List.of(values);
            return this;
        }

        /**
         * Sets the handshake timeout.
         *
         * @param value the timeout
         * @return this builder
         */
        public Builder handshakeTimeout(final Duration value) {
            handshakeTimeout = value;
            return this;
        }

        /**
         * Sets the idle time after which an {@code ECHO_REQUEST} is sent.
         *
         * @param value the idle time
         * @return this builder
         */
        public Builder idleTimeout(final Duration value) {
            idleTimeout = value;
            return this;
        }

        /**
         * Sets how long an {@code ECHO_REQUEST} may stay unanswered.
         *
         * @param value the timeout
         * @return this builder
         */
        public Builder echoTimeout(final Duration value) {
            echoTimeout = value;
            return this;
        }

        /**
         * Sets how long a request waits for its reply.
         *
         * @param value the timeout
         * @return this builder
         */
        public Builder requestTimeout(final Duration value) {
            requestTimeout = value;
            return this;
        }

        /**
         * Sets the number of event loop threads.
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder workerThreads(final int value) {
            workerThreads = value;
            return this;
        }

        /**
         * Sets the capacity of each connection's outbound queue.
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder queueCapacity(final int value) {
            queueCapacity = value;
            return this;
        }

        /**
         * Sets when writes are flushed.
         *
         * @param messages after this many messages
         * @param delay or at the latest this long after the first unflushed one
         * @return this builder
         */
        public Builder flush(final int messages, final Duration delay) {
            flushMessages = messages;
            flushDelay = delay;
            return this;
        }

        /**
         * Sets the bounds of one multipart reply.
         *
         * @param parts the most parts
         * @param bytes the most bytes
         * @return this builder
         */
        public Builder multipartLimits(final int parts, final int bytes) {
            maxMultipartParts = parts;
            maxMultipartBytes = bytes;
            return this;
        }

        /**
         * The configuration.
         *
         * @return an immutable configuration
         * @throws IllegalArgumentException if a value is out of range
         */
        public SwitchConnectionConfig build() {
            return new SwitchConnectionConfig(bindAddress, port, transport, tls.orElse(null), supportedVersions,
                handshakeTimeout, idleTimeout, echoTimeout, requestTimeout, workerThreads, queueCapacity,
                flushMessages, flushDelay, maxMultipartParts, maxMultipartBytes);
        }
    }
}
