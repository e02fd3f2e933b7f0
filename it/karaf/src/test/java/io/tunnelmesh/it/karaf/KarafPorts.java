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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every TCP port an OpenDaylight Karaf with RESTCONF listens on, chosen free on the loopback interface, so that this
 * test neither collides with another Karaf, a standalone controller or a second build on the same machine, nor
 * listens beyond 127.0.0.1. The Karaf shutdown port needs nothing: Karaf picks a free one on 127.0.0.1 itself.
 *
 * @param http the Jetty port serving RESTCONF at /rests (stock: 8181)
 * @param restconfNetty the Netty RESTCONF endpoint (stock: 0.0.0.0:8182)
 * @param ssh the Karaf SSH console (stock: 0.0.0.0:8101)
 * @param rmiRegistry the JMX RMI registry (stock: 1099)
 * @param rmiServer the JMX RMI server (stock: 44444)
 * @param pekko the Pekko remoting port of the datastore (stock: 2550)
 */
record KarafPorts(int http, int restconfNetty, int ssh, int rmiRegistry, int rmiServer, int pekko) {
    private static final String LOOPBACK = "127.0.0.1";

    /**
     * Picks six distinct free loopback ports. They are free when picked; another process could still take one before
     * Karaf binds it, which would show as a failure to start, not as a wrong result.
     *
     * @return the ports
     */
    static KarafPorts pickFree() {
        final var sockets = new ArrayList<ServerSocket>();
        try {
            for (int i = 0; i < 6; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return new KarafPorts(sockets.get(0).getLocalPort(), sockets.get(1).getLocalPort(),
                sockets.get(2).getLocalPort(), sockets.get(3).getLocalPort(), sockets.get(4).getLocalPort(),
                sockets.get(5).getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find free loopback ports", e);
        } finally {
            for (var socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // Nothing to do: the port is still usable by Karaf once the socket is gone
                }
            }
        }
    }

    /**
     * Writes these ports into an unpacked distribution that has not booted yet.
     *
     * @param home the distribution's root directory
     * @throws IOException if a configuration file cannot be read or written
     */
    void applyTo(final Path home) throws IOException {
        final var etc = home.resolve("etc");
        setProperty(etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", http);
        setProperty(etc.resolve("org.ops4j.pax.web.cfg"), "org.ops4j.pax.web.listening.addresses", LOOPBACK);
        // etc/jetty.xml declares its own connector, by default the same 8181 on all interfaces
        replace(etc.resolve("jetty.xml"), "<Property name=\"jetty.port\" default=\"8181\"/>",
            "<Property name=\"jetty.port\" default=\"" + http + "\"/>");
        replace(etc.resolve("jetty.xml"), "<Property name=\"jetty.host\"/>",
            "<Property name=\"jetty.host\" default=\"" + LOOPBACK + "\"/>");
        setProperty(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort", ssh);
        setProperty(etc.resolve("org.apache.karaf.shell.cfg"), "sshHost", LOOPBACK);
        setProperty(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort", rmiRegistry);
        setProperty(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort", rmiServer);

        // Installed by features on first boot unless present: present, they are kept as they are
        Files.writeString(etc.resolve("org.opendaylight.restconf.nb.rfc8040.cfg"),
            "bind-address=" + LOOPBACK + "\nbind-port=" + restconfNetty + "\n", StandardCharsets.UTF_8);
        final var shipped = Files.readString(shippedPekkoConf(home), StandardCharsets.UTF_8);
        if (!shipped.contains(":2550\"") || !shipped.contains("canonical.port = 2550")) {
            throw new IOException("The shipped pekko.conf no longer uses port 2550 where expected: " + shipped);
        }
        final var initial = home.resolve("configuration").resolve("initial");
        Files.createDirectories(initial);
        Files.writeString(initial.resolve("pekko.conf"), shipped.replace("2550", Integer.toString(pekko)),
            StandardCharsets.UTF_8);
    }

    /**
     * The configuration/initial/pekko.conf that odl-mdsal-distributed-datastore installs, as it lies in the
     * distribution's system repository.
     */
    private static Path shippedPekkoConf(final Path home) throws IOException {
        final var dir = home.resolve("system/org/opendaylight/controller/sal-clustering-config");
        try (var files = Files.walk(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-pekkoconf.xml"))
                .findFirst()
                .orElseThrow(() -> new IOException("No *-pekkoconf.xml under " + dir));
        }
    }

    private static void setProperty(final Path file, final String key, final Object value) throws IOException {
        final var line = Pattern.compile("^\\s*#?\\s*" + Pattern.quote(key) + "\\s*[=:].*$", Pattern.MULTILINE);
        final var text = Files.readString(file, StandardCharsets.UTF_8);
        final var matcher = line.matcher(text);
        final var assignment = key + " = " + value;
        final var updated = matcher.find() ? matcher.replaceFirst(Matcher.quoteReplacement(assignment))
            : text + "\n" + assignment + "\n";
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    private static void replace(final Path file, final String expected, final String replacement)
            throws IOException {
        final var text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(expected)) {
            throw new IOException(file + " does not contain " + expected);
        }
        Files.writeString(file, text.replace(expected, replacement), StandardCharsets.UTF_8);
    }
}
