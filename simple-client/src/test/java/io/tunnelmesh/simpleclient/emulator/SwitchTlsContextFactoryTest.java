/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key material that cannot be used is refused at once, naming the files (the TLS handshakes themselves run in
 * {@code it/emulator} against the library).
 */
class SwitchTlsContextFactoryTest {
    @Test
    void refusesMaterialThatCannotBeReadNamingTheFiles(@TempDir final Path dir) throws IOException {
        final var notPem = Files.writeString(dir.resolve("key.pem"), "not a key");
        final var tls = new SwitchTransport.Tls(notPem, dir.resolve("missing-cert.pem"), dir.resolve("ca.pem"));
        for (boolean dials : new boolean[] {true, false}) {
            final var refused = assertThrows(IllegalArgumentException.class,
                () -> SwitchTlsContextFactory.create(tls, dials));
            assertTrue(refused.getMessage().startsWith("cannot load the TLS key material (key " + notPem
                + ", certificate " + dir.resolve("missing-cert.pem")), refused.getMessage());
        }
    }
}
