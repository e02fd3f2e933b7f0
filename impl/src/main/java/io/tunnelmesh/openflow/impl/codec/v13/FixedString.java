/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * NUL-padded strings in fixed-size fields ({@code ofp_desc} strings, OpenFlow 1.3.5 section 7.3.5.1; the table name
 * of {@code ofp_table_features}, section 7.3.5.5.1). Read up to the first NUL; a field without one keeps all but its
 * last byte, since OpenFlow requires the terminating NUL (as Open vSwitch does).
 */
final class FixedString {
    private FixedString() {
        // Hidden on purpose
    }

    static String read(final ByteBuf in, final int size) {
        final int start = in.readerIndex();
        final int nul = in.indexOf(start, start + size, (byte) 0);
        final int length = nul < 0 ? size - 1 : nul - start;
        final var value = in.toString(start, length, StandardCharsets.UTF_8);
        in.skipBytes(size);
        return value;
    }

    static void write(final ByteBuf out, final String value, final int size) {
        final var bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(bytes).writeZero(size - bytes.length);
    }
}
