/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tunnelmesh.openflow.impl.GoldenMessages;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Damaged messages through both tools: every golden vector cut short, cut short with its header length made to fit
 * (so that the codecs, not the line checks, find the damage), and with bytes changed at random (seeded, so a failure
 * repeats). Every line must be answered on its own line, by JSON, hex or an {@code error:} line naming a protocol
 * error, never by a failure of the decoder itself, and no buffer may leak.
 */
@ExtendWith(NettyLeakDetection.class)
class DamagedLinesTest {
    private static final long SEED = 0x7e11e5L;
    private static final int FLIPS_PER_VECTOR = 8;

    @Test
    void everyDamagedLineIsAnsweredWithAProtocolError() throws IOException {
        final var lines = damaged();
        final var input = String.join("\n", lines) + "\n";
        for (var mode : CodecLines.Mode.values()) {
            final var out = new StringWriter();
            new CodecLines(OpenFlowCodecs.standard(), mode).process(new StringReader(input), out);
            final var answers = out.toString().split("\n", -1);
            assertEquals(lines.size() + 1, answers.length, mode::toString);
            int errors = 0;
            for (int i = 0; i < lines.size(); i++) {
                final var answer = answers[i];
                final var line = lines.get(i);
                if (answer.startsWith("error: ")) {
                    errors++;
                    assertTrue(answer.matches("error: (OFP|NX)[A-Z]+_[A-Z_]+: .+"), () -> line + " -> " + answer);
                } else if (mode == CodecLines.Mode.DECODE) {
                    assertInstanceOf(ObjectNode.class, OfJsonWriterTest.JSON.readTree(answer), answer);
                } else {
                    assertTrue(answer.matches("([0-9a-f]{2})+"), answer);
                }
            }
            // the damage is found far more often than not, and some damage decodes (a changed value is a value)
            assertTrue(errors > lines.size() / 2, mode + ": " + errors + " errors in " + lines.size());
            assertFalse(errors == lines.size(), mode + ": every line failed");
        }
    }

    private static List<String> damaged() {
        final var random = new Random(SEED);
        final var hex = HexFormat.of();
        final var lines = new ArrayList<String>();
        for (var vector : GoldenMessages.all()) {
            final byte[] wire = vector.wire().toByteArray();
            for (int cut : new int[] {1, 7, 8, wire.length / 2, wire.length - 1}) {
                if (cut > 0 && cut < wire.length) {
                    final byte[] shorter = Arrays.copyOf(wire, cut);
                    lines.add(hex.formatHex(shorter));
                    if (cut >= 8) {
                        shorter[2] = (byte) (cut >>> 8);
                        shorter[3] = (byte) cut;
                        lines.add(hex.formatHex(shorter));
                    }
                }
            }
            for (int i = 0; i < FLIPS_PER_VECTOR && wire.length > 8; i++) {
                final byte[] changed = wire.clone();
                // never the version or the length: those are the line checks' business, tested elsewhere
                final int at = 8 + random.nextInt(wire.length - 8);
                changed[at] = (byte) (changed[at] ^ 1 + random.nextInt(255));
                lines.add(hex.formatHex(changed));
            }
        }
        return lines;
    }
}
