/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * The pure core of the codec tools: reads hex-encoded OpenFlow messages, one per line, and writes one line per
 * input line, decoded or re-encoded by the production codecs of a registry.
 * <ul>
 *   <li>{@link Mode#DECODE}: the message as one line of JSON ({@link OfJsonWriter});</li>
 *   <li>{@link Mode#REENCODE}: the hex of the message after decoding and encoding it, which is the input's for
 *       every message the codecs model faithfully;</li>
 *   <li>a line that cannot be decoded (or, for {@code reencode}, encoded): {@code error: } and the reason, such as
 *       {@code error: OFPBRC_BAD_LEN: length 7 < 8} or {@code error: bad hex: 'g' at column 5}; the next line is
 *       read as if nothing happened;</li>
 *   <li>a blank line: a blank line, so that line N of the output always answers line N of the input.</li>
 * </ul>
 * Whitespace inside a line is ignored and a line may start with {@code 0x}. Nothing a line contains makes the tool
 * stop or leak a buffer.
 */
public final class CodecLines {
    /** What to print for each message. */
    public enum Mode {
        /** The message as JSON. */
        DECODE,
        /** The message's hex after decoding and encoding it. */
        REENCODE
    }

    private static final String ERROR = "error: ";

    private final Mode mode;
    private final OfLineCodec codec;
    private final OfJsonWriter json;

    /**
     * A tool core.
     *
     * @param registry the codecs
     * @param mode what to print
     */
    public CodecLines(final OfCodecRegistry registry, final Mode mode) {
        this.mode = mode;
        codec = new OfLineCodec(registry);
        json = new OfJsonWriter(registry);
    }

    /**
     * Processes every line of the input; flushes the output at the end.
     *
     * @param in the hex lines
     * @param out where the result lines go
     * @return {@code true} if every line with a message decoded (and, for {@code reencode}, encoded)
     * @throws IOException if the input cannot be read or the output written
     */
    public boolean process(final Reader in, final Writer out) throws IOException {
        final var lines = new HexLineReader(in);
        // one buffer holds every message for decoding, another re-encodes them
        final var input = ByteBufAllocator.DEFAULT.heapBuffer();
        final var output = ByteBufAllocator.DEFAULT.heapBuffer();
        boolean allDecoded = true;
        try {
            for (var line = lines.next(); line != null; line = lines.next()) {
                final String result = switch (line) {
                    case HexLine.Blank blank -> "";
                    case HexLine.Invalid invalid -> ERROR + invalid.reason();
                    case HexLine.Bytes bytes -> process(bytes.bytes(), input.clear(), output.clear());
                };
                allDecoded &= !result.startsWith(ERROR);
                out.write(result);
                out.write('\n');
            }
        } finally {
            input.release();
            output.release();
        }
        out.flush();
        return allDecoded;
    }

    /**
     * The result line for one message's bytes.
     *
     * @param wire the bytes
     * @param input an empty buffer to decode from
     * @param output an empty buffer to re-encode into
     * @return the JSON or hex, or {@code error: } and the reason
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    private String process(final OfBytes wire, final ByteBuf input, final ByteBuf output) {
        final OfMessage message;
        try {
            message = codec.decode(wire, input);
        } catch (OfCodecException e) {
            return ERROR + describe(e, "");
        } catch (RuntimeException e) {
            // a codec bug must cost one line, not the rest of the input
            return ERROR + "internal: decoder failed: " + e;
        }
        try {
            if (mode == Mode.DECODE) {
                return json.toJson(message);
            }
            codec.encode(message, output);
            return ByteBufUtil.hexDump(output);
        } catch (OfCodecException e) {
            return ERROR + describe(e, "cannot re-encode: ");
        } catch (RuntimeException e) {
            // as above: one line lost, and the reason on it
            return ERROR + "internal: " + (mode == Mode.DECODE ? "cannot write JSON: " : "cannot re-encode: ") + e;
        }
    }

    /**
     * {@code OFPBRC_BAD_LEN: detail}: the code's name, as users know it, rather than the exception's
     * {@code OFPET_BAD_REQUEST/OFPBRC_BAD_LEN}.
     */
    private static String describe(final OfCodecException failure, final String context) {
        final var prefix = failure.error() + ": ";
        final var message = String.valueOf(failure.getMessage());
        return failure.error().name() + ": " + context
            + (message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }
}
