/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./tunnelmesh scenario}: arguments, exit status 2 for a bad file or bad arguments, each step printed as it
 * passes and exit status 0, the failure report and exit status 1.
 */
@ExtendWith(NettyLeakDetection.class)
class ScenarioMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(final String... args) {
        return ScenarioMain.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(final String name, final String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void refusesBadArguments() {
        assertEquals(ScenarioMain.BAD_FILE, run());
        assertTrue(err().startsWith("tunnelmesh scenario: no scenario file\nusage: tunnelmesh scenario FILE"), err());
        err.reset();
        assertEquals(ScenarioMain.BAD_FILE, run("a.scenario", "--controller", "127.0.0.1:6653", "--listen", "1"));
        assertTrue(err().startsWith("tunnelmesh scenario: give one of --controller and --listen\n"), err());
        err.reset();
        assertEquals(ScenarioMain.BAD_FILE, run("a.scenario", "--listen"));
        assertTrue(err().startsWith("tunnelmesh scenario: --listen needs an address\n"), err());
        err.reset();
        assertEquals(ScenarioMain.BAD_FILE, run("a.scenario", "b.scenario"));
        assertTrue(err().startsWith("tunnelmesh scenario: unexpected argument 'b.scenario'\n"), err());
        assertEquals(ScenarioMain.PASSED, run("--help"));
        assertEquals(ScenarioMain.USAGE, out());
    }

    @Test
    void aBadFileIsStatusTwoWithItsLine() throws Exception {
        final var bad = file("bad.scenario", "role switch\nconnect 127.0.0.1:6653\nexpect hello\nexpect-nothing\n");
        assertEquals(ScenarioMain.BAD_FILE, run(bad.toString()));
        assertEquals("bad.scenario:4: expect-nothing takes one value, not 0\n", err());
        assertEquals("", out());

        err.reset();
        assertEquals(ScenarioMain.BAD_FILE, run(dir.resolve("missing.scenario").toString()));
        assertTrue(err().startsWith("tunnelmesh scenario: cannot read " + dir.resolve("missing.scenario")), err());

        err.reset();
        final var nowhere = file("nowhere.scenario", "role switch\nsend hello\n");
        assertEquals(ScenarioMain.BAD_FILE, run(nowhere.toString()));
        assertEquals("tunnelmesh scenario: " + nowhere + " says neither connect nor listen: give --controller "
            + "HOST:PORT or --listen PORT\n", err());
    }

    @Test
    void printsEachStepAndPassesAgainstAController() throws Exception {
        try (var controller = new BarrierController()) {
            final var address = "127.0.0.1:" + controller.address().getPort();
            final var example = ScenarioFileTest.EXAMPLES.resolve("switch-handshake.scenario");
            assertEquals(ScenarioMain.PASSED, run(example.toString(), "--controller", address), out());
            final var lines = out().lines().toList();
            assertEquals("scenario switch: handshake, barrier, echo as a switch: dialing /" + address,
                lines.getFirst());
            assertTrue(lines.get(1).matches("  ok   1  send hello versions=1\\.3  \\[switch-handshake\\.scenario:9]  "
                + "\\(\\d+\\.\\d{3} s\\)"), lines.get(1));
            assertTrue(lines.get(9).startsWith("  ok   9  disconnect  [switch-handshake.scenario:18]"), lines.get(9));
            assertTrue(lines.get(10).matches("PASSED switch: handshake, barrier, echo: 9 steps in \\d+\\.\\d{3} s"),
                lines.get(10));
            assertEquals(11, lines.size(), out());
            controller.barrier.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFailingStepIsStatusOneWithTheReport() throws Exception {
        final var failing = file("failing.scenario", """
            role switch
            listen 1
            send hello versions=1.3
            expect hello
            expect barrier_request
            """);
        try (var controller = new BarrierController()) {
            final var address = "127.0.0.1:" + controller.address().getPort();
            assertEquals(ScenarioMain.FAILED, run(failing.toString(), "--connect", address));
            assertTrue(out().contains("""
                FAILED failing.scenario: step 3 (failing.scenario:5): expect barrier_request
                  expected: barrier_request as the next message, within 5s
                  actual:   type is OFPT_FEATURES_REQUEST, not OFPT_BARRIER_REQUEST
                """), out());
        }
    }
}
