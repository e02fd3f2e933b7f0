/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.connection.OfQueueFullException;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.message.OfPacketOut;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.simpleclient.emulator.FleetConfig;
import io.tunnelmesh.simpleclient.emulator.SwitchAgent;
import io.tunnelmesh.simpleclient.emulator.SwitchFleet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Back-pressure end to end: an emulated switch stops reading, the kernel's socket buffers and then the provider's
 * channel fill, the provider's outbound queue stops draining, and {@code send} fails at once with
 * {@link OfQueueFullException}. What the provider accepted before that is bounded by the queue's capacity plus what
 * the buffers on the way hold, so memory is bounded however long the caller keeps sending; and nothing accepted is
 * lost: once the switch reads again, every accepted message arrives.
 */
@ExtendWith(NettyLeakDetection.class)
class BackPressureTest {
    private static final int CAPACITY = 256;
    /** Netty's default high water mark of a channel's outbound buffer. */
    private static final int HIGH_WATER_MARK = 64 * 1024;
    private static final int PAYLOAD = 1000;
    private static final int EXTRA_SENDS = 10_000;

    @Test
    void aSwitchThatStopsReadingMakesSendFailFastWithBoundedMemory() throws Exception {
        final var config = SwitchConnectionConfig.builder().port(0).queueCapacity(CAPACITY)
            .idleTimeout(Duration.ofSeconds(60)).build();
        try (var controller = new RecordingController(config);
             var fleet = SwitchFleet.start(FleetConfig.builder().controller(controller.address)
                 .echo(Duration.ofSeconds(60), Duration.ofSeconds(5)).threads(1).build())) {
            final var connection = controller.awaitSwitch(1);
            final var emulated = fleet.byDatapathId(1);
            assertNotNull(emulated);
            emulated.pauseReading();
            // let the pause reach the switch's event loop before the flood
            emulated.call(agent -> null).get(5, TimeUnit.SECONDS);

            final var packet = OfBytes.copyOf(new byte[PAYLOAD]);
            final int size = encodedSize(OfPacketOut.of(0, packet, new OfActionOutput(1, 0)));
            final long bound = CAPACITY + (HIGH_WATER_MARK + kernelMax("tcp_wmem") + kernelMax("tcp_rmem")) / size;
            // keep sending well past the bound: whatever is not refused at once is held somewhere
            long accepted = 0;
            long refused = 0;
            for (long i = 0; i < bound + EXTRA_SENDS; i++) {
                final var sent = connection.send(OfPacketOut.of(connection.nextXid(), packet,
                    new OfActionOutput(1, 0)));
                if (sent.isCompletedExceptionally()) {
                    refused++;
                    final var failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                        sent::get);
                    assertInstanceOf(OfQueueFullException.class, failure.getCause());
                } else {
                    accepted++;
                }
            }
            assertTrue(accepted <= bound, accepted + " messages accepted while the switch does not read, more than"
                + " the queue and the socket buffers hold (" + bound + "): memory is not bounded");
            assertTrue(accepted >= CAPACITY, "the queue takes its capacity before it refuses: " + accepted);
            assertTrue(refused >= EXTRA_SENDS, "refused at once: " + refused);

            emulated.resumeReading();
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            long delivered = 0;
            while (delivered < accepted && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
                delivered = emulated.call(SwitchAgent::packetOuts).get(5, TimeUnit.SECONDS);
            }
            assertEquals(accepted, delivered, "every accepted message arrives once the switch reads again");
            connection.barrier().get(5, TimeUnit.SECONDS);
        }
    }

    private static int encodedSize(final OfPacketOut message) {
        final var buffer = Unpooled.buffer();
        try {
            OpenFlowCodecs.standard().encode(message, buffer);
            return buffer.readableBytes();
        } finally {
            buffer.release();
        }
    }

    /**
     * The largest buffer the kernel lets a TCP socket grow to: the third value of {@code net.ipv4.tcp_wmem} or
     * {@code tcp_rmem}.
     */
    private static long kernelMax(final String name) throws IOException {
        // a /proc file says it is empty until read: read it as a stream, not by its size
        try (var reader = Files.newBufferedReader(Path.of("/proc/sys/net/ipv4", name), StandardCharsets.US_ASCII)) {
            final var values = reader.readLine().strip().split("\\s+");
            return Long.parseLong(values[2]);
        }
    }
}
