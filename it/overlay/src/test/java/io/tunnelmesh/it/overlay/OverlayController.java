/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import io.tunnelmesh.it.standalone.ControllerProcess;
import io.tunnelmesh.it.standalone.Restconf;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The standalone controller as production runs it, for the lab: a separate JVM whose OpenFlow endpoint listens on
 * every address (the lab's hosts reach it over their management links), OVSDB manager port off (the controller dials
 * the hosts), driven only through RESTCONF. Restartable on the same data directory.
 */
final class OverlayController implements AutoCloseable {
    static final String ROOT = "tunnelmesh:tunnelmesh";
    private static final String PASSWORD = "lab-admin";
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration STOP = Duration.ofSeconds(20);

    private final Path dataDir;
    private final int openflowPort = ControllerProcess.freePort();
    private ControllerProcess process;
    private Restconf restconf;

    private OverlayController(final Path dataDir) throws IOException, InterruptedException {
        this.dataDir = dataDir;
        process = launch();
        restconf = new Restconf(process.restconfPort(), "admin", PASSWORD);
    }

    /**
     * Starts a controller and waits until RESTCONF answers.
     *
     * @param dataDir its data directory
     * @return the controller
     */
    static OverlayController start(final Path dataDir) throws IOException, InterruptedException {
        return new OverlayController(dataDir);
    }

    private ControllerProcess launch() throws IOException, InterruptedException {
        final var started = ControllerProcess.start(dataDir, Map.of("TUNNELMESH_ADMIN_PASSWORD", PASSWORD),
            List.of("--openflow-address", "0.0.0.0", "--openflow-port", Integer.toString(openflowPort),
                "--ovsdb-manager-port", "0"));
        started.awaitReady(START);
        return started;
    }

    /**
     * Stops the controller (SIGTERM) and starts it again on the same data directory and ports.
     */
    void restart() throws IOException, InterruptedException {
        process.terminate();
        final int status = process.awaitExit(STOP);
        if (status != 0 && status != 143) {
            throw new IOException("the controller exited with " + status + "\n" + process.console());
        }
        process.close();
        process = launch();
        restconf = new Restconf(process.restconfPort(), "admin", PASSWORD);
    }

    Restconf restconf() {
        return restconf;
    }

    /**
     * Writes configuration and checks RESTCONF took it.
     *
     * @param path the path under the tunnelmesh container, such as {@code /node=a}
     * @param json the body
     */
    void put(final String path, final String json) throws IOException, InterruptedException {
        final var reply = restconf.put(ROOT + path, json);
        if (reply.status() != 201 && reply.status() != 204) {
            throw new IOException("PUT " + path + " answered " + reply.status() + ": " + reply.body());
        }
    }

    void delete(final String path) throws IOException, InterruptedException {
        final var reply = restconf.delete(ROOT + path);
        if (reply.status() != 204) {
            throw new IOException("DELETE " + path + " answered " + reply.status() + ": " + reply.body());
        }
    }

    /**
     * Reads operational state.
     *
     * @param path the path under the tunnelmesh container
     * @return the body, or a missing node when absent
     */
    JsonNode state(final String path) throws IOException, InterruptedException {
        return restconf.get(ROOT + path + "?content=nonconfig").body();
    }

    String console() {
        return process.console();
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
