/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.overlay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One host of the lab: a network namespace running its own {@code ovsdb-server} and {@code ovs-vswitchd}, both
 * started through {@code ip netns exec} (which execs, so the child process is the daemon itself and its PID the
 * daemon's), with the database, sockets, logs and pid files in the host's directory.
 *
 * <p>{@code ovs-vswitchd} runs with {@code --disable-system}: only the userspace ({@code netdev}) datapath, no kernel
 * module. Its ports are the namespace's real veth devices, its internal ports tap devices, and it learns routes
 * from the namespace's routing table, as OVS's userspace tunnelling expects
 * (Documentation/howto/userspace-tunneling.rst).
 */
final class OvsHost {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final long STOP_TIMEOUT_SECONDS = 5;
    private static final Path SCHEMA = Path.of("/usr/share/openvswitch/vswitch.ovsschema");

    private final String namespace;
    private final Path dir;
    private final String mgmtIp;
    private final Map<String, String> env;
    private Process ovsdb;
    private Process vswitchd;
    private int syncs;

    /**
     * A host whose namespace exists and whose management address is assigned; nothing runs yet.
     *
     * @param namespace the host's network namespace
     * @param dir the host's directory for the database, sockets and logs
     * @param mgmtIp the host-side management address, where {@code ovsdb-server} also listens on TCP 6640
     */
    OvsHost(final String namespace, final Path dir, final String mgmtIp) {
        this.namespace = namespace;
        this.dir = dir;
        this.mgmtIp = mgmtIp;
        final var path = dir.toString();
        env = Map.of("OVS_RUNDIR", path, "OVS_LOGDIR", path, "OVS_DBDIR", path, "OVS_SYSCONFDIR", path);
    }

    /**
     * Creates the database and starts both daemons.
     *
     * @throws IOException if a daemon does not come up
     */
    void start() throws IOException {
        Command.run(List.of("ovsdb-tool", "create", dir.resolve("conf.db").toString(), SCHEMA.toString()));
        startOvsdb();
        vsctl("--no-wait", "init");
        startVswitchd();
    }

    private void startOvsdb() throws IOException {
        Files.deleteIfExists(dbSocket());
        Files.deleteIfExists(dir.resolve("ovsdb-server.ctl"));
        ovsdb = daemon("ovsdb-server", List.of("--remote=punix:" + dbSocket(),
            "--remote=ptcp:" + OverlayLab.OVSDB_PORT + ":" + mgmtIp,
            "--remote=db:Open_vSwitch,Open_vSwitch,manager_options", dir.resolve("conf.db").toString()));
        awaitFile(dbSocket(), ovsdb);
    }

    private void startVswitchd() throws IOException {
        Files.deleteIfExists(dir.resolve("ovs-vswitchd.ctl"));
        vswitchd = daemon("ovs-vswitchd", List.of("--disable-system", "unix:" + dbSocket()));
        awaitFile(dir.resolve("ovs-vswitchd.ctl"), vswitchd);
        awaitVswitchd();
    }

    /**
     * Waits until {@code ovs-vswitchd} has applied the database: a change made without {@code --no-wait} makes
     * ovs-vsctl wait for the switch's {@code cur_cfg} to reach the database's {@code next_cfg}; the change itself, a
     * counter in {@code external_ids}, means nothing to the switch.
     */
    private void awaitVswitchd() throws IOException {
        vsctl("set", "Open_vSwitch", ".", "external_ids:overlay-lab-sync=" + ++syncs);
    }

    private Process daemon(final String name, final List<String> args) throws IOException {
        final var command = new ArrayList<>(List.of("ip", "netns", "exec", namespace, name, "--no-chdir",
            "--unixctl=" + dir.resolve(name + ".ctl"), "--log-file=" + dir.resolve(name + ".log"),
            "--pidfile=" + dir.resolve(name + ".pid")));
        command.addAll(args);
        final var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".out").toFile()));
        builder.environment().putAll(env);
        return builder.start();
    }

    private void awaitFile(final Path file, final Process daemon) throws IOException {
        Eventually.await(START_TIMEOUT, file + " (see " + dir + ")", () -> {
            if (!daemon.isAlive()) {
                throw new IOException(daemon.info().command().orElse("a daemon") + " exited " + daemon.exitValue()
                    + " before creating " + file + "; see " + dir);
            }
            return Files.exists(file);
        });
    }

    /**
     * Stops {@code ovs-vswitchd} (SIGTERM, the way a service restart does) and starts it again on the same
     * database; the bridges come back from the database, the flows do not.
     *
     * @throws IOException if it does not come back
     */
    void restartVswitchd() throws IOException {
        stop(vswitchd);
        startVswitchd();
    }

    /**
     * Kills {@code ovsdb-server} with SIGKILL (by the PID this host started) and starts it again on the same database
     * with the same remotes; {@code ovs-vswitchd} reconnects by itself.
     *
     * @throws IOException if it does not come back
     */
    void killAndRestartOvsdb() throws IOException {
        ovsdb.destroyForcibly();
        awaitExit(ovsdb, "SIGKILL");
        startOvsdb();
        awaitVswitchd();
    }

    /**
     * Stops both daemons, {@code ovs-vswitchd} first: SIGTERM, then SIGKILL if it has not exited within 5 s.
     *
     * @throws IOException if a daemon survives SIGKILL
     */
    void stop() throws IOException {
        stop(vswitchd);
        stop(ovsdb);
    }

    private static void stop(final Process daemon) throws IOException {
        if (daemon == null || !daemon.isAlive()) {
            return;
        }
        daemon.destroy();
        try {
            if (daemon.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        daemon.destroyForcibly();
        awaitExit(daemon, "SIGKILL");
    }

    private static void awaitExit(final Process daemon, final String signal) throws IOException {
        try {
            if (!daemon.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("pid " + daemon.pid() + " survived " + signal);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for pid " + daemon.pid() + " to exit", e);
        }
    }

    String vsctl(final String... args) throws IOException {
        final var command = new ArrayList<>(List.of("ovs-vsctl", "--db=unix:" + dbSocket(), "--timeout=10"));
        command.addAll(List.of(args));
        return Command.run(command, env);
    }

    String ofctl(final String bridge, final String command, final String... args) throws IOException {
        final var line = new ArrayList<>(List.of("ovs-ofctl", "-O", "OpenFlow13", command,
            "unix:" + dir.resolve(bridge + ".mgmt")));
        line.addAll(List.of(args));
        return Command.run(line, env);
    }

    String appctl(final String... args) throws IOException {
        final var command = new ArrayList<>(List.of("ovs-appctl", "-t", dir.resolve("ovs-vswitchd.ctl").toString()));
        command.addAll(List.of(args));
        return Command.run(command, env);
    }

    /**
     * Runs a command inside the host's namespace.
     *
     * @param args the command line
     * @return its output
     * @throws IOException if it fails
     */
    String exec(final String... args) throws IOException {
        final var command = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        command.addAll(List.of(args));
        return Command.run(command, env);
    }

    String namespace() {
        return namespace;
    }

    Path directory() {
        return dir;
    }

    private Path dbSocket() {
        return dir.resolve("db.sock");
    }
}
