/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfRateLimitedLog;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fleet of emulated OpenFlow switches in one process: 1 to tens of thousands of {@link EmulatedSwitch}es, each with
 * its own datapath id, ports, flow tables and connection, all sharing one Netty event loop group (as many threads as
 * {@link FleetConfig#threads()}, by default one per core). Active switches dial through one pacer at the configured
 * rate; passive ones each listen on their own port.
 * <pre>
 *   SwitchFleet fleet = SwitchFleet.start(FleetConfig.builder().switches(1000)
 *       .controller(new InetSocketAddress("127.0.0.1", 6653)).build());
 *   fleet.awaitHandshaken(1000, Duration.ofSeconds(30));
 *   int flows = fleet.bySwitchNumber(1).query(SwitchState::flowCount).join();
 *   FleetCounters counters = fleet.counters();
 *   fleet.stop().join();
 * </pre>
 * Thread-safe.
 */
public final class SwitchFleet implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SwitchFleet.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final long POLL_MILLIS = 10;
    private static final long STOP_SECONDS = 5;

    private final FleetConfig config;
    private final FleetWiring wiring;
    private final EventLoopGroup group;
    private final List<EmulatedSwitch> switches;
    private final Map<Long, EmulatedSwitch> byDatapathId;
    private final String threadPoolName;
    private final CompletableFuture<Void> started;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final Object stopLock = new Object();

    private SwitchFleet(final FleetConfig config, final OfCodecRegistry registry) {
        this.config = config;
        threadPoolName = "emulator-" + INSTANCES.incrementAndGet();
        group = new MultiThreadIoEventLoopGroup(config.threads(), new DefaultThreadFactory(threadPoolName),
            NioIoHandler.newFactory());
        final var pacer = new ConnectPacer(config.connectRate(), System::nanoTime);
        wiring = new FleetWiring(config, registry, group, pacer, OfRateLimitedLog.of(LOG));
        final var list = new ArrayList<EmulatedSwitch>(config.switches());
        final var index = new HashMap<Long, EmulatedSwitch>(config.switches() * 2);
        for (int number = 1; number <= config.switches(); number++) {
            final var emulated = new EmulatedSwitch(wiring, number, group.next());
            list.add(emulated);
            index.put(emulated.datapathId(), emulated);
        }
        switches = List.copyOf(list);
        byDatapathId = Map.copyOf(index);
        if (config.mode() instanceof FleetConfig.Passive) {
            final var listening = switches.stream().map(EmulatedSwitch::listen).toList();
            started = CompletableFuture.allOf(listening.toArray(CompletableFuture[]::new));
        } else {
            // active and managed switches dial through the pacer (managed ones once told where)
            pacer.start(group.next());
            switches.forEach(EmulatedSwitch::start);
            started = CompletableFuture.completedFuture(null);
        }
    }

    /**
     * Starts a fleet with the standard codecs ({@link OpenFlowCodecs#standard()}).
     *
     * @param config what to emulate
     * @return the running fleet; active switches dial as the pacer lets them, passive ones are binding
     */
    public static SwitchFleet start(final FleetConfig config) {
        return start(config, OpenFlowCodecs.standard());
    }

    /**
     * Starts a fleet with the given codecs.
     *
     * @param config what to emulate
     * @param registry the codecs every switch uses
     * @return the running fleet
     */
    public static SwitchFleet start(final FleetConfig config, final OfCodecRegistry registry) {
        return new SwitchFleet(config, registry);
    }

    /**
     * Completed when every switch listens (passive mode; failed with the first switch that cannot), at once in
     * active mode.
     *
     * @return the future
     */
    public CompletableFuture<Void> started() {
        return started;
    }

    /**
     * The configuration.
     *
     * @return the configuration
     */
    public FleetConfig config() {
        return config;
    }

    /**
     * The name prefix of the fleet's threads.
     *
     * @return the prefix
     */
    public String threadPoolName() {
        return threadPoolName;
    }

    /**
     * The switches, by number.
     *
     * @return the switches; switch {@code n} at index {@code n - 1}
     */
    public List<EmulatedSwitch> switches() {
        return switches;
    }

    /**
     * A switch by its number.
     *
     * @param number 1 to the fleet's size
     * @return the switch
     * @throws IndexOutOfBoundsException if there is no such switch
     */
    public EmulatedSwitch bySwitchNumber(final int number) {
        return switches.get(number - 1);
    }

    /**
     * A switch by its datapath id.
     *
     * @param datapathId the datapath id
     * @return the switch, or {@code null}
     */
    public @Nullable EmulatedSwitch byDatapathId(final long datapathId) {
        final var indexed = byDatapathId.get(datapathId);
        if (indexed != null && indexed.datapathId() == datapathId) {
            return indexed;
        }
        // a managed switch may have been given another datapath id since the start
        return switches.stream().filter(s -> s.datapathId() == datapathId).findFirst().orElse(null);
    }

    /**
     * The event loops every switch runs on, for other emulated parts of the same hosts (their OVSDB servers).
     *
     * @return the group; it ends with the fleet
     */
    public EventLoopGroup eventLoops() {
        return group;
    }

    /**
     * The passive switches' addresses.
     *
     * @return the address of every listening switch, by number
     */
    public List<InetSocketAddress> listenAddresses() {
        return switches.stream().map(EmulatedSwitch::listenAddress).filter(address -> address != null)
            .map(address -> (InetSocketAddress) address).toList();
    }

    /**
     * The fleet's counters now.
     *
     * @return a snapshot
     */
    public FleetCounters counters() {
        int connected = 0;
        int handshaken = 0;
        long flows = 0;
        for (EmulatedSwitch emulated : switches) {
            final var status = emulated.status();
            if (status.isConnected()) {
                connected++;
            }
            if (status == SwitchStatus.HANDSHAKEN) {
                handshaken++;
            }
            flows += emulated.flowCount();
        }
        final var traffic = wiring.counters().snapshot();
        return new FleetCounters(System.nanoTime(), switches.size(), connected, handshaken, flows,
            traffic.received(), traffic.encoded(), traffic.decodeFailures(), wiring.connectAttempts().sum(),
            wiring.connectFailures().sum(), wiring.disconnects().sum());
    }

    /**
     * How many dials wait for the pacer.
     *
     * @return the number
     */
    public int dialsQueued() {
        return wiring.pacer().queued();
    }

    /**
     * Waits until at least {@code count} switches are handshaken.
     *
     * @param count how many
     * @param timeout how long to wait at most
     * @return whether they are
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitHandshaken(final int count, final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (counters().handshaken() < count) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
        return true;
    }

    /**
     * Stops every switch: no more dials, every connection and listening socket closed, the threads ended.
     *
     * @return completed once the threads have ended
     */
    public CompletableFuture<Void> stop() {
        synchronized (stopLock) {
            if (!wiring.isStopping()) {
                wiring.stopping();
                wiring.pacer().stop();
                group.shutdownGracefully(0, STOP_SECONDS, TimeUnit.SECONDS).addListener(done -> {
                    switches.forEach(EmulatedSwitch::stopped);
                    stopped.complete(null);
                });
            }
        }
        return stopped;
    }

    /**
     * Stops the fleet and waits for it.
     */
    @Override
    public void close() {
        stop().join();
    }
}
