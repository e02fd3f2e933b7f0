/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.benchmarks.emulator;

import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.OfSystemListener;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionHandler;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.connection.OfSwitchConnectionProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bare switch connection provider (the library's, default timeouts: probe after 15 s idle, 5 s echo timeout) that
 * holds whatever switches connect, and every 5 s prints how many are handshaken, its messages in and out, its RSS,
 * heap and threads. Point an emulated fleet at it from another process
 * ({@code ./tunnelmesh emulate --switches 10000 --controller 127.0.0.1:PORT}) to measure what holding idle
 * switches with echo keepalive costs.
 * <pre>
 *   ProviderHold [port, default 16653] [seconds, default 120]
 * </pre>
 */
public final class ProviderHold {
    private static final long REPORT_SECONDS = 5;

    private ProviderHold() {
        // a main
    }

    /**
     * Runs the provider.
     *
     * @param args port, seconds
     * @throws Exception if it cannot start
     */
    // a benchmark reports on standard output
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    public static void main(final String[] args) throws Exception {
        final int port = args.length > 0 ? Integer.parseInt(args[0]) : 16653;
        final long seconds = args.length > 1 ? Long.parseLong(args[1]) : 120;
        final var connected = new AtomicInteger();
        final var disconnects = new LongAdder();
        final var provider = new OfSwitchConnectionProvider(SwitchConnectionConfig.builder()
            .bindAddress(InetAddress.getLoopbackAddress()).port(port)
            .workerThreads(Runtime.getRuntime().availableProcessors()).build(), OpenFlowCodecs.standard(),
            SwitchConnectionHandler.acceptingAll(new OfSystemListener() {
                @Override
                public void onHandshakeDone(final OfConnection done) {
                    connected.incrementAndGet();
                }

                @Override
                public void onDisconnected(final OfConnection gone, final OfDisconnectReason reason) {
                    if (gone.features() != null) {
                        connected.decrementAndGet();
                    }
                    disconnects.increment();
                }
            }));
        System.out.println("listening on " + provider.start().get(10, TimeUnit.SECONDS));
        final long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        final long start = System.nanoTime();
        while (System.nanoTime() < end) {
            TimeUnit.SECONDS.sleep(REPORT_SECONDS);
            final var counters = provider.counters();
            final var heap = Runtime.getRuntime();
            System.gc();
            System.out.printf(Locale.ROOT, "%4.0f s: %d handshaken, %d disconnects, messages in %d out %d; RSS %d MB,"
                + " heap used %d MB, %d threads (%d of them the provider's)%n", (System.nanoTime() - start) / 1e9,
                connected.get(), disconnects.sum(), counters.received(), counters.encoded(), rssKilobytes() / 1024,
                (heap.totalMemory() - heap.freeMemory()) >> 20, osThreads(), Thread.getAllStackTraces().keySet()
                    .stream().filter(thread -> thread.getName().startsWith(provider.threadPoolName())).count());
        }
        provider.stop().get(10, TimeUnit.SECONDS);
    }

    /**
     * All of this process's threads, the JVM's own included.
     */
    static long osThreads() throws IOException {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.count();
        }
    }

    /**
     * This process's resident set, from {@code /proc/self/status}.
     */
    static long rssKilobytes() throws IOException {
        try (var lines = Files.lines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
            return lines.filter(line -> line.startsWith("VmRSS:")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).orElse(-1L);
        }
    }
}
