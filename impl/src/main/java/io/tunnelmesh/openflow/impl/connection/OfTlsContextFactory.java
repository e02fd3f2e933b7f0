/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.connection;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.tunnelmesh.openflow.api.connection.OfTlsConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Creates the TLS contexts of the OpenFlow TLS transport (OpenFlow 1.3.5 section 6.3.3) from PKCS12 key and trust
 * stores, with the JDK's TLS provider; TLS 1.3 and 1.2 only. The server side requires a client certificate when
 * mutual authentication is configured; the client side always presents its certificate.
 */
final class OfTlsContextFactory {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private OfTlsContextFactory() {
        // static factory
    }

    static SslContext server(final OfTlsConfig tls) throws IOException, GeneralSecurityException {
        return SslContextBuilder.forServer(keyManagers(tls)).trustManager(trustManagers(tls))
            .sslProvider(SslProvider.JDK).protocols(PROTOCOLS)
            .clientAuth(tls.mutualAuthentication() ? ClientAuth.REQUIRE : ClientAuth.NONE).build();
    }

    static SslContext client(final OfTlsConfig tls) throws IOException, GeneralSecurityException {
        // trust is the CA's, as on Open vSwitch (ovs-pki certificates name a switch, not an address): no host name
        // check, which Netty 4.2 clients otherwise do by default
        return SslContextBuilder.forClient().keyManager(keyManagers(tls)).trustManager(trustManagers(tls))
            .endpointIdentificationAlgorithm(null).sslProvider(SslProvider.JDK).protocols(PROTOCOLS).build();
    }

    private static KeyManagerFactory keyManagers(final OfTlsConfig tls) throws IOException, GeneralSecurityException {
        final var factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(load(tls.keyStore(), tls.keyStorePassword()), tls.keyStorePassword().toCharArray());
        return factory;
    }

    private static TrustManagerFactory trustManagers(final OfTlsConfig tls)
            throws IOException, GeneralSecurityException {
        final var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(load(tls.trustStore(), tls.trustStorePassword()));
        return factory;
    }

    private static KeyStore load(final Path path, final String password) throws IOException, GeneralSecurityException {
        final var store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }
}
