/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ovs;

import io.tunnelmesh.openflow.api.connection.OfTlsConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Key material for OpenFlow over TLS between Open vSwitch and the library, generated at test time in a temporary
 * directory and never committed: a test CA, and a controller and a switch key (EC P-256) with certificates the CA
 * signed. Open vSwitch takes PEM files ({@code ovs-vsctl set-ssl KEY CERT CA}); the library takes a PKCS12 key store
 * (the controller's key and chain) and a PKCS12 trust store (the CA). Made with {@code openssl} (which Open vSwitch
 * depends on), the trust store with the JDK's {@code KeyStore}. The emulator's switches take the same PEM files as
 * Open vSwitch ({@link #switchKey()}, {@link #switchCertificate()}, {@link #caCertificate()}); two generations in
 * two directories have two CAs that do not trust each other's certificates.
 */
public final class OvsTlsMaterial {
    private static final String PASSWORD = "changeit";

    private final Path dir;

    private OvsTlsMaterial(final Path dir) {
        this.dir = dir;
    }

    /**
     * Generates the CA, the keys and the certificates.
     *
     * @param dir where the files go, a temporary directory
     * @return the material
     * @throws IOException if {@code openssl} fails
     * @throws InterruptedException if interrupted while it runs
     * @throws GeneralSecurityException if the trust store cannot be written
     */
    public static OvsTlsMaterial generate(final Path dir)
            throws IOException, InterruptedException, GeneralSecurityException {
        final var material = new OvsTlsMaterial(dir);
        material.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", material.file("ca-key.pem"), "-out", material.file("ca-cert.pem"), "-days", "2",
            "-subj", "/CN=TunnelMesh test CA");
        // certificates as ovs-pki makes them: a common name, no subject alternative name; trust comes from the CA
        for (var name : List.of("controller", "switch")) {
            material.openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", material.file(name + "-key.pem"), "-out", material.file(name + "-req.pem"),
                "-subj", "/CN=" + name);
            material.openssl("x509", "-req", "-in", material.file(name + "-req.pem"), "-CA",
                material.file("ca-cert.pem"), "-CAkey", material.file("ca-key.pem"), "-CAcreateserial",
                "-out", material.file(name + "-cert.pem"), "-days", "2");
        }
        material.openssl("pkcs12", "-export", "-in", material.file("controller-cert.pem"), "-inkey",
            material.file("controller-key.pem"), "-certfile", material.file("ca-cert.pem"), "-name", "controller",
            "-out", material.file("controller.p12"), "-passout", "pass:" + PASSWORD);
        material.trustStore();
        return material;
    }

    /** The trust store: the CA certificate as a trusted entry (what {@code keytool -importcert} writes). */
    private void trustStore() throws IOException, GeneralSecurityException {
        final var store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (InputStream in = Files.newInputStream(dir.resolve("ca-cert.pem"))) {
            store.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("trust.p12"))) {
            store.store(out, PASSWORD.toCharArray());
        }
    }

    /**
     * The library's key material: the controller's key and chain, trusting the CA, requiring a client certificate.
     *
     * @return the configuration
     */
    public OfTlsConfig controller() {
        return new OfTlsConfig(dir.resolve("controller.p12"), PASSWORD, dir.resolve("trust.p12"), PASSWORD, true);
    }

    /**
     * The arguments of {@code ovs-vsctl set-ssl} for the switch: its key, its certificate and the CA certificate.
     *
     * @return the three paths
     */
    String[] switchSetSsl() {
        return new String[] {"set-ssl", file("switch-key.pem"), file("switch-cert.pem"), file("ca-cert.pem")};
    }

    /**
     * The switch's private key, PKCS#8 PEM.
     *
     * @return the path
     */
    public Path switchKey() {
        return dir.resolve("switch-key.pem");
    }

    /**
     * The switch's certificate, signed by the CA, PEM.
     *
     * @return the path
     */
    public Path switchCertificate() {
        return dir.resolve("switch-cert.pem");
    }

    /**
     * The controller's private key, PKCS#8 PEM (the same key as in {@link #controller()}'s key store).
     *
     * @return the path
     */
    public Path controllerKey() {
        return dir.resolve("controller-key.pem");
    }

    /**
     * The controller's certificate, signed by the CA, PEM.
     *
     * @return the path
     */
    public Path controllerCertificate() {
        return dir.resolve("controller-cert.pem");
    }

    /**
     * The CA certificate, PEM.
     *
     * @return the path
     */
    public Path caCertificate() {
        return dir.resolve("ca-cert.pem");
    }

    private String file(final String name) {
        return dir.resolve(name).toString();
    }

    private void openssl(final String... args) throws IOException, InterruptedException {
        final var command = new ArrayList<String>();
        command.add("openssl");
        command.addAll(List.of(args));
        final var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        final var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited " + process.exitValue() + ": " + output);
        }
    }
}
