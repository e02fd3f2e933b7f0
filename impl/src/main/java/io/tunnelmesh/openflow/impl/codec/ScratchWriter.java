/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfBytes;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A per-thread scratch array the built-in codecs encode a whole message into, big-endian through {@link VarHandle}
 * views, before the registry copies it into the channel's buffer with one {@link ByteBuf#writeBytes(byte[], int,
 * int)}.
 *
 * <p>Why not straight into the pooled {@code ByteBuf} (STYLE rule 3): every {@code ByteBuf} write checks the
 * buffer's reference count and bounds and moves its writer index, and a 128-byte tunnel FLOW_MOD takes about 25 of
 * them; measured, that sequence alone costs about 50 ns, the same bytes written here and copied once about 11 ns
 * (docs/openflow-library.md, "How the codec stays fast"). A write here is one capacity check and one array store.
 *
 * <p>The array holds the largest OpenFlow message (65535 bytes), so a write checks no capacity, only the array's
 * bounds that the {@code VarHandle} checks anyway: a message that does not fit could not be sent, and its
 * {@link IndexOutOfBoundsException} sends it to the {@code ByteBuf} path, which reports its length. That is 64 KiB
 * per thread that encodes (the channels' event loops). A writer is taken with {@link #acquire()} and given back
 * with {@link #release()}; a nested encode on the same thread finds it taken and uses the {@code ByteBuf} path.
 */
public final class ScratchWriter {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /** The longest OpenFlow message: its length is a 16-bit field (OpenFlow 1.3.5 section 7.1). */
    private static final int CAPACITY = 0x10000;
    private static final ThreadLocal<ScratchWriter> PER_THREAD = ThreadLocal.withInitial(ScratchWriter::new);

    private final byte[] bytes;
    private int position;
    private boolean taken;

    ScratchWriter() {
        this(CAPACITY);
    }

    ScratchWriter(final int capacity) {
        bytes = new byte[capacity];
    }

    /**
     * This thread's writer, emptied, or {@code null} if an encode further up this thread's stack holds it.
     *
     * @return the writer, to be given back with {@link #release()}
     */
    static @Nullable ScratchWriter acquire() {
        final var writer = PER_THREAD.get();
        if (writer.taken) {
            return null;
        }
        writer.taken = true;
        writer.position = 0;
        return writer;
    }

    /**
     * Gives the writer back to its thread.
     */
    void release() {
        taken = false;
    }

    /**
     * How many bytes have been written.
     *
     * @return the position of the next write
     */
    public int position() {
        return position;
    }

    /**
     * Moves the position past {@code length} bytes and returns where they start; the array store that follows
     * checks the bounds.
     */
    private int reserve(final int length) {
        final int at = position;
        position = at + length;
        return at;
    }

    /**
     * Appends one byte.
     *
     * @param value the byte, in the low 8 bits
     * @return this writer
     */
    public ScratchWriter writeByte(final int value) {
        final int at = reserve(Byte.BYTES);
        bytes[at] = (byte) value;
        return this;
    }

    /**
     * Appends 16 bits, big-endian.
     *
     * @param value the value, in the low 16 bits
     * @return this writer
     */
    public ScratchWriter writeShort(final int value) {
        final int at = reserve(Short.BYTES);
        SHORT.set(bytes, at, (short) value);
        return this;
    }

    /**
     * Appends 24 bits, big-endian.
     *
     * @param value the value, in the low 24 bits
     * @return this writer
     */
    public ScratchWriter writeMedium(final int value) {
        final int at = reserve(3);
        bytes[at] = (byte) (value >>> 16);
        SHORT.set(bytes, at + 1, (short) value);
        return this;
    }

    /**
     * Appends 32 bits, big-endian.
     *
     * @param value the value
     * @return this writer
     */
    public ScratchWriter writeInt(final int value) {
        final int at = reserve(Integer.BYTES);
        INT.set(bytes, at, value);
        return this;
    }

    /**
     * Appends 64 bits, big-endian.
     *
     * @param value the value
     * @return this writer
     */
    public ScratchWriter writeLong(final long value) {
        final int at = reserve(Long.BYTES);
        LONG.set(bytes, at, value);
        return this;
    }

    /**
     * Appends zero bytes (the array is reused, so they are written, not assumed).
     *
     * @param length how many
     * @return this writer
     */
    public ScratchWriter writeZero(final int length) {
        final int at = reserve(length);
        Arrays.fill(bytes, at, at + length, (byte) 0);
        return this;
    }

    /**
     * Appends opaque bytes.
     *
     * @param value the bytes
     * @return this writer
     */
    public ScratchWriter writeBytes(final OfBytes value) {
        final int at = reserve(value.length());
        value.copyTo(bytes, at);
        return this;
    }

    /**
     * Appends the bytes of an array.
     *
     * @param value the bytes
     * @return this writer
     */
    public ScratchWriter writeBytes(final byte[] value) {
        final int at = reserve(value.length);
        System.arraycopy(value, 0, bytes, at, value.length);
        return this;
    }

    /**
     * Overwrites 16 bits already written, as a back-patched length.
     *
     * @param at where they start
     * @param value the value, in the low 16 bits
     */
    public void setShort(final int at, final int value) {
        SHORT.set(bytes, at, (short) value);
    }

    /**
     * Overwrites one byte already written.
     *
     * @param at where it is
     * @param value the value, in the low 8 bits
     */
    public void setByte(final int at, final int value) {
        bytes[at] = (byte) value;
    }

    /**
     * Writes zero padding up to the next multiple of 8 bytes counted from {@code start}, as {@link OfWire#pad}.
     *
     * @param start where the padded structure starts
     */
    public void pad(final int start) {
        final int padding = OfWire.padding(position - start);
        if (padding != 0) {
            writeZero(padding);
        }
    }

    /**
     * Appends everything written to a buffer, in one copy.
     *
     * @param out the buffer
     */
    void copyTo(final ByteBuf out) {
        out.writeBytes(bytes, 0, position);
    }
}
