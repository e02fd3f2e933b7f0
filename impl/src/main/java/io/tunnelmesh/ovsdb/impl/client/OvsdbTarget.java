/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * An active OVSDB connection method as Open vSwitch writes it ({@code ovsdb-server(1)}, "Active database connection
 * methods"): {@code tcp:IP:PORT} or {@code ssl:IP:PORT}, an IPv6 address in brackets ({@code tcp:[::1]:6640}), or
 * {@code unix:FILE}, the Unix domain socket of a server on this host ({@code --remote=punix:FILE}, the way
 * {@code ovs-vsctl} reaches its local {@code db.sock}). The port is mandatory here, as in OVS; 6640 is the IANA port
 * (RFC 7047 section 6). The file must be an absolute path: OVS resolves a relative one against its run directory,
 * which the controller does not share.
 */
public sealed interface OvsdbTarget permits OvsdbTarget.Inet, OvsdbTarget.Unix {
    /**
     * Parses a connection method.
     *
     * @param text such as {@code tcp:198.51.100.2:6640} or {@code unix:/var/run/openvswitch/db.sock}
     * @return the target
     * @throws IllegalArgumentException if the text is neither {@code tcp:} or {@code ssl:} with a host and a port nor
     *     {@code unix:} with an absolute path
     */
    static OvsdbTarget parse(final String text) {
        if (text.startsWith(Unix.PREFIX)) {
            return new Unix(Path.of(text.substring(Unix.PREFIX.length())));
        }
        final var matcher = Inet.PATTERN.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an OVSDB target tcp:IP:PORT, ssl:IP:PORT or unix:/PATH: \""
                + text + "\"");
        }
        final var host = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        return new Inet("ssl".equals(matcher.group(1)) ? Transport.SSL : Transport.TCP, host,
            Integer.parseInt(matcher.group(4)));
    }

    /**
     * A server reached over TCP, with or without TLS.
     *
     * @param transport plain TCP or TLS
     * @param host the address, without brackets
     * @param port the TCP port
     */
    record Inet(Transport transport, String host, int port) implements OvsdbTarget {
        /** {@code tcp:} or {@code ssl:}, a host (IPv6 in brackets) and a port. */
        private static final Pattern PATTERN =
            Pattern.compile("(tcp|ssl):(?:\\[([0-9a-fA-F:.]+)]|([^:\\[\\]]+)):(\\d{1,5})");

        /**
         * A target.
         *
         * @throws IllegalArgumentException if the port is out of range
         */
        public Inet {
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port " + port + " is not 1 to 65535");
            }
        }

        /**
         * The socket address, resolved now.
         *
         * @return the address
         */
        public InetSocketAddress address() {
            return new InetSocketAddress(host, port);
        }

        @Override
        public String toString() {
            return transport.prefix + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /**
     * A server on this host, reached over its Unix domain socket. Linux's {@code sockaddr_un} holds at most 107 bytes
     * of path and a terminating NUL ({@code unix(7)}); a longer path could never be dialled, so it is refused here.
     *
     * @param path the socket file, absolute
     */
    record Unix(Path path) implements OvsdbTarget {
        private static final String PREFIX = "unix:";
        private static final int MAX_PATH_BYTES = 107;

        /**
         * A target.
         *
         * @throws IllegalArgumentException if the path is not absolute or too long for a socket address
         */
        public Unix {
            if (!path.isAbsolute()) {
                throw new IllegalArgumentException("unix: OVSDB target needs an absolute path, not \"" + path + "\"");
            }
            final int bytes = path.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_PATH_BYTES) {
                throw new IllegalArgumentException("unix: OVSDB target path is " + bytes + " bytes, more than the "
                    + MAX_PATH_BYTES + " a Unix socket address holds: " + path);
            }
        }

        /**
         * The socket address.
         *
         * @return the address
         */
        public UnixDomainSocketAddress address() {
            return UnixDomainSocketAddress.of(path);
        }

        @Override
        public String toString() {
            return PREFIX + path;
        }
    }

    /**
     * The transports of TCP connection methods.
     */
    enum Transport {
        /** Plain TCP. */
        TCP("tcp:"),
        /** TLS over TCP. */
        SSL("ssl:");

        private final String prefix;

        Transport(final String prefix) {
            this.prefix = prefix;
        }
    }
}
