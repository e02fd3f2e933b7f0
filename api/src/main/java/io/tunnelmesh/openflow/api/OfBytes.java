/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.HexFormat;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An immutable run of bytes carried opaquely by a message: echo payloads, packet data, experimenter bodies, the
 * offending bytes of an error, the value of an OXM field this library does not model. Equality is by content, so
 * records holding {@code OfBytes} compare as values, which plain {@code byte[]} components would not.
 */
public final class OfBytes {
    /** No bytes. */
    public static final OfBytes EMPTY = new OfBytes(new byte[0]);

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private OfBytes(final byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * A copy of the given bytes.
     *
     * @param bytes the bytes to copy
     * @return an immutable value
     */
    public static OfBytes copyOf(final byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new OfBytes(bytes.clone());
    }

    /**
     * Bytes written as hexadecimal digits, such as {@code "00a1ff"}; whitespace is ignored.
     *
     * @param hex an even number of hexadecimal digits
     * @return an immutable value
     * @throws IllegalArgumentException if {@code hex} is not hexadecimal
     */
    public static OfBytes ofHex(final String hex) {
        final var digits = hex.replaceAll("\\s", "");
        return digits.isEmpty() ? EMPTY : new OfBytes(HEX.parseHex(digits));
    }

    /**
     * Number of bytes.
     *
     * @return the length
     */
    public int length() {
        return bytes.length;
    }

    /**
     * One byte.
     *
     * @param index the position, 0 to {@code length() - 1}
     * @return the byte, unsigned
     */
    public int get(final int index) {
        return Byte.toUnsignedInt(bytes[index]);
    }

    /**
     * The first bytes, as an error message carries the first 64 bytes of a failed request (OpenFlow 1.3.5 section
     * 7.4.4).
     *
     * @param max how many bytes at most
     * @return this value when it is not longer, else a copy of its first {@code max} bytes
     */
    public OfBytes prefix(final int max) {
        return bytes.length <= max ? this : new OfBytes(Arrays.copyOf(bytes, max));
    }

    /**
     * A fresh copy of the bytes, for writing them out.
     *
     * @return a new array
     */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /**
     * Reads bytes from a buffer into a new value, copying them once (the decoder's hot path: packet data).
     *
     * @param in the buffer; its reader index advances by {@code length}
     * @param length how many bytes to read
     * @return an immutable value
     * @throws IndexOutOfBoundsException if fewer than {@code length} bytes are readable
     */
    public static OfBytes readFrom(final ByteBuf in, final int length) {
        if (length == 0) {
            return EMPTY;
        }
        final var read = new byte[length];
        // the three-argument read: one call less on the way to Netty's copy, which the JIT inlines only so deep
        in.readBytes(read, 0, length);
        return new OfBytes(read);
    }

    /**
     * Copies the bytes into an array, as {@link System#arraycopy} would (the encoder's scratch path).
     *
     * @param destination the array
     * @param offset where the first byte goes
     * @throws IndexOutOfBoundsException if the bytes do not fit from {@code offset}
     */
    public void copyTo(final byte[] destination, final int offset) {
        System.arraycopy(bytes, 0, destination, offset, bytes.length);
    }

    /**
     * Writes the bytes to a buffer without copying them first (the encoder's hot path).
     *
     * @param out the buffer to append to
     */
    public void writeTo(final ByteBuf out) {
        out.writeBytes(bytes);
    }

    /**
     * The bytes as lower-case hexadecimal digits.
     *
     * @return hex digits, two per byte
     */
    public String toHex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(final @Nullable Object obj) {
        return obj instanceof OfBytes other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bytes.length <= 64 ? toHex() : HEX.formatHex(bytes, 0, 64) + "...(" + bytes.length + " bytes)";
    }
}
