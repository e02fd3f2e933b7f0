/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ovs;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A private Open vSwitch for tests: its own {@code ovsdb-server} and {@code ovs-vswitchd} (userspace
 * {@code dummy} datapath, {@code --disable-system}, no kernel module) with every socket, database, log and pid file in
 * a temporary directory, the way OVS's own {@code ovs-sandbox} runs it. Both daemons are children of the test JVM,
 * stopped by their process handles on {@link #close()}: the system-wide OVS is never touched, nothing is killed by
 * name. Needs the Debian package {@code openvswitch-switch}, which {@code ./tunnelmesh test} installs.
 */
public final class OvsSandbox implements AutoCloseable {
    private static final long START_TIMEOUT_MS = 20_000;
    private static final Path SCHEMA = Path.of("/usr/share/openvswitch/vswitch.ovsschema");
    /** Loopback only, on a port the kernel picks: parallel sandboxes never collide. */
    private static final String DB_TCP = "ptcp:0:127.0.0.1";
    private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

    private final Path dir;
    private final Map<String, String> env;
    private final List<Process> daemons = new ArrayList<>();
    private final List<String> vswitchdOptions;

    private OvsSandbox(final Path dir, final List<String> vswitchdOptions) {
        this.dir = dir;
        this.vswitchdOptions = vswitchdOptions;
        final var path = dir.toString();
        env = Map.of("OVS_RUNDIR", path, "OVS_LOGDIR", path, "OVS_DBDIR", path, "OVS_SYSCONFDIR", path);
    }

    /**
     * Starts {@code ovsdb-server} and {@code ovs-vswitchd} in a new temporary directory.
     *
     * @return the running sandbox
     * @throws IOException if a daemon cannot be started or does not come up in time
     */
    public static OvsSandbox start() throws IOException {
        return startWith(List.of("--enable-dummy=override", "--disable-system"));
    }

    /**
     * Starts a sandbox whose tunnel ports are real: {@code ovs-vswitchd} with {@code --enable-dummy} but without
     * {@code =override}, so that a {@code vxlan} port is a userspace tunnel vport (native tunnelling: the datapath
     * actions show {@code tnl_push} with the outer header) while bridges and {@code type=dummy} ports stay dummies;
     * {@code --disable-system-route} keeps the host's routing table out, so only routes the test adds exist (OVS's
     * own test suite runs it this way).
     *
     * @return the running sandbox
     * @throws IOException if a daemon cannot be started or does not come up in time
     */
    public static OvsSandbox startWithTunnels() throws IOException {
        return startWith(List.of("--enable-dummy", "--disable-system", "--disable-system-route"));
    }

    @SuppressWarnings("checkstyle:IllegalCatch") // whatever fails while starting, the daemons must not outlive it
    private static OvsSandbox startWith(final List<String> vswitchdOptions) throws IOException {
        final var sandbox = new OvsSandbox(Files.createTempDirectory("tunnelmesh-ovs"), vswitchdOptions);
        try {
            sandbox.startDaemons();
        } catch (IOException | RuntimeException e) {
            sandbox.close();
            throw e;
        }
        return sandbox;
    }

    /**
     * Starts only an {@code ovsdb-server}, on a single-server clustered (Raft) database: unlike a standalone one it
     * keeps a transaction history, so {@code monitor_cond_since} can resume ({@code found = true}).
     *
     * @return the running sandbox, without {@code ovs-vswitchd}
     * @throws IOException if the server cannot be started or does not come up in time
     */
    @SuppressWarnings("checkstyle:IllegalCatch") // whatever fails while starting, the server must not outlive it
    public static OvsSandbox startClusteredDatabase() throws IOException {
        final var sandbox = new OvsSandbox(Files.createTempDirectory("tunnelmesh-ovsdb"), List.of());
        try {
            final int raftPort;
            try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                raftPort = probe.getLocalPort();
            }
            sandbox.run(List.of("ovsdb-tool", "create-cluster", sandbox.dir.resolve("conf.db").toString(),
                SCHEMA.toString(), "tcp:127.0.0.1:" + raftPort));
            sandbox.daemons.add(sandbox.ovsdbServer(DB_TCP));
            sandbox.awaitFile(sandbox.dbSocket(), "ovsdb-server socket");
            sandbox.vsctl("--no-wait", "init");
        } catch (IOException | RuntimeException e) {
            sandbox.close();
            throw e;
        }
        return sandbox;
    }

    /**
     * Starts only an {@code ovsdb-server} that speaks OVSDB over TLS on loopback ({@code --remote=pssl:0:127.0.0.1},
     * the port in {@link #dbTcpAddress()}) with the given key material, as {@code ovsdb-server(1)} takes it: it
     * presents the certificate, requires one from every peer and trusts the CA's; it also uses them when it dials
     * an {@code ssl:} manager ({@link #dbAppctl} {@code ovsdb-server/add-remote}).
     *
     * @param privateKey the server's private key, PEM
     * @param certificate its certificate, PEM
     * @param caCertificate the CA certificate that peers' certificates must chain to, PEM
     * @return the running sandbox, without {@code ovs-vswitchd}
     * @throws IOException if the server cannot be started or does not come up in time
     */
    @SuppressWarnings("checkstyle:IllegalCatch") // whatever fails while starting, the server must not outlive it
    public static OvsSandbox startDatabaseWithTls(final Path privateKey, final Path certificate,
            final Path caCertificate) throws IOException {
        final var sandbox = new OvsSandbox(Files.createTempDirectory("tunnelmesh-ovsdb-tls"), List.of());
        try {
            sandbox.run(List.of("ovsdb-tool", "create", sandbox.dir.resolve("conf.db").toString(), SCHEMA.toString()));
            sandbox.daemons.add(sandbox.ovsdbServer("pssl:0:127.0.0.1", "--private-key=" + privateKey,
                "--certificate=" + certificate, "--ca-cert=" + caCertificate));
            sandbox.awaitFile(sandbox.dbSocket(), "ovsdb-server socket");
            sandbox.vsctl("--no-wait", "init");
        } catch (IOException | RuntimeException e) {
            sandbox.close();
            throw e;
        }
        return sandbox;
    }

    private void startDaemons() throws IOException {
        run(List.of("ovsdb-tool", "create", dir.resolve("conf.db").toString(), SCHEMA.toString()));
        daemons.add(ovsdbServer(DB_TCP));
        awaitFile(dbSocket(), "ovsdb-server socket");
        vsctl("--no-wait", "init");
        final var vswitchd = new ArrayList<>(List.of("ovs-vswitchd", "--no-chdir"));
        vswitchd.addAll(vswitchdOptions);
        vswitchd.addAll(List.of("--unixctl=" + dir.resolve("ovs-vswitchd.ctl"),
            "--log-file=" + dir.resolve("ovs-vswitchd.log"), "unix:" + dbSocket()));
        daemons.add(daemon(vswitchd, "ovs-vswitchd"));
        awaitFile(dir.resolve("ovs-vswitchd.ctl"), "ovs-vswitchd control socket");
    }

    private Process ovsdbServer(final String tcpRemote, final String... options) throws IOException {
        final var command = new ArrayList<>(List.of("ovsdb-server", "--no-chdir", "--remote=punix:" + dbSocket(),
            "--remote=" + tcpRemote, "--unixctl=" + dir.resolve("ovsdb-server.ctl"),
            "--log-file=" + dir.resolve("ovsdb-server.log")));
        command.addAll(List.of(options));
        command.add(dir.resolve("conf.db").toString());
        return daemon(command, "ovsdb-server");
    }

    /**
     * Kills this sandbox's {@code ovsdb-server} with SIGKILL (by its process handle, the child this sandbox started),
     * waits for it to be gone, then starts it again on the same database and the same TCP port: a server crash and
     * restart as clients see it. {@code ovs-vswitchd} reconnects by itself.
     *
     * @throws IOException if the server does not come back in time
     */
    public void killAndRestartDatabase() throws IOException {
        final var address = dbTcpAddress();
        final var server = daemons.get(0);
        server.destroyForcibly();
        try {
            if (!server.waitFor(START_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                throw new IOException("ovsdb-server (pid " + server.pid() + ") survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted killing ovsdb-server", e);
        }
        // a killed server leaves its socket and pid files behind; the new one replaces the socket
        Files.deleteIfExists(dbSocket());
        daemons.set(0, ovsdbServer("ptcp:" + address.getPort() + ":127.0.0.1"));
        awaitFile(dbSocket(), "restarted ovsdb-server socket");
    }

    /**
     * The directory holding the sandbox's files.
     *
     * @return the directory
     */
    public Path directory() {
        return dir;
    }

    /**
     * The OVSDB socket, for {@code ovs-vsctl --db=unix:...} or an OVSDB client.
     *
     * @return the Unix socket path
     */
    public Path dbSocket() {
        return dir.resolve("db.sock");
    }

    /**
     * The loopback TCP address where {@code ovsdb-server} also listens ({@code ptcp:0:127.0.0.1}, or
     * {@code pssl:0:127.0.0.1} for {@link #startDatabaseWithTls}), for OVSDB clients that speak TCP: the port is the
     * one the kernel picked, which the server logs, read as OVS's own tests read it.
     *
     * @return the address
     * @throws IOException if the log shows no listening port in time
     */
    public InetSocketAddress dbTcpAddress() throws IOException {
        final var log = dir.resolve("ovsdb-server.log");
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MS);
        while (true) {
            if (Files.exists(log)) {
                final var matcher = LISTENING.matcher(Files.readString(log));
                if (matcher.find()) {
                    return new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(matcher.group(1)));
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("ovsdb-server logged no listening port within " + START_TIMEOUT_MS + " ms; see "
                    + log);
            }
            pause("ovsdb-server's TCP port");
        }
    }

    /**
     * Adds a bridge on the dummy datapath, fail mode secure, speaking the given OpenFlow versions, connected to a
     * controller out of band (in-band control would look for a route to the controller through the bridge itself).
     *
     * @param bridge the bridge name
     * @param controller the controller target, such as {@code tcp:127.0.0.1:6653}
     * @param protocols the OpenFlow versions, such as {@code OpenFlow13}
     * @return ovs-vsctl's output
     * @throws IOException if ovs-vsctl fails
     */
    public String addBridge(final String bridge, final String controller, final String protocols)
            throws IOException {
        return vsctl("add-br", bridge, "--", "set", "bridge", bridge, "datapath_type=dummy", "fail-mode=secure",
            "protocols=" + protocols, "other-config:disable-in-band=true",
            "--", "--id=@controller", "create", "Controller", "target=\"" + controller + "\"",
            "connection_mode=out-of-band",
            "--", "set", "bridge", bridge, "controller=@controller");
    }

    /**
     * Runs {@code ovs-vsctl} against the sandbox's database.
     *
     * @param args the arguments
     * @return the output
     * @throws IOException if the command fails
     */
    public String vsctl(final String... args) throws IOException {
        final var command = new ArrayList<>(List.of("ovs-vsctl", "--db=unix:" + dbSocket(), "--timeout=10"));
        command.addAll(List.of(args));
        return run(command);
    }

    /**
     * Runs {@code ovs-ofctl} against a bridge's management socket (what the switch really holds, independent of
     * any controller connection).
     *
     * @param version the OpenFlow version, such as {@code OpenFlow13}
     * @param command the ovs-ofctl command, such as {@code dump-flows}
     * @param bridge the bridge
     * @param args more arguments
     * @return the output
     * @throws IOException if the command fails
     */
    public String ofctl(final String version, final String command, final String bridge, final String... args)
            throws IOException {
        final var line = new ArrayList<>(List.of("ovs-ofctl", "--no-names", "-O", version, command,
            "unix:" + dir.resolve(bridge + ".mgmt")));
        line.addAll(List.of(args));
        return run(line);
    }

    /**
     * Runs {@code ovs-appctl} against {@code ovs-vswitchd}.
     *
     * @param args the command and its arguments
     * @return the output
     * @throws IOException if the command fails
     */
    public String appctl(final String... args) throws IOException {
        final var command = new ArrayList<>(List.of("ovs-appctl", "-t", dir.resolve("ovs-vswitchd.ctl").toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    /**
     * Runs {@code ovs-appctl} against {@code ovsdb-server}, such as {@code ovsdb-server/add-remote tcp:IP:PORT} to
     * make it dial a manager.
     *
     * @param args the command and its arguments
     * @return the output
     * @throws IOException if the command fails
     */
    public String dbAppctl(final String... args) throws IOException {
        final var command = new ArrayList<>(List.of("ovs-appctl", "-t", dir.resolve("ovsdb-server.ctl").toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    /**
     * The {@code ovs-vswitchd} log so far, for assertion messages.
     *
     * @return the log text, or a note that there is none
     */
    public String vswitchdLog() {
        return log("ovs-vswitchd");
    }

    /**
     * The {@code ovsdb-server} log so far.
     *
     * @return the log text, or a note that there is none
     */
    public String dbLog() {
        return log("ovsdb-server");
    }

    private String log(final String daemon) {
        try {
            return Files.readString(dir.resolve(daemon + ".log"));
        } catch (IOException e) {
            return "(no " + daemon + " log: " + e.getMessage() + ")";
        }
    }

    private Process daemon(final List<String> command, final String name) throws IOException {
        final var builder = new ProcessBuilder(command).directory(dir.toFile())
            .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".out").toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private String run(final List<String> command) throws IOException {
        final var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        final var process = builder.start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted running " + command.get(0), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited " + process.exitValue() + ": " + output);
        }
        return output;
    }

    private void awaitFile(final Path file, final String what) throws IOException {
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MS);
        while (!Files.exists(file)) {
            for (var daemon : daemons) {
                if (!daemon.isAlive()) {
                    throw new IOException(what + " never appeared: a daemon exited " + daemon.exitValue()
                        + "; see " + dir);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException(what + " did not appear within " + START_TIMEOUT_MS + " ms; see " + dir);
            }
            pause(what);
        }
    }

    private static void pause(final String what) throws IOException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for " + what, e);
        }
    }

    @Override
    public void close() {
        for (var daemon : daemons.reversed()) {
            daemon.destroy();
        }
        for (var daemon : daemons) {
            try {
                if (!daemon.waitFor(10, TimeUnit.SECONDS)) {
                    daemon.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                daemon.destroyForcibly();
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // best effort: a leftover temporary directory is harmless
        }
    }
}
