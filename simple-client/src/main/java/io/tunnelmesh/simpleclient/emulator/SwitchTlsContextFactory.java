/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import javax.net.ssl.SSLException;

/**
 * Creates the TLS context of an emulated switch from PEM files ({@link SwitchTransport.Tls}), with the JDK's TLS
 * provider and the protocols the library's {@code OfTlsContextFactory} allows (TLS 1.3 and 1.2). Both sides
 * authenticate the peer, as Open vSwitch's {@code ssl:} and {@code pssl:} do: a switch that dials presents its
 * certificate and checks the controller's; a listening switch requires the controller's certificate.
 */
final class SwitchTlsContextFactory {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private SwitchTlsContextFactory() {
        // static factory
    }

    /**
     * The context of a fleet's connections.
     *
     * @param tls the key material
     * @param dials whether the switches dial (TLS client) or listen (TLS server)
     * @return the context
     * @throws IllegalArgumentException naming the files when they cannot be read
     */
    static SslContext create(final SwitchTransport.Tls tls, final boolean dials) {
        try {
            final var key = tls.privateKey().toFile();
            final var cert = tls.certificate().toFile();
            // as Open vSwitch: the peer's certificate must chain to the CA, whatever name or address it holds
            final var builder = dials ? SslContextBuilder.forClient().keyManager(cert, key)
                    .endpointIdentificationAlgorithm(null)
                : SslContextBuilder.forServer(cert, key).clientAuth(ClientAuth.REQUIRE);
            return builder.trustManager(tls.caCertificate().toFile()).sslProvider(SslProvider.JDK)
                .protocols(PROTOCOLS).build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot load the TLS key material (key " + tls.privateKey()
                + ", certificate " + tls.certificate() + ", CA " + tls.caCertificate() + "): " + e, e);
        }
    }
}
