/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.client;

import static java.util.Objects.requireNonNull;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * The controller's OVSDB TLS material as Open vSwitch keeps its own ({@code ovs-vsctl set-ssl KEY CERT CA}, PEM
 * files, the key in PKCS#8): one key and certificate, presented in both directions, and the CA that signs the nodes'
 * certificates. Trust is the CA's, not a host name (ovs-pki certificates name a switch, not an address), and both
 * sides authenticate (RFC 7047 section 6 leaves it to the deployment; Open vSwitch always asks for a certificate).
 *
 * @param privateKey the controller's private key, PEM (PKCS#8)
 * @param certificate the controller's certificate, PEM
 * @param caCertificate the CA certificate the nodes' certificates are checked against, PEM
 */
public record OvsdbTlsFiles(Path privateKey, Path certificate, Path caCertificate) {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    public OvsdbTlsFiles {
        requireNonNull(privateKey);
        requireNonNull(certificate);
        requireNonNull(caCertificate);
    }

    /**
     * The material from three settings that are either all given or all empty.
     *
     * @param privateKey the private key's path, or empty
     * @param certificate the certificate's path, or empty
     * @param caCertificate the CA certificate's path, or empty
     * @return the material, or empty when none is given
     * @throws IllegalArgumentException if only some are given, or a file cannot be read
     */
    public static Optional<OvsdbTlsFiles> of(final String privateKey, final String certificate,
            final String caCertificate) {
        final var given = List.of(privateKey, certificate, caCertificate).stream().filter(path -> !path.isBlank())
            .count();
        if (given == 0) {
            return Optional.empty();
        }
        if (given != 3) {
            throw new IllegalArgumentException("OVSDB TLS needs all three of the private key, the certificate and the "
                + "CA certificate; got " + given);
        }
        final var files = new OvsdbTlsFiles(Path.of(privateKey), Path.of(certificate), Path.of(caCertificate));
        for (var path : List.of(files.privateKey, files.certificate, files.caCertificate)) {
            if (!Files.isReadable(path)) {
                throw new IllegalArgumentException("OVSDB TLS file " + path + " cannot be read");
            }
        }
        return Optional.of(files);
    }

    /**
     * The context for dialling {@code ssl:} nodes.
     *
     * @return the client context
     * @throws IllegalArgumentException if the files do not hold a key, a certificate and a CA certificate
     */
    public SslContext clientContext() {
        try {
            return SslContextBuilder.forClient().keyManager(certificate.toFile(), privateKey.toFile())
                .trustManager(caCertificate.toFile()).endpointIdentificationAlgorithm(null).protocols(PROTOCOLS)
                .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw refused(e);
        }
    }

    /**
     * The context for the manager port that nodes told {@code ovs-vsctl set-manager ssl:IP:PORT} dial.
     *
     * @return the server context, which requires a client certificate
     * @throws IllegalArgumentException if the files do not hold a key, a certificate and a CA certificate
     */
    public SslContext serverContext() {
        try {
            return SslContextBuilder.forServer(certificate.toFile(), privateKey.toFile())
                .trustManager(caCertificate.toFile()).clientAuth(ClientAuth.REQUIRE).protocols(PROTOCOLS).build();
        } catch (SSLException | IllegalArgumentException e) {
            throw refused(e);
        }
    }

    private IllegalArgumentException refused(final Exception cause) {
        return new IllegalArgumentException("OVSDB TLS material (" + privateKey + ", " + certificate + ", "
            + caCertificate + ") cannot be used: " + cause.getMessage(), cause);
    }
}
