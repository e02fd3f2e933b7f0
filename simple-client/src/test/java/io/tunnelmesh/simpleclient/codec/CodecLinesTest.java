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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The line discipline of the codec tools: one output line per input line, each failure on its own {@code error:}
 * line with the precise reason, and the overall result.
 */
@ExtendWith(NettyLeakDetection.class)
class CodecLinesTest {
    /** OFPT_HELLO, OpenFlow 1.3, xid 1, no elements. */
    private static final String HELLO = "0400000800000001";
    /** OFPT_ECHO_REQUEST, OpenFlow 1.0, xid 9, "abcd". */
    private static final String ECHO_10 = "0102000c0000000961626364";

    private final CodecLines decode = new CodecLines(OpenFlowCodecs.standard(), CodecLines.Mode.DECODE);
    private final CodecLines reencode = new CodecLines(OpenFlowCodecs.standard(), CodecLines.Mode.REENCODE);

    @Test
    void reencodeGivesTheBytesBack() throws IOException {
        assertEquals(new Result(true, List.of(HELLO, ECHO_10)), run(reencode, HELLO + "\n" + ECHO_10 + "\n"));
    }

    @Test
    void spacesAndPrefixAreInputOnly() throws IOException {
        assertEquals(new Result(true, List.of(HELLO, HELLO)),
            run(reencode, "0x" + HELLO + "\n04 00 00 08 00 00 00 01\n"));
    }

    @Test
    void decodeGivesOneJsonLinePerMessage() throws IOException {
        assertEquals(new Result(true, List.of("{\"version\":\"1.3\",\"type\":\"OFPT_HELLO\",\"xid\":1,\"elements\":[]}",
            "{\"version\":\"1.0\",\"type\":\"OFPT_ECHO_REQUEST\",\"xid\":9,\"data\":\"61626364\"}")),
            run(decode, HELLO + "\n" + ECHO_10));
    }

    @Test
    void blankLineAnswersBlankAndDoesNotFail() throws IOException {
        assertEquals(new Result(true, List.of("", HELLO, "")), run(reencode, "\n" + HELLO + "\n  \n"));
    }

    @Test
    void shorterThanAHeader() throws IOException {
        assertError("error: OFPBRC_BAD_LEN: length 7 < 8", "04000008000000");
        assertError("error: OFPBRC_BAD_LEN: length 0 < 8", "0x");
    }

    @Test
    void headerLengthMustBeTheLine() throws IOException {
        assertError("error: OFPBRC_BAD_LEN: header length 16 != 8 bytes on the line", "0400001000000001");
        assertError("error: OFPBRC_BAD_LEN: header length 8 != 9 bytes on the line", "040000080000000100");
        assertError("error: OFPBRC_BAD_LEN: header length 0 != 8 bytes on the line", "0400000000000001");
    }

    @Test
    void unknownVersion() throws IOException {
        // an OFPT_ECHO_REQUEST of OpenFlow 1.4, and one of version 0
        assertError("error: OFPBRC_BAD_VERSION: version 0x05 is not supported (supported: 0x01 OF1.0, 0x04 OF1.3)",
            "0502000800000001");
        assertError("error: OFPBRC_BAD_VERSION: version 0x00 is not supported (supported: 0x01 OF1.0, 0x04 OF1.3)",
            "0002000800000001");
    }

    /**
     * {@code OFPT_HELLO (OF1.5) (xid=0x1): version bitmap: 0x01, 0x04, 0x06}, as Open vSwitch opens a connection that
     * allows OpenFlow 1.0, 1.3 and 1.5: decoded for negotiation, as the pipeline does, and encoded back.
     */
    @Test
    void helloOfAnyVersionIsDecodedForNegotiation() throws IOException {
        final String hello15 = "06000010000000010001000800000052";
        assertEquals(new Result(true, List.of(hello15)), run(reencode, hello15 + "\n"));
        assertEquals(new Result(true, List.of("{\"version\":\"1.5\",\"type\":\"OFPT_HELLO\",\"xid\":1,"
            + "\"elements\":[{\"type\":\"OFPHET_VERSIONBITMAP\",\"bitmaps\":[82]}]}")), run(decode, hello15 + "\n"));
        // OFPT_HELLO (OF1.4) (xid=0xff) without elements; a version Open vSwitch never heard of
        assertEquals(new Result(true, List.of("05000008000000ff", "7f00000800000002")),
            run(reencode, "05000008000000ff\n7f00000800000002\n"));
        assertEquals(new Result(true, List.of("{\"version\":\"0x7f\",\"type\":\"OFPT_HELLO\",\"xid\":2,"
            + "\"elements\":[]}")), run(decode, "7f00000800000002\n"));
    }

