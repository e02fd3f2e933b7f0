/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The command line: subcommands, exit status, and what goes to which stream. */
@ExtendWith(NettyLeakDetection.class)
class CodecToolTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void decodeExitsZeroWhenEveryLineDecoded() {
        assertEquals(0, run(List.of("decode"), "0400000800000001\n\n"));
        assertEquals("{\"version\":\"1.3\",\"type\":\"OFPT_HELLO\",\"xid\":1,\"elements\":[]}\n\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void reencodeExitsOneWhenALineDidNot() {
        assertEquals(1, run(List.of("reencode"), "0400000800000001\n04\n"));
        assertEquals("0400000800000001\nerror: OFPBRC_BAD_LEN: length 1 < 8\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void emptyInputIsSuccess() {
        assertEquals(0, run(List.of("decode"), ""));
        assertEquals("", out.toString());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run(List.of("encode"), "0400000800000001\n"));
        assertEquals("", out.toString());
        assertTrue(err.toString().startsWith("tunnelmesh codec: unknown command: encode\nusage: tunnelmesh codec "
            + "decode|reencode"), err.toString());
    }

    @Test
    void missingOrExtraArgumentsAreUsageErrors() {
        assertEquals(2, run(List.of(), ""));
        assertTrue(err.toString().startsWith("tunnelmesh codec: no command\n"), err.toString());
        assertEquals(2, run(List.of("decode", "extra"), ""));
        assertTrue(err.toString().contains("tunnelmesh codec: unexpected arguments after decode: extra\n"),
            err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void helpGoesToStandardOutput() {
        assertEquals(0, run(List.of("--help"), ""));
        assertEquals(CodecTool.USAGE_TEXT, out.toString());
        assertEquals("", err.toString());
    }

    private int run(final List<String> args, final String input) {
        return CodecTool.run(args, new StringReader(input), out, err);
    }
}
