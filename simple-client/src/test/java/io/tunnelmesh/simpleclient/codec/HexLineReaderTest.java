/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tunnelmesh.openflow.api.OfBytes;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HexLineReaderTest {
    @Test
    void readsDigitsIgnoringWhitespaceAnywhere() throws IOException {
        assertEquals(List.of(bytes(0x04, 0x00, 0x00, 0x08), bytes(0xab, 0xcd)),
            read(" 04 00\t00 08 \n a B c D\n"));
    }

    @Test
    void acceptsOneLeadingZeroXOnly() throws IOException {
        assertEquals(List.of(bytes(0x04, 0x00), bytes(0x04, 0x00), bytes(0x04, 0x00)),
            read("0x0400\n0X0400\n  0x 04 00\n"));
        assertEquals(List.of(new HexLine.Invalid("bad hex: 'x' at column 7")), read("0x04 0x00\n"));
        assertEquals(List.of(new HexLine.Invalid("bad hex: 'x' at column 3")), read("00x0400\n"));
    }

    @Test
    void zeroXWithoutDigitsIsEmpty() throws IOException {
        assertEquals(List.of(bytes()), read("0x\n"));
    }

    @Test
    void byteOrderMarkIsWhitespace() throws IOException {
        assertEquals(List.of(bytes(0x01)), read((char) 0xfeff + "01\n"));
    }

    @Test
    void crlfLineEndsAreWhitespace() throws IOException {
        assertEquals(List.of(bytes(0x01), bytes(0x02)), read("01\r\n02\r\n"));
    }

    @Test
    void blankLinesStayLines() throws IOException {
        assertEquals(List.of(HexLine.Blank.INSTANCE, bytes(0x01), HexLine.Blank.INSTANCE, HexLine.Blank.INSTANCE),
            read("\n01\n \t\n\r\n"));
    }

    @Test
    void lastLineWithoutLineEndIsALine() throws IOException {
        assertEquals(List.of(bytes(0x01), bytes(0x02)), read("01\n02"));
    }

    @Test
    void emptyInputHasNoLines() throws IOException {
        assertEquals(List.of(), read(""));
    }

    @Test
    void oddDigitCountIsRefused() throws IOException {
        assertEquals(List.of(new HexLine.Invalid("bad hex: odd number of hex digits (3)")), read("0 4 0\n"));
    }

    @Test
    void firstNonHexCharacterIsNamedWithItsColumn() throws IOException {
        assertEquals(List.of(new HexLine.Invalid("bad hex: 'g' at column 4"), bytes(0x01)), read("04 g0 zz\n01\n"));
        final String eAcute = "04" + (char) 0xe9 + "\n";
        assertEquals(List.of(new HexLine.Invalid("bad hex: U+00E9 at column 3")), read(eAcute));
        assertEquals(List.of(new HexLine.Invalid("bad hex: U+0000 at column 1")), read("\0\n"));
        // a no-break space is not whitespace to Java, and not hex
        final String noBreakSpace = "04" + (char) 0xa0 + "00\n";
        assertEquals(List.of(new HexLine.Invalid("bad hex: U+00A0 at column 3")), read(noBreakSpace));
    }

    @Test
    void fullWidthDigitsAreNotHex() throws IOException {
        // FULLWIDTH DIGIT ZERO and ONE, digits to Character.digit
        final String fullWidth = "" + (char) 0xff10 + (char) 0xff11 + "\n";
        assertEquals(List.of(new HexLine.Invalid("bad hex: U+FF10 at column 1")), read(fullWidth));
    }

    @Test
    void lineLongerThanAnyMessageIsRefusedWithoutKeepingIt() throws IOException {
        final String longest = "ab".repeat(65535);
        final var lines = read(longest + "\n" + longest + "cd\n01\n");
        assertEquals(65535, assertInstanceOf(HexLine.Bytes.class, lines.get(0)).bytes().length());
        assertEquals(new HexLine.Invalid("OFPBRC_BAD_LEN: 65536 bytes on the line, more than the 65535 an OpenFlow "
            + "message can hold"), lines.get(1));
        assertEquals(bytes(0x01), lines.get(2));
    }

    @Test
    void linesSpanningReadChunksAreWhole() throws IOException {
        // a reader that hands out one character at a time
        final var slow = new Reader() {
            private final StringReader text = new StringReader("0102\n0304\n");

            @Override
            public int read(final char[] buffer, final int offset, final int length) throws IOException {
                return text.read(buffer, offset, Math.min(1, length));
            }

            @Override
            public void close() {
                text.close();
            }
        };
        final var reader = new HexLineReader(slow);
        assertEquals(bytes(1, 2), reader.next());
        assertEquals(bytes(3, 4), reader.next());
        assertNull(reader.next());
    }

    private static List<HexLine> read(final String input) throws IOException {
        final var reader = new HexLineReader(new StringReader(input));
        final var lines = new ArrayList<HexLine>();
        for (var line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }

    private static HexLine bytes(final int... values) {
        final var array = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            array[i] = (byte) values[i];
        }
        return new HexLine.Bytes(OfBytes.copyOf(array));
    }
}
