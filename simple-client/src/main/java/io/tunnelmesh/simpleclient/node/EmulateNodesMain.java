/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code ./tunnelmesh emulate --nodes N}: starts {@link EmulatedNodes}, prints each node's OVSDB address
 * ({@code node N tcp:IP:PORT}) and then {@code ready N}, and answers commands on standard input (see
 * {@link EmulateNodesOptions#USAGE}) until {@code quit}, the duration, or Ctrl-C. Exit status 0, 2 for bad arguments.
 */
// a command line tool talks to its user on standard output and error
@SuppressWarnings("checkstyle:RegexpSinglelineJava")
public final class EmulateNodesMain {
    private EmulateNodesMain() {
    }

    /**
     * Runs the command.
     *
     * @param args the command line
     */
    public static void main(final String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        final EmulateNodesOptions options;
        try {
            options = EmulateNodesOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("tunnelmesh emulate: " + e.getMessage());
            System.err.println(EmulateNodesOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(EmulateNodesOptions.USAGE);
            return;
        }
        try {
            System.exit(run(options, System.in, System.out));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    /**
     * Starts the nodes and serves commands.
     *
     * @param options what to run
     * @param in the commands
     * @param out the answers
     * @return the exit status
     * @throws InterruptedException if interrupted
     */
    static int run(final EmulateNodesOptions options, final InputStream in, final PrintStream out)
            throws InterruptedException {
        final var nodes = EmulatedNodes.start(options.configs(), options.address(), options.basePort(),
            options.threads());
        final var done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            done.countDown();
            nodes.close();
        }, "emulate-nodes-shutdown"));
        for (var node : nodes.nodes()) {
            out.println("node " + node.number() + " " + node.ovsdbTarget());
        }
        out.println("ready " + nodes.nodes().size());
        out.flush();
        final var commands = new Thread(() -> serve(nodes, in, out, done), "emulate-nodes-commands");
        commands.setDaemon(true);
        commands.start();
        final var duration = options.duration();
        if (duration == null) {
            done.await();
        } else {
            final boolean quit = done.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            out.println(quit ? "stopped" : "duration over");
            out.flush();
        }
        nodes.close();
        return 0;
    }

    private static void serve(final EmulatedNodes nodes, final InputStream in, final PrintStream out,
            final CountDownLatch done) {
        try (var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                final var words = line.strip().split("\\s+");
                final String answer = switch (words[0]) {
                    case "flows" -> "flows " + nodes.flowCounts(
                        words.length > 1 ? Long.parseUnsignedLong(words[1].replaceFirst("^0x", ""), 16) : 0,
                        words.length > 2 ? Long.parseUnsignedLong(words[2].replaceFirst("^0x", ""), 16) : 0)
                        .get().stream().map(String::valueOf).collect(Collectors.joining(" "));
                    case "mods" -> "mods " + nodes.modsApplied().get().stream().map(String::valueOf)
                        .collect(Collectors.joining(" "));
                    case "status" -> {
                        final var counters = nodes.fleet().counters();
                        yield "status " + counters.switches() + " " + counters.connected() + " "
                            + counters.handshaken();
                    }
                    case "quit" -> {
                        done.countDown();
                        yield "bye";
                    }
                    case "" -> null;
                    default -> "error: unknown command " + words[0];
                };
                if (answer != null) {
                    out.println(answer);
                    out.flush();
                }
            }
        } catch (IOException | ExecutionException | NumberFormatException e) {
            out.println("error: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
