/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl;

import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfCounterSnapshot;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.OfSystemListener;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionHandler;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.connection.OfSwitchConnectionProvider;
import io.tunnelmesh.openflow.impl.pipeline.OfRateLimitedLog;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's OpenFlow endpoint: the library's {@link OfSwitchConnectionProvider} listening on the configured
 * address (by default 0.0.0.0:6653, the IANA OpenFlow port), accepting every switch and telling its listener of each
 * finished handshake and each disconnection. It keeps the switches whose
 * handshake finished by datapath id (a switch that connects again replaces, and closes, its old connection), logs
 * connects and disconnects at most {@value #LOG_LINES_PER_SECOND} lines per second (then one line saying how many
 * were left out, so a thousand switches connecting at once do not flood the log), and counts.
 * <pre>
 *   switch --TCP--&gt; provider: HELLO, FEATURES --handshake done--&gt; registry[dpid] = connection
 *                                             &lt;--disconnected----- registry.remove(dpid, connection)
 * </pre>
 */
public final class OpenFlowEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenFlowEndpoint.class);
    private static final int LOG_LINES_PER_SECOND = 10;
    private static final long START_SECONDS = 10;
    private static final long STOP_SECONDS = 10;

    private final OfSwitchConnectionProvider provider;
    private final Map<Long, OfConnection> switches = new ConcurrentHashMap<>();
    private final OfRateLimitedLog log = new OfRateLimitedLog(LOG_LINES_PER_SECOND, Duration.ofSeconds(1),
        System::nanoTime, LOG::info);
    private final LongAdder connects = new LongAdder();
    private final LongAdder handshakes = new LongAdder();
    private final LongAdder disconnects = new LongAdder();

    /**
     * What the endpoint has seen.
     *
     * @param connected switches handshaken and still connected
     * @param connects TCP connections accepted
     * @param handshakes handshakes finished
     * @param disconnects connections ended
     * @param traffic the provider's message counters
     */
    public record Counters(int connected, long connects, long handshakes, long disconnects, OfCounterSnapshot traffic) {
        // a snapshot
    }

    /**
     * Told of switches; calls come on the connections' event loops and must not block.
     */
    public interface Listener {
        /**
         * A switch finished its handshake; its features are known.
         *
         * @param connection the connection
         */
        void handshakeDone(OfConnection connection);

        /**
         * A switch whose handshake finished disconnected.
         *
         * @param connection the connection
         */
        void disconnected(OfConnection connection);
    }

    private final Listener listener;
    private InetSocketAddress bound = new InetSocketAddress(0);

    private OpenFlowEndpoint(final SwitchConnectionConfig config, final Listener listener) {
        this.listener = listener;
        provider = new OfSwitchConnectionProvider(config, OpenFlowCodecs.standard(), new SwitchConnectionHandler() {
            @Override
            public boolean accept(final InetSocketAddress remote) {
                return true;
            }

            @Override
            public void onSwitchConnected(final OfConnection connection) {
                connects.increment();
                connection.setSystemListener(new OfSystemListener() {
                    @Override
                    public void onHandshakeDone(final OfConnection done) {
                        handshakeDone(done);
                    }

                    @Override
                    public void onDisconnected(final OfConnection gone, final OfDisconnectReason reason) {
                        disconnected(gone, reason);
                    }
                });
            }
        });
    }

    /**
     * Listens for switches.
     *
     * @param bindAddress the address to listen on
     * @param port the port
     * @param listener told of switches
     * @return the running endpoint
     * @throws IllegalStateException if it cannot listen
     */
    public static OpenFlowEndpoint start(final InetAddress bindAddress, final int port, final Listener listener) {
        final var config = SwitchConnectionConfig.builder().bindAddress(bindAddress).port(port)
            .workerThreads(Runtime.getRuntime().availableProcessors()).build();
        final var southbound = new OpenFlowEndpoint(config, listener);
        try {
            southbound.bound = southbound.provider.start().get(START_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            southbound.close();
            throw new IllegalStateException("OpenFlow could not listen on " + bindAddress.getHostAddress()
                + ":" + port + ": " + (e.getCause() != null ? e.getCause().getMessage() : e.toString()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            southbound.close();
            throw new IllegalStateException("Interrupted while starting OpenFlow", e);
        }
        return southbound;
    }

    private void handshakeDone(final OfConnection connection) {
        final var features = connection.features();
        if (features == null) {
            return;
        }
        handshakes.increment();
        final long datapathId = features.datapathId();
        final var previous = switches.put(datapathId, connection);
        if (previous != null && previous != connection) {
            // the switch came back before its old connection timed out: the old one is stale
            previous.close();
        }
        log.warn(String.format(Locale.ROOT, "OpenFlow switch %s connected from %s (%s), %d connected",
            dpid(datapathId), connection.remoteAddress(), connection.version(), switches.size()));
        listener.handshakeDone(connection);
    }

    private void disconnected(final OfConnection connection, final OfDisconnectReason reason) {
        disconnects.increment();
        final var features = connection.features();
        if (features != null && switches.remove(features.datapathId(), connection)) {
            log.warn(String.format(Locale.ROOT, "OpenFlow switch %s disconnected: %s, %d connected",
                dpid(features.datapathId()), reason, switches.size()));
        }
        if (features != null) {
            listener.disconnected(connection);
        }
    }

    private static String dpid(final long datapathId) {
        return String.format(Locale.ROOT, "%016x", datapathId);
    }

    /**
     * Where the endpoint listens.
     *
     * @return the bound address; its port is the one the kernel chose when asked for port 0
     */
    public InetSocketAddress localAddress() {
        return bound;
    }

    /**
     * A connected switch.
     *
     * @param datapathId its datapath id
     * @return its connection, or {@code null} if it is not connected
     */
    public @Nullable OfConnection connection(final long datapathId) {
        return switches.get(datapathId);
    }

    /**
     * The connected switches.
     *
     * @return their connections by datapath id, a snapshot
     */
    public Map<Long, OfConnection> switches() {
        return Map.copyOf(switches);
    }

    /**
     * The counters now.
     *
     * @return a snapshot
     */
    public Counters counters() {
        return new Counters(switches.size(), connects.sum(), handshakes.sum(), disconnects.sum(),
            provider.counters());
    }

    /**
     * Closes every switch connection and stops listening.
     */
    @Override
    public void close() {
        try {
            provider.stop().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("OpenFlow did not stop cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        final var last = counters();
        LOG.info("OpenFlow stopped: {} switches were connected; {} connections, {} handshakes, {} disconnects, {}"
            + " messages in, {} out", last.connected(), last.connects(), last.handshakes(), last.disconnects(),
            last.traffic().received(), last.traffic().encoded());
        switches.clear();
    }
}
