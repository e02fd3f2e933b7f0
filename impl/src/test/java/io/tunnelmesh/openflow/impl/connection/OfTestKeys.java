/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.openflow.api.connection.OfTlsConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Key material generated at test time with the JDK's {@code keytool}: self-signed EC certificates for the controller,
 * a switch and a stranger, each with {@code SAN=ip:127.0.0.1}, and trust stores in which the controller and the
 * switch trust each other. Nothing is committed.
 */
final class OfTestKeys {
    static final String PASSWORD = "changeit";

    private final Path dir;

    private OfTestKeys(final Path dir) {
        this.dir = dir;
    }

    static OfTestKeys generate(final Path dir) throws IOException, InterruptedException {
        final var keys = new OfTestKeys(dir);
        for (var name : List.of("controller", "switch", "stranger")) {
            keys.keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=" + name, "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                keys.keyStore(name).toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        }
        keys.trust("controller", "switch");
        keys.trust("switch", "controller");
        return keys;
    }

    private void trust(final String owner, final String trusted) throws IOException, InterruptedException {
        final var cert = dir.resolve(trusted + ".pem");
        if (!cert.toFile().exists()) {
            keytool("-exportcert", "-rfc", "-alias", trusted, "-keystore", keyStore(trusted).toString(), "-storepass",
                PASSWORD, "-file", cert.toString());
        }
        keytool("-importcert", "-noprompt", "-alias", trusted, "-file", cert.toString(), "-storetype", "PKCS12",
            "-keystore", dir.resolve(owner + "-trust.p12").toString(), "-storepass", PASSWORD);
    }

    private Path keyStore(final String name) {
        return dir.resolve(name + ".p12");
    }

    OfTlsConfig config(final String name, final boolean mutual) {
        // the stranger trusts what the switch trusts; nobody trusts the stranger
        final var truster = "stranger".equals(name) ? "switch" : name;
        return new OfTlsConfig(keyStore(name), PASSWORD, dir.resolve(truster + "-trust.p12"), PASSWORD, mutual);
    }

    private void keytool(final String... args) throws IOException, InterruptedException {
        final var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        // a short-lived JVM: start fast
        command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        command.addAll(List.of(args));
        final var process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(dir.resolve("keytool.log").toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), () -> "keytool " + command);
    }
}