    @Test
    void unknownType() throws IOException {
        assertError("error: OFPBRC_BAD_TYPE: type 238 is not known in OF1.3", "04ee000800000009");
        assertError("error: OFPBRC_BAD_TYPE: type 22 is not known in OF1.0", "0116000800000009");
    }

    @Test
    void bodyShorterThanTheTypeNeeds() throws IOException {
        // OFPT_FLOW_MOD needs 56 bytes
        assertError("error: OFPBRC_BAD_LEN: OF1.3 type 14 length 8 < 56", "040e000800000001");
    }

    @Test
    void codecErrorsKeepTheirCode() throws IOException {
        // a flow-mod whose match claims 64 bytes when 8 remain
        assertError("error: OFPBMC_BAD_LEN: match length 64 (padded 64) does not fit the 8 bytes left",
            "040e003800000002" + "00".repeat(16) + "00" + "00" + "0000" + "0000" + "8000" + "ffffffff".repeat(3)
                + "0000" + "0000" + "0001004000000000");
        // an OFPAT_OUTPUT of length 12 inside apply-actions
        assertError("error: OFPBAC_BAD_LEN: action type 0 length 12 is not a multiple of 8 within the 16 bytes left",
            "040e005000000002" + "00".repeat(16) + "00" + "00" + "0000" + "0000" + "8000" + "ffffffff".repeat(3)
                + "0000" + "0000" + "0001000400000000" + "00040018" + "00000000" + "0000000c0000000100000000"
                + "00000000");
    }

    @Test
    void badHex() throws IOException {
        assertError("error: bad hex: odd number of hex digits (15)", "040000080000000");
        assertError("error: bad hex: 'g' at column 3", "04g0000800000001");
    }

    @Test
    void errorsDoNotStopTheInput() throws IOException {
        final var result = run(reencode, "zz\n" + HELLO + "\n0400\n" + ECHO_10 + "\n");
        assertEquals(new Result(false, List.of("error: bad hex: 'z' at column 1", HELLO,
            "error: OFPBRC_BAD_LEN: length 2 < 8", ECHO_10)), result);
    }

    @Test
    void everyLineOfALargeInputIsAnswered() throws IOException {
        final var input = new StringBuilder();
        final var expected = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            final String xid = String.format("%08x", i);
            if (i % 1000 == 999) {
                input.append("04000009").append(xid).append('\n');
                expected.append("error: OFPBRC_BAD_LEN: header length 9 != 8 bytes on the line\n");
            } else if (i % 2 == 0) {
                input.append("04 00 00 08 ").append(xid).append('\n');
                expected.append("04000008").append(xid).append('\n');
            } else {
                input.append("0102000c").append(xid).append("61626364\n");
                expected.append("0102000c").append(xid).append("61626364\n");
            }
        }
        final var out = new StringWriter();
        assertFalse(reencode.process(new StringReader(input.toString()), out));
        assertEquals(expected.toString(), out.toString());

        final var decoded = new StringWriter();
        assertTrue(decode.process(new StringReader(input.toString().replace("04000009", "04000008")), decoded));
        final var lines = decoded.toString().split("\n", -1);
        assertEquals(5001, lines.length);
        assertEquals("", lines[5000]);
        assertEquals("{\"version\":\"1.0\",\"type\":\"OFPT_ECHO_REQUEST\",\"xid\":4997,\"data\":\"61626364\"}",
            lines[4997]);
        assertEquals("{\"version\":\"1.3\",\"type\":\"OFPT_HELLO\",\"xid\":4998,\"elements\":[]}", lines[4998]);
        // the line that was an error, now with a header length that fits
        assertEquals("{\"version\":\"1.3\",\"type\":\"OFPT_HELLO\",\"xid\":4999,\"elements\":[]}", lines[4999]);
    }

    private void assertError(final String expected, final String hex) throws IOException {
        assertEquals(new Result(false, List.of(expected)), run(decode, hex + "\n"));
        assertEquals(new Result(false, List.of(expected)), run(reencode, hex + "\n"));
    }

    private static Result run(final CodecLines lines, final String input) throws IOException {
        final var out = new StringWriter();
        final boolean allDecoded = lines.process(new StringReader(input), out);
        final var text = out.toString();
        assertTrue(text.isEmpty() || text.endsWith("\n"), "unterminated last line: " + text);
        return new Result(allDecoded, text.isEmpty() ? List.of() : List.of(text.substring(0, text.length() - 1)
            .split("\n", -1)));
    }

    private record Result(boolean allDecoded, List<String> lines) {
        // Value holder
    }
}
