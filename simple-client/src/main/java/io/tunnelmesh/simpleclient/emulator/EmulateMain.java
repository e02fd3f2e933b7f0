/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.tunnelmesh.simpleclient.node.EmulateNodesMain;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code ./tunnelmesh emulate}: starts a {@link SwitchFleet}, shows a progress line on standard error while the
 * switches connect (rewritten in place on a terminal, one line every {@value #PLAIN_PROGRESS_SECONDS} s otherwise),
 * and prints a summary on standard output when it ends: after {@code --duration}, or on Ctrl-C / SIGTERM (from a
 * shutdown hook, so the summary comes whatever ends the JVM short of a kill).
 *
 * <p>Exit status: 0 after {@code --duration} with every switch handshaken, 1 with some not, 2 for bad arguments;
 * 130 after Ctrl-C (the JVM's).
 */
// a command line tool talks to its user on standard output and error
@SuppressWarnings("checkstyle:RegexpSinglelineJava")
public final class EmulateMain {
    /** Set to {@code true} by the launcher script when standard error is a terminal. */
    static final String TTY_PROPERTY = "tunnelmesh.tty";
    private static final long TTY_PROGRESS_MILLIS = 250;
    private static final long PLAIN_PROGRESS_SECONDS = 5;
    private static final long POLL_MILLIS = 20;
    private static final long STOP_SECONDS = 10;

    private final EmulateOptions options;
    private final PrintStream err;
    private final PrintStream out;
    private final boolean tty;
    private final AtomicBoolean summarized = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private @Nullable SwitchFleet fleet;
    private @Nullable FleetCounters first;
    private volatile long allHandshakenNanos = -1;
    private int lastLineLength;

    EmulateMain(final EmulateOptions options, final PrintStream out, final PrintStream err, final boolean tty) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.tty = tty;
    }

    /**
     * Runs the command.
     *
     * @param args the command line, see {@link EmulateOptions#USAGE}
     */
    public static void main(final String[] args) {
        if (Arrays.asList(args).contains("--nodes")) {
            // emulated hypervisors (OVSDB and OpenFlow together) rather than bare switches
            EmulateNodesMain.main(args);
            return;
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        final EmulateOptions options;
        try {
            options = EmulateOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("tunnelmesh emulate: " + e.getMessage());
            System.err.println(EmulateOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(EmulateOptions.USAGE);
            return;
        }
        final var command = new EmulateMain(options, System.out, System.err, Boolean.getBoolean(TTY_PROPERTY));
        Runtime.getRuntime().addShutdownHook(new Thread(command::shutdown, "emulate-shutdown"));
        System.exit(command.run());
    }

    /**
     * Starts the fleet and reports progress until the duration ends (or forever, until the shutdown hook).
     *
     * @return the exit status
     */
    int run() {
        final var config = options.fleet();
        err.println("tunnelmesh emulate: " + describe(config));
        final var started = SwitchFleet.start(config);
        synchronized (this) {
            fleet = started;
            first = started.counters();
        }
        try {
            started.started().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            err.println("tunnelmesh emulate: " + (e.getCause() != null ? e.getCause().getMessage() : e.toString()));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        final var duration = options.duration();
        final long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        final long period = TimeUnit.MILLISECONDS.toNanos(tty ? TTY_PROGRESS_MILLIS
            : TimeUnit.SECONDS.toMillis(PLAIN_PROGRESS_SECONDS));
        long nextLine = System.nanoTime() + period;
        try {
            while (System.nanoTime() - end < 0) {
                final long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                // often while switches connect, so that the time to handshake them all is exact; then at the display
                // period (the counters walk every switch)
                final long poll = allHandshakenNanos < 0 ? POLL_MILLIS : TimeUnit.NANOSECONDS.toMillis(period);
                if (finished.await(Math.max(1, Math.min(poll, left)), TimeUnit.MILLISECONDS)) {
                    break;
                }
                final var now = started.counters();
                final boolean show = now.nanoTime() - nextLine >= 0;
                if (show) {
                    nextLine = now.nanoTime() + period;
                }
                progress(now, show);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        final var last = started.counters();
        return last.handshaken() == last.switches() ? 0 : 1;
    }

    private synchronized void progress(final FleetCounters now, final boolean show) {
        if (summarized.get()) {
            return;
        }
        final var start = first;
        if (allHandshakenNanos < 0 && now.handshaken() == now.switches() && start != null) {
            allHandshakenNanos = now.nanoTime() - start.nanoTime();
            endLine();
            err.printf(Locale.ROOT, "tunnelmesh emulate: all %d switches handshaken in %.1f s%n", now.switches(),
                allHandshakenNanos / 1e9);
            return;
        }
        if (!show || allHandshakenNanos >= 0 && now.handshaken() == now.switches()) {
            // all there: the progress line has done its job until a switch drops; the summary follows at the end
            return;
        }
        final var line = String.format(Locale.ROOT, "tunnelmesh emulate: %d/%d connected, %d handshaken, %d flows,"
            + " %d dials waiting, %.0f s", now.connected(), now.switches(), now.handshaken(), now.flows(),
            fleet == null ? 0 : fleet.dialsQueued(), start == null ? 0 : now.since(start).toMillis() / 1e3);
        if (tty) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastLineLength - line.length())));
            lastLineLength = line.length();
            err.flush();
        } else {
            err.println(line);
        }
    }

    private void endLine() {
        if (tty && lastLineLength > 0) {
            err.println();
            lastLineLength = 0;
        }
    }

    /**
     * The shutdown hook: prints the summary once, then stops the fleet.
     */
    void shutdown() {
        finished.countDown();
        final SwitchFleet running;
        synchronized (this) {
            running = fleet;
            if (running == null || !summarized.compareAndSet(false, true)) {
                return;
            }
            endLine();
            out.println(summary(running.counters()));
            out.flush();
        }
        try {
            running.stop().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            err.println("tunnelmesh emulate: the fleet did not stop cleanly: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The summary line of a run.
     *
     * @param last the counters at the end
     * @return the line
     */
    synchronized String summary(final FleetCounters last) {
        final var start = first;
        final var elapsed = start == null ? Duration.ZERO : last.since(start);
        final double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        final var text = new StringBuilder(String.format(Locale.ROOT,
            "emulate summary after %.1f s: %d/%d switches connected, %d handshaken, %d flows held; messages in %d"
                + " (%.0f/s), out %d (%.0f/s); %d connection attempts, %d failed, %d disconnects",
            seconds, last.connected(), last.switches(), last.handshaken(), last.flows(), last.messagesIn(),
            last.messagesIn() / seconds, last.messagesOut(), last.messagesOut() / seconds, last.connectAttempts(),
            last.connectFailures(), last.disconnects()));
        if (allHandshakenNanos >= 0) {
            text.append(String.format(Locale.ROOT, "; all handshaken after %.1f s", allHandshakenNanos / 1e9));
        }
        return text.toString();
    }

    private static String describe(final FleetConfig config) {
        final String where = switch (config.mode()) {
            case FleetConfig.Active active -> "dialing " + active.controller().getHostString() + ":"
                + active.controller().getPort() + " at up to " + config.connectRate() + " connections/s";
            case FleetConfig.Passive passive -> "listening on " + passive.address().getHostAddress() + (
                passive.basePort() == 0 ? " (free ports)" : " ports " + passive.basePort() + " to "
                    + passive.port(config.switches()));
            case FleetConfig.Managed managed -> "each dialing its bridge's controller";
        };
        return String.format(Locale.ROOT, "%d switches (OpenFlow %s, datapath ids from 0x%x, %d ports each), %s,"
            + " %d threads", config.switches(), config.versions(), config.datapathIdBase(), config.ports().count(),
            where, config.threads());
    }
}
