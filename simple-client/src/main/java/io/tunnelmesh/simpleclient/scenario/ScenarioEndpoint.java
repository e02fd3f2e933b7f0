/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Where a scenario's one TCP connection comes from: it dials a peer, or listens for one to dial it. Either role can
 * do either (a switch dials a controller as {@code tcp:HOST:PORT}, or listens as {@code ptcp:PORT}).
 */
public sealed interface ScenarioEndpoint {
    /**
     * The address dialed or listened on.
     *
     * @return the address
     */
    InetSocketAddress address();

    /**
     * The scenario dials.
     *
     * @param address the peer's address
     */
    record Dial(InetSocketAddress address) implements ScenarioEndpoint {
        @Override
        public String toString() {
            return "connect " + address.getHostString() + ":" + address.getPort();
        }
    }

    /**
     * The scenario listens and plays against the first peer that connects.
     *
     * @param address the address to listen on; port 0 picks a free one
     */
    record Listen(InetSocketAddress address) implements ScenarioEndpoint {
        @Override
        public String toString() {
            return "listen " + address.getHostString() + ":" + address.getPort();
        }
    }

    /**
     * Parses {@code HOST:PORT}, {@code [IPV6]:PORT}, or a bare {@code PORT} on the loopback address.
     *
     * @param text the address
     * @return the address
     * @throws IllegalArgumentException if it is not one
     */
    static InetSocketAddress parseAddress(final String text) {
        final int colon = text.lastIndexOf(':');
        final String host = colon < 0 ? null : text.substring(0, colon);
        final String port = colon < 0 ? text : text.substring(colon + 1);
        final int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port '" + port + "' in '" + text + "'", e);
        }
        if (number < 0 || number > 0xffff) {
            throw new IllegalArgumentException("port " + number + " is not between 0 and 65535");
        }
        if (host == null) {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), number);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("no host in '" + text + "'");
        }
        final boolean bracketed = host.startsWith("[") && host.endsWith("]");
        return new InetSocketAddress(bracketed ? host.substring(1, host.length() - 1) : host, number);
    }
}
