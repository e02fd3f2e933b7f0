/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import java.net.InetSocketAddress;
import java.util.regex.Pattern;

/**
 * An active OVSDB connection method as Open vSwitch writes it ({@code ovsdb-server(1)}, "Active database connection
 * methods"): {@code tcp:IP:PORT} or {@code ssl:IP:PORT}, an IPv6 address in brackets ({@code tcp:[::1]:6640}). The
 * port is mandatory here, as in OVS; 6640 is the IANA port (RFC 7047 section 6).
 *
 * @param transport plain TCP or TLS
 * @param host the address, without brackets
 * @param port the TCP port
 */
public record OvsdbTarget(Transport transport, String host, int port) {
    private static final Pattern TARGET =
        Pattern.compile("(tcp|ssl):(?:\\[([0-9a-fA-F:.]+)]|([^:\\[\\]]+)):(\\d{1,5})");

    /**
     * A target.
     *
     * @throws IllegalArgumentException if the port is out of range
     */
    public OvsdbTarget {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not 1 to 65535");
        }
    }

    /**
     * Parses a connection method.
     *
     * @param text such as {@code tcp:198.51.100.2:6640}
     * @return the target
     * @throws IllegalArgumentException if the text is not {@code tcp:} or {@code ssl:} with a host and a port
     */
    public static OvsdbTarget parse(final String text) {
        final var matcher = TARGET.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an OVSDB target tcp:IP:PORT or ssl:IP:PORT: \"" + text + "\"");
        }
        final var host = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        return new OvsdbTarget("ssl".equals(matcher.group(1)) ? Transport.SSL : Transport.TCP, host,
            Integer.parseInt(matcher.group(4)));
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

    /**
     * The transports of active connection methods.
     */
    public enum Transport {
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
