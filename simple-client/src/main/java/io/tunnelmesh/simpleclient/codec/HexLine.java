/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import io.tunnelmesh.openflow.api.OfBytes;

/**
 * One input line of the codec tools, read by {@link HexLineReader}: nothing but whitespace, hex digits that made
 * bytes, or something that is not hex.
 */
sealed interface HexLine {
    /** A line with nothing but whitespace. */
    record Blank() implements HexLine {
        static final Blank INSTANCE = new Blank();
    }

    /**
     * A line of hex digits.
     *
     * @param bytes the bytes the digits make
     */
    record Bytes(OfBytes bytes) implements HexLine {
        // Value holder
    }

    /**
     * A line that is not a message in hex.
     *
     * @param reason what is wrong, for the {@code error:} line
     */
    record Invalid(String reason) implements HexLine {
        // Value holder
    }
}
