/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.simpleclient.emulator.FleetConfig;
import io.tunnelmesh.simpleclient.emulator.PortPlan;
import io.tunnelmesh.simpleclient.emulator.SwitchFleet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A thousand emulated switches connect at once to a provider in the same JVM: every one completes its handshake with
 * its own datapath id, and once they leave and the provider stops, the JVM's threads and its socket and event loop
 * file descriptors are back to what they were before.
 */
@ExtendWith(NettyLeakDetection.class)
class ThousandSwitchesTest {
    private static final int SWITCHES = 1000;

    @Test
    // the time it took goes to the test's output, for docs/results.md
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    void aThousandSwitchesConnectAtOnceAndLeaveNothingBehind() throws Exception {
        // the JVM and Netty open one socket for good the first time a server socket is used (seen with a bare
        // provider started and stopped): a small run first, so that the baseline is taken after it
        runFleet(2);
        final int threadsBefore = Thread.activeCount();
        final long descriptorsBefore = openDescriptors();
        final long started = System.nanoTime();
        final var controller = new RecordingController(SwitchConnectionConfig.builder().port(0).workerThreads(2)
            .build());
        final var fleet = SwitchFleet.start(FleetConfig.builder().switches(SWITCHES).ports(PortPlan.of(2))
            .controller(controller.address).connectRate(100_000).threads(2).build());
        try {
            Eventually.await(Duration.ofSeconds(40), () -> controller.handshaken.size() == SWITCHES,
                () -> controller.handshaken.size() + " of " + SWITCHES + " handshaken: " + fleet.counters());
            final double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%d switches handshaken in %.2f s, %d threads, %d file descriptors%n", SWITCHES,
                seconds, Thread.activeCount(), openDescriptors());
            assertEquals(LongStream.rangeClosed(1, SWITCHES).boxed().collect(Collectors.toSet()),
                Set.copyOf(controller.handshaken.keySet()));
            assertTrue(fleet.awaitHandshaken(SWITCHES, Duration.ofSeconds(10)), fleet.counters().toString());
            assertEquals(SWITCHES, fleet.counters().connectAttempts(), "one dial each, no retries");
            assertTrue(openDescriptors() >= descriptorsBefore + 2 * SWITCHES, "both ends of each connection");
        } finally {
            fleet.stop().get(30, TimeUnit.SECONDS);
        }
        Eventually.await(Duration.ofSeconds(10), () -> controller.disconnects.size() == SWITCHES,
            () -> controller.disconnects.size() + " of " + SWITCHES + " disconnected");
        assertTrue(controller.disconnects.stream().allMatch(reason -> reason.cause()
            == OfDisconnectReason.Cause.PEER_CLOSED), "the switches closed their connections");
        controller.close();

        // stop() completes as the last event loop finishes, a moment before its thread is gone
        final java.util.function.Supplier<java.util.List<String>> leftover = () -> Thread.getAllStackTraces().keySet()
            .stream().map(Thread::getName).filter(name -> name.startsWith(fleet.threadPoolName())
                || name.startsWith(controller.provider.threadPoolName())).toList();
        Eventually.await(Duration.ofSeconds(5), () -> leftover.get().isEmpty(),
            () -> "event loop threads still running: " + leftover.get());
        Eventually.await(Duration.ofSeconds(10), () -> Thread.activeCount() <= threadsBefore,
            () -> "threads " + Thread.activeCount() + " > " + threadsBefore + " before: "
                + Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList());
        Eventually.await(Duration.ofSeconds(10), () -> openDescriptors() <= descriptorsBefore,
            () -> "file descriptors " + openDescriptors() + " > " + descriptorsBefore + " before");
    }

    private static void runFleet(final int switches) throws Exception {
        try (var controller = RecordingController.start();
             var fleet = SwitchFleet.start(FleetConfig.builder().switches(switches).controller(controller.address)
                 .threads(1).build())) {
            assertTrue(fleet.awaitHandshaken(switches, Duration.ofSeconds(10)), fleet.counters().toString());
        }
    }

    /**
     * The descriptors connections and event loops hold: sockets, epoll instances, pipes and eventfds. (Jar files the
     * class loader opens on first use stay open for good; they are not what this test is about.)
     */
    private static long openDescriptors() {
        try (var descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.map(ThousandSwitchesTest::target)
                .filter(target -> target.startsWith("socket:") || target.startsWith("anon_inode:")
                    || target.startsWith("pipe:"))
                .count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String target(final Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor).toString();
        } catch (IOException e) {
            // closed between the listing and the read (the listing's own descriptor, for one)
            return "";
        }
    }
}
