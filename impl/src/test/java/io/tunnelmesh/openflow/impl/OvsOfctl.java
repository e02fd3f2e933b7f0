/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfBytes;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Open vSwitch's {@code ovs-ofctl} as the tests' oracle for bytes: {@code ofp-parse} prints a run of messages in one
 * process, however many there are.
 */
public final class OvsOfctl {
    private static final Optional<Path> OVS_OFCTL = Stream.of(System.getenv().getOrDefault("PATH", "")
            .split(File.pathSeparator))
        .map(dir -> Path.of(dir, "ovs-ofctl")).filter(Files::isExecutable).findFirst();

    private OvsOfctl() {
        // static helpers
    }

    /**
     * Runs {@code ovs-ofctl ofp-parse} over messages written back to back.
     *
     * @param messages the messages' bytes
     * @return what it printed
     */
    public static String ofpParse(final OfBytes messages) throws IOException, InterruptedException {
        assertTrue(OVS_OFCTL.isPresent(), "ovs-ofctl is not on PATH: install openvswitch-common");
        final Path file = Files.createTempFile("openflow", ".of");
        try {
            Files.write(file, messages.toByteArray());
            final var process = new ProcessBuilder(OVS_OFCTL.orElseThrow().toString(), "ofp-parse", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            final var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "ovs-ofctl did not finish");
            assertEquals(0, process.exitValue(), output);
            return output;
        } finally {
            Files.delete(file);
        }
    }
}
