/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads hex-encoded messages, one per line, without ever holding more than one message's bytes: whitespace (and a
 * byte order mark) anywhere in a line is ignored, one {@code 0x} or {@code 0X} may start it, and every other
 * character must be a hex digit. Lines end at {@code \n}; a {@code \r} before it is whitespace, so CRLF input
 * reads the same. A line with more digits than the largest OpenFlow message (65535 bytes) is refused without being
 * kept in memory.
 */
final class HexLineReader {
    private static final int CHUNK = 8192;
    /** U+FEFF, which editors put at the start of a file (a byte order mark); whitespace here. */
    private static final char BYTE_ORDER_MARK = (char) 0xfeff;

    private final Reader in;
    private final char[] chars = new char[CHUNK];
    private final byte[] bytes = new byte[OfHeader.MAX_LENGTH];
    private int position;
    private int limit;

    HexLineReader(final Reader in) {
        this.in = in;
    }

    /**
     * Reads the next line.
     *
     * @return the line, or {@code null} at the end of the input (an unterminated last line is still a line)
     * @throws IOException if the input cannot be read
     */
    @Nullable HexLine next() throws IOException {
        if (position == limit && !fill()) {
            return null;
        }
        final var line = new LineState();
        while (position < limit || fill()) {
            final char c = chars[position++];
            if (c == '\n') {
                break;
            }
            line.accept(c);
        }
        return line.result();
    }

    private boolean fill() throws IOException {
        final int read = in.read(chars, 0, chars.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    /** What one line has shown so far. */
    private final class LineState {
        // long: a line of more than 2^31 characters is refused, not miscounted
        private long column;
        private long significant;
        private long digits;
        private long count;
        private int high;
        private boolean firstIsZero;
        private @Nullable String error;

        void accept(final char ch) {
            column++;
            if (Character.isWhitespace(ch) || ch == BYTE_ORDER_MARK) {
                return;
            }
            significant++;
            if (error != null) {
                return;
            }
            final int nibble = nibble(ch);
            if (nibble >= 0) {
                digit(nibble);
            } else if ((ch == 'x' || ch == 'X') && significant == 2 && firstIsZero) {
                // the 0 of a leading "0x" was taken for a digit: forget it
                digits = 0;
            } else {
                error = "bad hex: " + describe(ch) + " at column " + column;
            }
        }

        private void digit(final int nibble) {
            if (significant == 1) {
                firstIsZero = nibble == 0;
            }
            if (digits++ % 2 == 0) {
                high = nibble;
                return;
            }
            if (count < bytes.length) {
                bytes[(int) count] = (byte) (high << 4 | nibble);
            }
            count++;
        }

        HexLine result() {
            if (significant == 0) {
                return HexLine.Blank.INSTANCE;
            }
            final var failure = error;
            if (failure != null) {
                return new HexLine.Invalid(failure);
            }
            if (digits % 2 != 0) {
                return new HexLine.Invalid("bad hex: odd number of hex digits (" + digits + ")");
            }
            if (count > bytes.length) {
                return new HexLine.Invalid("OFPBRC_BAD_LEN: " + count + " bytes on the line, more than the "
                    + OfHeader.MAX_LENGTH + " an OpenFlow message can hold");
            }
            return new HexLine.Bytes(OfBytes.copyOf(Arrays.copyOf(bytes, (int) count)));
        }
    }

    private static int nibble(final char ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        } else if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        } else if (ch >= 'A' && ch <= 'F') {
            return ch - 'A' + 10;
        }
        return -1;
    }

    private static String describe(final char ch) {
        return ch > ' ' && ch < 0x7f ? "'" + ch + "'" : String.format("U+%04X", (int) ch);
    }
}
