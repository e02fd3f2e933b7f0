/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Open vSwitch as the oracle for OpenFlow 1.0: every 1.0 golden vector, fed to {@code ovs-ofctl ofp-print HEX}, is
 * printed as an OpenFlow 1.0 message (OVS prints no version tag for 1.0, "(OF1.x)" for later ones) with the vector's
 * xid, without a decode error, truncation or unused bytes. Needs {@code ovs-ofctl} (Debian package
 * {@code openvswitch-common}); ofp-print is offline. Without it the test fails rather than skips.
 */
class V10OvsOfpPrintTest {
    private static final Optional<Path> OVS_OFCTL = Stream.of(System.getenv().getOrDefault("PATH", "")
            .split(File.pathSeparator))
        .map(dir -> Path.of(dir, "ovs-ofctl")).filter(Files::isExecutable).findFirst();

    static Stream<V10GoldenVector> vectors() {
        return V10GoldenVectorTest.vectors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void ovsPrintsVectorAsIntended(final V10GoldenVector vector) throws IOException, InterruptedException {
        assertTrue(OVS_OFCTL.isPresent(), "ovs-ofctl is not on PATH: install openvswitch-common");
        final var process = new ProcessBuilder(OVS_OFCTL.orElseThrow().toString(), "ofp-print", vector.wire().toHex())
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        final var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "ovs-ofctl did not finish");
        assertEquals(0, process.exitValue(), output);

        final var first = output.split("\n")[0];
        assertTrue(first.contains("(xid=0x" + Integer.toHexString(vector.xid()) + ")"), output);
        assertFalse(first.contains("(OF1."), "printed as a later version: " + output);
        assertFalse(output.contains("***"), output);
        assertFalse(output.contains("truncated") || output.contains("only uses"), output);
    }
}
