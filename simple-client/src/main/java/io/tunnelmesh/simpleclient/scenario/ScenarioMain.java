/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code ./tunnelmesh scenario FILE [--controller HOST:PORT | --listen [ADDR:]PORT]}: plays a scenario file
 * ({@link ScenarioFile}) against a peer, printing each step as it passes and, when one fails, the failure report
 * ({@link ScenarioResult.Failed#report()}). The options override the file's {@code connect} or {@code listen}.
 *
 * <p>Exit status: 0 when every step passed, 1 when one failed (or the connection could not be made), 2 for a bad
 * file or bad arguments.
 */
// a command line tool talks to its user on standard output and error
@SuppressWarnings("checkstyle:RegexpSinglelineJava")
public final class ScenarioMain {
    /** Every step passed. */
    public static final int PASSED = 0;
    /** A step failed, or the connection could not be made. */
    public static final int FAILED = 1;
    /** The file or the arguments are wrong. */
    public static final int BAD_FILE = 2;

    static final String USAGE = """
        usage: tunnelmesh scenario FILE [--controller HOST:PORT | --listen [ADDR:]PORT]
          plays the scenario FILE (docs/scenarios.md) over one OpenFlow connection
          --controller HOST:PORT  dial HOST:PORT (also --connect), instead of the file's connect or listen
          --listen [ADDR:]PORT    listen (on 127.0.0.1 unless ADDR) and play against the first peer to connect
        Prints each step as it passes and the failure report. Exit status: 0 passed, 1 failed, 2 bad file.
        """;

    private ScenarioMain() {
        // Hidden on purpose
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args the command line
     */
    public static void main(final String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(run(List.of(args), System.out, System.err));
    }

    /**
     * Runs the command; the core of {@link #main}.
     *
     * @param args the command line
     * @param out steps and the result
     * @param err usage and file errors
     * @return the exit status
     */
    public static int run(final List<String> args, final PrintStream out, final PrintStream err) {
        String file = null;
        ScenarioEndpoint override = null;
        try {
            for (int i = 0; i < args.size(); i++) {
                final var arg = args.get(i);
                switch (arg) {
                    case "-h", "--help" -> {
                        out.print(USAGE);
                        return PASSED;
                    }
                    case "--controller", "--connect", "--listen" -> {
                        if (override != null) {
                            throw new IllegalArgumentException("give one of --controller and --listen");
                        }
                        if (++i == args.size()) {
                            throw new IllegalArgumentException(arg + " needs an address");
                        }
                        final var address = ScenarioEndpoint.parseAddress(args.get(i));
                        override = "--listen".equals(arg) ? new ScenarioEndpoint.Listen(address)
                            : new ScenarioEndpoint.Dial(address);
                    }
                    default -> {
                        if (arg.startsWith("-") || file != null) {
                            throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                        }
                        file = arg;
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("no scenario file");
            }
        } catch (IllegalArgumentException e) {
            err.print("tunnelmesh scenario: " + e.getMessage() + "\n" + USAGE);
            return BAD_FILE;
        }
        return play(file, override, out, err);
    }

    private static int play(final String file, final @Nullable ScenarioEndpoint override, final PrintStream out,
            final PrintStream err) {
        final Scenario scenario;
        try {
            scenario = ScenarioFile.read(Path.of(file));
        } catch (IOException e) {
            err.println("tunnelmesh scenario: cannot read " + file + ": " + e);
            return BAD_FILE;
        } catch (ScenarioFileException e) {
            err.println(e.getMessage());
            return BAD_FILE;
        }
        final var endpoint = override != null ? override : scenario.endpoint();
        if (endpoint == null) {
            err.println("tunnelmesh scenario: " + file + " says neither connect nor listen: give --controller "
                + "HOST:PORT or --listen PORT");
            return BAD_FILE;
        }
        final var runner = new ScenarioRunner(OpenFlowCodecs.standard(), (number, step, elapsed) ->
            out.printf(Locale.ROOT, "  ok %3d  %s%s  (%.3f s)%n", number, step.text(),
                step.source() == null ? "" : "  [" + step.source() + "]", elapsed.toNanos() / 1e9),
            ScenarioRunner.DEFAULT_CONNECT_TIMEOUT);
        try (var peer = ScenarioPeer.open(endpoint)) {
            out.println("scenario " + scenario.name() + " as a " + scenario.role().keyword() + ": "
                + (endpoint instanceof ScenarioEndpoint.Listen ? "listening on " + peer.localAddress()
                    : "dialing " + endpoint.address()));
            out.flush();
            final var result = runner.run(scenario, peer);
            out.print(result.report());
            return result.passed() ? PASSED : FAILED;
        } catch (IOException e) {
            out.println("FAILED " + scenario.name() + ": " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("FAILED " + scenario.name() + ": interrupted");
            return FAILED;
        }
    }
}
