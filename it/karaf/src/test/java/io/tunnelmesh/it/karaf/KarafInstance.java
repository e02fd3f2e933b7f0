/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.karaf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;

/**
 * One Karaf distribution, unpacked into a directory of its own and run as a child process of the test with
 * {@code bin/karaf server}. The script runs with {@code KARAF_EXEC=exec}, so it replaces itself by the JVM: the
 * process this class holds is Karaf itself, and stopping it never touches a process this test did not start.
 */
final class KarafInstance implements AutoCloseable {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(30);

    private final Path home;
    private final Path logs;
    private final Process process;
    private final Thread killOnExit;

    private KarafInstance(final Path home, final Path logs, final Process process) {
        this.home = home;
        this.logs = logs;
        this.process = process;
        // Should the test JVM end without closing us, do not leave a Karaf running behind it
        killOnExit = new Thread(process::destroyForcibly, "karaf-" + process.pid() + "-killer");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Unpacks a distribution archive, listens on the given ports only and starts it.
     *
     * @param zip the distribution archive, one top-level directory inside
     * @param workDir an empty directory to unpack into
     * @param logs where to keep Karaf's console output and, once stopped, its log
     * @param ports the ports to listen on
     * @return the running instance
     * @throws IOException if unpacking, configuring or starting fails
     */
    static KarafInstance start(final Path zip, final Path workDir, final Path logs, final KarafPorts ports)
            throws IOException {
        final var home = unpack(zip, workDir);
        ports.applyTo(home);
        Files.createDirectories(logs);

        final var builder = new ProcessBuilder(home.resolve("bin").resolve("karaf").toString(), "server")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(logs.resolve("console.log").toFile());
        final var env = builder.environment();
        // Only what we set here: no JAVA_OPTS, KARAF_* or debug options from whoever runs the build
        env.keySet().removeIf(name -> name.startsWith("KARAF_") || name.startsWith("JAVA_")
            || name.equals("JDK_JAVA_OPTIONS") || name.equals("EXTRA_JAVA_OPTS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KARAF_EXEC", "exec");
        env.put("EXTRA_JAVA_OPTS", "-Xmx1g");
        final var process = builder.start();
        process.getOutputStream().close();
        return new KarafInstance(home, logs, process);
    }

    private static Path unpack(final Path zip, final Path workDir) throws IOException {
        final var root = workDir.toAbsolutePath().normalize();
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                final var target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("Archive entry " + entry.getName() + " points outside " + root);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        final List<Path> tops;
        try (var children = Files.list(root)) {
            tops = children.toList();
        }
        if (tops.size() != 1 || !Files.isDirectory(tops.get(0))) {
            throw new IOException("Expected one top-level directory in " + zip + ", found " + tops);
        }
        final var home = tops.get(0);
        // java.util.zip does not keep Unix modes: make the scripts executable again
        try (var scripts = Files.list(home.resolve("bin"))) {
            for (var script : scripts.filter(Files::isRegularFile).toList()) {
                if (!script.getFileName().toString().endsWith(".bat")) {
                    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        return home;
    }

    boolean isAlive() {
        return process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive);
    }

    long pid() {
        return process.pid();
    }

    /**
     * Whether Karaf's log (data/log/karaf.log) holds a line containing the given text.
     *
     * @param text the text to look for
     * @return true if some line contains it
     */
    boolean logContains(final String text) {
        final var log = karafLog();
        if (!Files.isRegularFile(log)) {
            return false;
        }
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.anyMatch(line -> line.contains(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The last lines of Karaf's console output, for failure messages.
     *
     * @return up to 20 lines
     */
    String consoleTail() {
        try {
            final var lines = Files.readAllLines(logs.resolve("console.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no console output: " + e + ")";
        }
    }

    /**
     * Stops Karaf with SIGTERM, which runs its shutdown hook and stops the OSGi framework in order; kills it if it
     * has not ended within a minute. Then keeps its log next to the console output.
     *
     * @throws IOException if the log cannot be copied
     * @throws InterruptedException if interrupted while waiting for Karaf to end
     */
    @Override
    public void close() throws IOException, InterruptedException {
        final var descendants = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(KILL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        for (var descendant : descendants) {
            descendant.destroyForcibly();
        }
        Runtime.getRuntime().removeShutdownHook(killOnExit);
        if (Files.isRegularFile(karafLog())) {
            Files.copy(karafLog(), logs.resolve("karaf.log"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path karafLog() {
        return home.resolve("data").resolve("log").resolve("karaf.log");
    }
}
