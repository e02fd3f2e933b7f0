/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.standalone;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the standalone controller. The working directory is the data directory: the datastore, the logs
 * and the generated admin password live there ({@code ./tunnelmesh run} starts the JVM in it).
 *
 * <p>Exit status: 0 after a clean stop (SIGINT or SIGTERM), 2 for bad arguments, 1 when the controller cannot start.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    private static final long STOP_SECONDS = 4;

    private Main() {
        // entry point only
    }

    /**
     * Runs the controller until the JVM is asked to stop.
     *
     * @param args the command line, see {@link StandaloneSettings#USAGE}
     */
    // The command line's own errors go to stderr, before logging is of any use to the user
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    public static void main(final String[] args) {
        final long started = System.nanoTime();
        final StandaloneSettings settings;
        try {
            settings = StandaloneSettings.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("tunnelmesh: " + e.getMessage());
            System.err.println(StandaloneSettings.USAGE);
            System.exit(2);
            return;
        }
        final var dataDir = Path.of("").toAbsolutePath();
        final FileLock lock;
        try {
            lock = DataDirectoryLock.acquire(dataDir);
        } catch (IOException e) {
            System.err.println("tunnelmesh: " + e.getMessage());
            System.exit(1);
            return;
        }
        final AdminPassword password;
        try {
            password = AdminPassword.resolve(dataDir, System.getenv());
        } catch (IOException e) {
            System.err.println("tunnelmesh: cannot set up the admin password: " + e.getMessage());
            System.exit(1);
            return;
        }
        switch (password.source()) {
            case ENVIRONMENT -> LOG.info("RESTCONF user admin: password from {}", AdminPassword.ENVIRONMENT_VARIABLE);
            case FILE -> LOG.info("RESTCONF user admin: password in {}", password.file());
            case GENERATED -> LOG.info("RESTCONF user admin: generated a password, stored in {} (owner-only)",
                password.file());
            default -> throw new IllegalStateException("unknown source " + password.source());
        }
        LOG.info("Starting TunnelMesh in {}", dataDir);

        final ControllerRuntime runtime;
        try {
            runtime = ControllerRuntime.start(settings, new BasicAuthPrincipalService("admin", password.password()));
        } catch (ControllerRuntime.StartException e) {
            LOG.error("TunnelMesh did not start", e);
            System.exit(1);
            return;
        }
        final var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping TunnelMesh");
            final long stopping = System.nanoTime();
            final boolean clean = runtime.stop(STOP_SECONDS);
            LOG.info("TunnelMesh stopped{} in {} s", clean ? "" : " (not cleanly)", seconds(stopping));
            DataDirectoryLock.release(lock);
            stopped.countDown();
        }, "tunnelmesh-shutdown"));
        LOG.info("RESTCONF ready at http://{}:{}/{}/data in {} s", hostForUrl(settings.restconfAddress()),
            settings.restconfPort(), RestconfNorthbound.API_ROOT, seconds(started));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String seconds(final long since) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    private static String hostForUrl(final String address) {
        return address.indexOf(':') >= 0 ? "[" + address + "]" : address;
    }
}
