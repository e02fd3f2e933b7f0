/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.overlay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One command line run to its end ({@code ip}, {@code ovs-vsctl}, {@code ping}): its output and exit status, or an
 * {@link IOException} naming the command, its exit status and its standard error.
 */
final class Command {
    private static final long TIMEOUT_SECONDS = 60;

    /**
     * What a finished command left.
     *
     * @param exitCode its exit status
     * @param stdout its standard output
     * @param stderr its standard error
     */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private Command() {
        // static
    }

    /**
     * Runs a command and returns its output.
     *
     * @param command the command line
     * @return its standard output
     * @throws IOException naming the command, exit status and standard error if it exits non-zero
     */
    static String run(final List<String> command) throws IOException {
        return run(command, Map.of());
    }

    /**
     * Runs a command in an environment with extra variables and returns its output.
     *
     * @param command the command line
     * @param env variables added to the environment
     * @return its standard output
     * @throws IOException naming the command, exit status and standard error if it exits non-zero
     */
    static String run(final List<String> command, final Map<String, String> env) throws IOException {
        final var result = exec(command, env);
        if (result.exitCode() != 0) {
            throw new IOException("'" + String.join(" ", command) + "' exited " + result.exitCode() + ": "
                + (result.stderr().isBlank() ? result.stdout() : result.stderr()).strip());
        }
        return result.stdout();
    }

    /**
     * Runs a command and returns whatever it did, whatever its exit status.
     *
     * @param command the command line
     * @param env variables added to the environment
     * @return its exit status and output
     * @throws IOException if it cannot be started or does not finish within a minute
     */
    static Result exec(final List<String> command, final Map<String, String> env) throws IOException {
        final var builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        final var process = builder.start();
        process.getOutputStream().close();
        final var stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        final String stdout = read(process.getInputStream());
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("'" + String.join(" ", command) + "' did not finish in " + TIMEOUT_SECONDS
                    + " s");
            }
            return new Result(process.exitValue(), stdout, stderr.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted running '" + String.join(" ", command) + "'", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot read the standard error of '" + String.join(" ", command) + "'", e);
        }
    }

    private static String read(final InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
