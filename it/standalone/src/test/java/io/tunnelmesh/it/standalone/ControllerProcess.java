/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.standalone;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One standalone controller JVM, started the way {@code ./tunnelmesh run} starts it: in its data directory, on
 * loopback ports chosen here. Its console is captured, so that a test can wait for a line and show the output when
 * it fails.
 */
public final class ControllerProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("RESTCONF ready at (\\S+) in ([0-9.]+) s");

    private final Process process;
    private final List<String> console = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private final int restconfPort;
    private final int openflowPort;

    private ControllerProcess(final Process process, final int restconfPort, final int openflowPort) {
        this.process = requireNonNull(process);
        this.restconfPort = restconfPort;
        this.openflowPort = openflowPort;
        reader = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                    console.add(line);
                }
            } catch (IOException e) {
                console.add("<console closed: " + e + ">");
            }
        }, "controller-console");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a controller.
     *
     * @param dataDir its data (working) directory
     * @param env extra environment variables
     * @return the running process, not yet ready
     */
    public static ControllerProcess start(final Path dataDir, final Map<String, String> env) throws IOException {
        return start(dataDir, env, List.of());
    }

    /**
     * Starts a controller with more arguments, which override the defaults chosen here.
     *
     * @param dataDir its data (working) directory
     * @param env extra environment variables
     * @param args more arguments of {@code tunnelmesh run}
     * @return the running process, not yet ready
     */
    public static ControllerProcess start(final Path dataDir, final Map<String, String> env, final List<String> args)
            throws IOException {
        final int restconfPort = freePort();
        final int openflowPort = freePort();
        final var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC"));
        // more JVM options (they override the ones above), for benchmarks: a heap, a flight recording
        final var jvm = System.getProperty("tunnelmesh.controller.jvm", "").strip();
        if (!jvm.isEmpty()) {
            command.addAll(List.of(jvm.split("\\s+")));
        }
        command.addAll(List.of("-cp", classpath(),
            "io.tunnelmesh.standalone.Main", "--restconf-port", Integer.toString(restconfPort),
            "--cluster-port", Integer.toString(freePort()), "--openflow-address", "127.0.0.1", "--openflow-port",
            Integer.toString(openflowPort), "--ovsdb-manager-address", "127.0.0.1", "--ovsdb-manager-port",
            Integer.toString(freePort())));
        command.addAll(args);
        Files.createDirectories(dataDir);
        final var builder = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true);
        builder.environment().remove("TUNNELMESH_ADMIN_PASSWORD");
        builder.environment().putAll(env);
        return new ControllerProcess(builder.start(), restconfPort, openflowPort);
    }

    private static String classpath() throws IOException {
        final var file = System.getProperty("tunnelmesh.controller.classpath");
        if (file == null) {
            throw new IllegalStateException("tunnelmesh.controller.classpath is not set; run through Maven");
        }
        return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The controller's process, for benchmarks that read its CPU time.
     *
     * @return its handle
     */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public int restconfPort() {
        return restconfPort;
    }

    public int openflowPort() {
        return openflowPort;
    }

    /**
     * Waits for the ready line.
     *
     * @param timeout how long to wait
     * @return the start time the controller reported, in seconds
     * @throws AssertionError with the console if the controller exits or is not ready in time
     */
    public double awaitReady(final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (var line : console) {
                final var matcher = READY.matcher(line);
                if (matcher.find()) {
                    return Double.parseDouble(matcher.group(2));
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("controller exited with " + process.exitValue() + ":\n" + console());
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("controller not ready after " + timeout + ":\n" + console());
    }

    /**
     * Waits for the process to end.
     *
     * @param timeout how long to wait
     * @return its exit status
     * @throws AssertionError if it is still running
     */
    public int awaitExit(final Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("controller still running after " + timeout + ":\n" + console());
        }
        // the console ends with the process; let the reader take its last lines
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return process.exitValue();
    }

    /**
     * Sends SIGTERM, as a service manager or {@code kill} would. Unlike {@link Process#destroy()}, which also closes
     * the process's streams, this leaves the console readable to its end.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    public String console() {
        return String.join("\n", console);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
