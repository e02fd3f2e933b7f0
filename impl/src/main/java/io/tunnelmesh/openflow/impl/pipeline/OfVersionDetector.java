/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.message.OfErrorCode;

/**
 * Looks at the start of an OpenFlow stream and tells whether a message header can be read there: a small pure
 * function in the manner of Netty's {@code HAProxyMessageDecoder.detectProtocol}. It reads nothing (indexes are left
 * as they were) and keeps no state.
 *
 * <p>The OpenFlow header is the same in every version (OpenFlow 1.3.5 section 7.1.1), so four bytes decide: version
 * at offset 0, length at offset 2. A length below the header's own eight bytes can never frame a message.
 */
public final class OfVersionDetector {
    /** Bytes needed to see version, type and length. */
    static final int NEEDED = 4;

    private OfVersionDetector() {
        // Hidden on purpose
    }

    /**
     * What the next bytes of a stream hold.
     */
    public sealed interface Detection {
        // Sealed: need more data, invalid, or detected.
    }

    /**
     * Fewer than four bytes are readable: wait for more.
     */
    public enum NeedMoreData implements Detection {
        /** The only instance. */
        INSTANCE
    }

    /**
     * The bytes cannot start an OpenFlow message; the stream cannot be framed past them.
     *
     * @param error the OpenFlow error this maps to
     * @param detail what exactly is wrong, such as {@code length 7 < 8}
     */
    public record Invalid(OfErrorCode error, String detail) implements Detection {
        @Override
        public String toString() {
            return error + ": " + detail;
        }
    }

    /**
     * A message header starts here.
     *
     * @param version the version byte, possibly one this library does not know
     * @param type the message type
     * @param length the message length, header included, at least 8
     */
    public record Detected(OfVersion version, int type, int length) implements Detection {
    }

    /**
     * Inspects the readable bytes of {@code in} without consuming them.
     *
     * @param in the stream buffer
     * @return need more data, invalid, or the detected header
     */
    public static Detection detect(final ByteBuf in) {
        if (in.readableBytes() < NEEDED) {
            return NeedMoreData.INSTANCE;
        }
        final int start = in.readerIndex();
        final int length = in.getUnsignedShort(start + OfHeader.LENGTH_FIELD_OFFSET);
        if (length < OfHeader.LENGTH) {
            return new Invalid(OfErrorCode.OFPBRC_BAD_LEN, "length " + length + " < " + OfHeader.LENGTH);
        }
        return new Detected(OfVersion.valueOf(in.getUnsignedByte(start)), in.getUnsignedByte(start + 1), length);
    }
}
