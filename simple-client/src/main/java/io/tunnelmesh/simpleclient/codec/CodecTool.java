/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The command line of the codec tools, {@code ./tunnelmesh codec decode|reencode}: hex-encoded OpenFlow messages on
 * standard input, one per line, one result line each on standard output ({@link CodecLines}), with the standard
 * registry ({@code OpenFlowCodecs.standard()}: OpenFlow 1.3 and 1.0, Nicira and ONF extensions). Exit status 0 when
 * every line decoded, 1 otherwise (or when the input or output fails), 2 for a usage error.
 */
public final class CodecTool {
    /** Every line decoded. */
    public static final int OK = 0;
    /** A line did not decode, or the input or output failed. */
    public static final int FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
        usage: tunnelmesh codec decode|reencode < HEX-LINES
          decode    print each message as one line of JSON
          reencode  print each message's hex after decoding and encoding it
        Input: one hex-encoded OpenFlow message per line (spaces allowed, optional 0x). Output: one line per input
        line; a line that cannot be decoded gives "error: <reason>", a blank line a blank line.
        Exit status: 0 if every line decoded, 1 if not, 2 for a usage error.
        """;

    private CodecTool() {
        // Hidden on purpose
    }

    /**
     * Runs the tool on the process's standard streams and exits with its status.
     *
     * @param args {@code decode} or {@code reencode}
     */
    public static void main(final String[] args) {
        final var in = new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8);
        final var out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
            StandardCharsets.UTF_8), 1 << 16);
        final var err = new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8);
        System.exit(run(List.of(args), in, out, err));
    }

    /**
     * Runs the tool; the pure core of {@link #main(String[])}.
     *
     * @param args the arguments
     * @param in the hex lines
     * @param out the result lines
     * @param err usage and failures
     * @return the exit status: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     */
    public static int run(final List<String> args, final Reader in, final Writer out, final Writer err) {
        final CodecLines.Mode mode;
        if (args.size() == 1 && "decode".equals(args.getFirst())) {
            mode = CodecLines.Mode.DECODE;
        } else if (args.size() == 1 && "reencode".equals(args.getFirst())) {
            mode = CodecLines.Mode.REENCODE;
        } else if (args.size() == 1 && List.of("-h", "--help", "help").contains(args.getFirst())) {
            return print(out, USAGE_TEXT, OK);
        } else {
            final String problem;
            if (args.isEmpty()) {
                problem = "no command";
            } else if (args.size() > 1 && List.of("decode", "reencode").contains(args.getFirst())) {
                problem = "unexpected arguments after " + args.getFirst() + ": " + String.join(" ",
                    args.subList(1, args.size()));
            } else {
                problem = "unknown command: " + String.join(" ", args);
            }
            return print(err, "tunnelmesh codec: " + problem + "\n" + USAGE_TEXT, USAGE);
        }
        try {
            return new CodecLines(OpenFlowCodecs.standard(), mode).process(in, out) ? OK : FAILED;
        } catch (IOException e) {
            return print(err, "tunnelmesh codec: " + e.getMessage() + "\n", FAILED);
        }
    }

    private static int print(final Writer writer, final String text, final int status) {
        try {
            writer.write(text);
            writer.flush();
        } catch (IOException e) {
            // nowhere left to report it; the status still says what happened
            return status == OK ? FAILED : status;
        }
        return status;
    }
}
