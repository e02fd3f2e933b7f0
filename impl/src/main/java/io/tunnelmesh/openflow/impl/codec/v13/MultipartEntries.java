/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How multipart bodies (OpenFlow 1.3.5 section 7.3.5) frame their arrays: entries of a fixed size, which the body
 * length must be a multiple of, or entries that carry their own 16-bit length, which must cover at least the entry's
 * fixed part and stay within what is left. Each entry is read from a slice of exactly its bytes, so a reader can
 * never run into the next entry. Also the single fixed-size bodies, which must be exactly their size.
 */
final class MultipartEntries {
    private MultipartEntries() {
        // Hidden on purpose
    }

    /**
     * Reads an array of fixed-size entries up to the end of the body.
     *
     * @throws OfCodecException {@code OFPBRC_BAD_LEN} if the body is not a whole number of entries
     */
    static <T> List<T> fixed(final ByteBuf body, final int size, final String what, final Function<ByteBuf, T> reader) {
        if (body.readableBytes() % size != 0) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, what + " array of " + body.readableBytes()
                + " bytes is not a multiple of " + size);
        }
        final var entries = new ArrayList<T>(body.readableBytes() / size);
        while (body.isReadable()) {
            entries.add(reader.apply(body.readSlice(size)));
        }
        return entries;
    }

    /**
     * Reads an array of entries that carry their own 16-bit length, up to the end of the body.
     *
     * @param lengthOffset where in the entry its length field is
     * @param minLength the size of the entry's fixed part, the least valid length
     * @param error the error of a bad length
     * @param reader reads one entry from a slice of exactly its length; must consume it all
     * @throws OfCodecException {@code error} if a length is below {@code minLength} or beyond the body
     */
    static <T> List<T> lengthPrefixed(final ByteBuf body, final int lengthOffset, final int minLength,
            final OfErrorCode error, final String what, final Function<ByteBuf, T> reader) {
        final var entries = new ArrayList<T>();
        while (body.isReadable()) {
            if (body.readableBytes() < minLength) {
                throw new OfCodecException(error, what + " needs " + minLength + " bytes, " + body.readableBytes()
                    + " left");
            }
            final int length = body.getUnsignedShort(body.readerIndex() + lengthOffset);
            if (length < minLength || length > body.readableBytes()) {
                throw new OfCodecException(error, what + " length " + length + " is not within " + minLength
                    + " and the " + body.readableBytes() + " bytes left");
            }
            final var entry = body.readSlice(length);
            entries.add(reader.apply(entry));
            if (entry.isReadable()) {
                throw new OfCodecException(error, what + " has " + entry.readableBytes() + " bytes after its contents");
            }
        }
        return entries;
    }

    /**
     * Checks a single fixed-size body is exactly its size.
     *
     * @return the body
     * @throws OfCodecException {@code OFPBRC_BAD_LEN} if it is not
     */
    static ByteBuf exactly(final ByteBuf body, final int size, final String what) {
        if (body.readableBytes() != size) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, what + " body length " + body.readableBytes()
                + " != " + size);
        }
        return body;
    }

    /**
     * Counters that follow an entry's fixed part, 16 bytes each ({@code ofp_bucket_counter},
     * {@code ofp_meter_band_stats}).
     *
     * @throws OfCodecException {@code OFPBRC_BAD_LEN} if the rest is not a whole number of counters
     */
    static <T> List<T> counterPairs(final ByteBuf rest, final String what, final PairReader<T> reader) {
        return fixed(rest, 16, what, slice -> reader.read(slice.readLong(), slice.readLong()));
    }

    /**
     * Builds a counter from its two 64-bit values.
     *
     * @param <T> the counter type
     */
    @FunctionalInterface
    interface PairReader<T> {
        T read(long first, long second);
    }
}
