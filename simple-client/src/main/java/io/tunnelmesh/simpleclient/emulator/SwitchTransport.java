/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How an emulated switch's connections travel (OpenFlow 1.3.5 section 6.3.3): plain TCP, TLS, or UDP as the
 * library's provider offers it (one datagram per message).
 */
public sealed interface SwitchTransport {
    /** Plain TCP: {@code tcp:HOST:PORT} and {@code ptcp:PORT} in Open vSwitch's words. */
    SwitchTransport TCP = new Tcp();
    /** UDP: one datagram per message, the switch always dials. */
    SwitchTransport UDP = new Udp();

    /**
     * Plain TCP.
     */
    record Tcp() implements SwitchTransport {
        // no parameters
    }

    /**
     * TLS over TCP with the key material Open vSwitch takes ({@code ovs-vsctl set-ssl KEY CERT CA}, or
     * {@code ovs-vswitchd --private-key --certificate --ca-cert}): PEM files. As in Open vSwitch, the peer is always
     * authenticated: a controller the switch dials, or one that connects to a listening switch, must present a
     * certificate the CA signed; the switch presents its own. TLS 1.3 and 1.2, as the library.
     *
     * @param privateKey the switch's private key, PKCS#8 PEM ({@code BEGIN PRIVATE KEY}, what {@code openssl req
     *     -newkey} writes)
     * @param certificate the switch's certificate (chain), PEM
     * @param caCertificate the CA certificate(s) the controller's certificate must chain to, PEM
     */
    record Tls(Path privateKey, Path certificate, Path caCertificate) implements SwitchTransport {
        /**
         * Checks the paths are there.
         */
        public Tls {
            Objects.requireNonNull(privateKey);
            Objects.requireNonNull(certificate);
            Objects.requireNonNull(caCertificate);
        }
    }

    /**
     * UDP: the library's {@code OfTransport.UDP}, each datagram exactly one message, the switch's socket (its
     * address and port) one logical connection. Datagrams carry no end of connection: the switch's echo probe
     * notices a controller that went away, and a {@code HELLO} arriving after the handshake (the controller started
     * a new connection for the switch's address) makes the switch dial again from a new socket.
     */
    record Udp() implements SwitchTransport {
        // no parameters
    }
}
