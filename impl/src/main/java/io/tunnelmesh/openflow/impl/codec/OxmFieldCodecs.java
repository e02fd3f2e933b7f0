/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OxmFieldCodec;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Field codecs for the shapes almost every OXM field has: a fixed-width value, optionally followed by a mask of the
 * same width (OpenFlow 1.3.5 section 7.2.3.1: a masked TLV has {@code oxm_length} twice the value's width). Basic
 * fields and extension fields are built from these; a field with an unusual payload (variable length, such as
 * Nicira's {@code tun_metadata}) implements {@link OxmFieldCodec} itself.
 *
 * <p>Every codec made here checks the payload length ({@code OFPBMC_BAD_LEN}), refuses a mask on a field that takes
 * none ({@code OFPBMC_BAD_MASK}) and turns a value its record refuses into {@code OFPBMC_BAD_VALUE}.
 */
public final class OxmFieldCodecs {
    /**
     * {@code OXM_OF_IN_PORT} (OpenFlow 1.3.5 section 7.2.3.7, table 12): 4 bytes, unmaskable. The instance
     * {@code V13OxmCodecs} registers; a registry context that holds it decodes the field without dispatching to it.
     */
    public static final OxmFieldCodec<OxmInPort> IN_PORT = exactInt(OxmKey.basic(0), "OXM_OF_IN_PORT",
        OxmInPort.class, 4, OxmInPort::of, OxmInPort::port);
    /**
     * {@code OXM_OF_TUNNEL_ID} (OpenFlow 1.3.5 section 7.2.3.7, table 12): 8 bytes, maskable. The instance
     * {@code V13OxmCodecs} registers; a registry context that holds it decodes the exact field without dispatching
     * to it.
     */
    public static final OxmFieldCodec<OxmTunnelId> TUNNEL_ID = maskedLong(OxmKey.basic(38), "OXM_OF_TUNNEL_ID",
        OxmTunnelId.class, OxmTunnelId::new, OxmTunnelId::value, OxmTunnelId::mask);

    private OxmFieldCodecs() {
        // Hidden on purpose
    }

    /**
     * Reads a field's value and mask from an exactly sized payload.
     *
     * @param <T> the field class
     */
    @FunctionalInterface
    public interface PayloadReader<T> {
        /**
         * Reads the field.
         *
         * @param payload the value, then the mask when {@code hasMask}
         * @param hasMask the hasmask bit
         * @return the field
         */
        T read(ByteBuf payload, boolean hasMask);
    }

    /**
     * Makes a value with an optional mask.
     *
     * @param <V> the value type
     * @param <T> the field class
     */
    @FunctionalInterface
    public interface MaskedFactory<V, T> {
        /**
         * Makes the field.
         *
         * @param value the value
         * @param mask the mask, {@code null} for an exact match
         * @return the field
         */
        T make(V value, @Nullable V mask);
    }

    /**
     * Makes a field from a 64-bit value and an optional mask; the value stays primitive on the decoder's hot path.
     *
     * @param <T> the field
     */
    @FunctionalInterface
    public interface LongMaskedFactory<T> {
        /**
         * Makes the field.
         *
         * @param value the value
         * @param mask the mask, or {@code null} when the field is not masked
         * @return the field
         */
        T make(long value, @Nullable Long mask);
    }

    /**
     * Makes a field from an integer value and an optional mask; the value stays primitive on the decoder's hot path.
     *
     * @param <T> the field
     */
    @FunctionalInterface
    public interface IntMaskedFactory<T> {
        /**
         * Makes the field.
         *
         * @param value the value
         * @param mask the mask, or {@code null} when the field is not masked
         * @return the field
         */
        T make(int value, @Nullable Integer mask);
    }

    /**
     * The general form: a payload of {@code width} bytes, or twice that when masked and {@code maskable}.
     *
     * @param <T> the field class
     * @param key the wire identity
     * @param name the field's name for error messages, such as {@code OXM_OF_TUNNEL_ID}
     * @param fieldClass the field class
     * @param width the value's width in bytes
     * @param maskable whether the field takes a mask
     * @param reader reads a payload already checked for length
     * @param masked whether a field is written with a mask
     * @param writer writes value then mask
     * @return the codec
     */
    public static <T extends OxmField> OxmFieldCodec<T> of(final OxmKey key, final String name,
            final Class<T> fieldClass, final int width, final boolean maskable, final PayloadReader<T> reader,
            final Predicate<T> masked, final BiConsumer<T, ByteBuf> writer) {
        return new General<>(key, name, fieldClass, width, maskable, reader, masked, writer);
    }

    /**
     * An unmaskable field of 1, 2 or 4 bytes held as an {@code int}.
     *
     * @param <T> the field class
     * @param key the wire identity
     * @param name the name
     * @param fieldClass the class
     * @param width 1, 2 or 4
     * @param factory makes the field from the unsigned value
     * @param value the value of a field
     * @return the codec
     */
    public static <T extends OxmField> OxmFieldCodec<T> exactInt(final OxmKey key, final String name,
            final Class<T> fieldClass, final int width, final IntFunction<T> factory, final ToIntFunction<T> value) {
        return new ExactInt<>(key, name, fieldClass, width, factory, value);
    }

    /**
     * A maskable field of 1, 2 or 4 bytes held as an {@code int}.
     *
     * @param <T> the field class
     * @param key the wire identity
     * @param name the name
     * @param fieldClass the class
     * @param width 1, 2 or 4
     * @param factory makes the field from value and optional mask
     * @param value the value of a field
     * @param mask the mask of a field, {@code null} when exact
     * @return the codec
     */
    public static <T extends OxmField> OxmFieldCodec<T> maskedInt(final OxmKey key, final String name,
            final Class<T> fieldClass, final int width, final IntMaskedFactory<T> factory,
            final ToIntFunction<T> value, final Function<T, @Nullable Integer> mask) {
        return new MaskedInt<>(key, name, fieldClass, width, factory, value, mask);
    }

    /**
     * An unmaskable 8-byte field.
     *
     * @param <T> the field class
     * @param key the wire identity
     * @param name the name
     * @param fieldClass the class
     * @param factory makes the field
     * @param value the value of a field
     * @return the codec
     */
    public static <T extends OxmField> OxmFieldCodec<T> exactLong(final OxmKey key, final String name,
            final Class<T> fieldClass, final LongFunction<T> factory,
            final ToLongFunction<T> value) {
        return new ExactLong<>(key, name, fieldClass, factory, value);
    }

    /**
     * A maskable 8-byte field.
     *
     * @param <T> the field class
     * @param key the wire identity
     * @param name the name
     * @param fieldClass the class
     * @param factory makes the field from value and optional mask
     * @param value the value of a field
     * @param mask the mask of a field, {@code null} when exact
     * @return the codec
     */
    public static <T extends OxmField> OxmFieldCodec<T> maskedLong(final OxmKey key, final String name,
            final Class<T> fieldClass, final LongMaskedFactory<T> factory, final ToLongFunction<T> value,
            final Function<T, @Nullable Long> mask) {
        return new MaskedLong<>(key, name, fieldClass, factory, value, mask);
    }

    /**
     * A maskable Ethernet address.
     *
     * @param <T> the field class
     * @param key the wire identity
     * @param name the name
     * @param fieldClass the class
     * @param factory makes the field from value and optional mask
     * @param value the value of a field
     * @param mask the mask of a field, {@code null} when exact
     * @return the codec
     */
    public static <T extends OxmField> OxmFieldCodec<T> maskedMac(final OxmKey key, final String name,
            final Class<T> fieldClass, final MaskedFactory<MacAddress, T> factory,
            final Function<T, MacAddress> value, final Function<T, @Nullable MacAddress> mask) {
        return new MaskedValue<>(key, name, fieldClass, MacAddress.LENGTH, OfWire::readMac, OfWire::writeMac,
            OfWire::writeMac, factory, value, mask);
    }

    /**
     * A maskable IPv4 address.
     *
     * @param <T> the field class
     * @param key the wire identity
     * @param name the name
     * @param fieldClass the class
     * @param factory makes the field from value and optional mask
     * @param value the value of a field
     * @param mask the mask of a field, {@code null} when exact
     * @return the codec
     */
    public static <T extends OxmField> OxmFieldCodec<T> maskedIpv4(final OxmKey key, final String name,
            final Class<T> fieldClass, final MaskedFactory<Inet4Address, T> factory,
            final Function<T, Inet4Address> value, final Function<T, @Nullable Inet4Address> mask) {
        return new MaskedValue<>(key, name, fieldClass, 4, OfWire::readIpv4, OfWire::writeAddress,
            OfWire::writeAddress, factory, value, mask);
    }

    /**
     * A maskable IPv6 address.
     *
     * @param <T> the field class
     * @param key the wire identity
     * @param name the name
     * @param fieldClass the class
     * @param factory makes the field from value and optional mask
     * @param value the value of a field
     * @param mask the mask of a field, {@code null} when exact
     * @return the codec
     */
    public static <T extends OxmField> OxmFieldCodec<T> maskedIpv6(final OxmKey key, final String name,
            final Class<T> fieldClass, final MaskedFactory<Inet6Address, T> factory,
            final Function<T, Inet6Address> value, final Function<T, @Nullable Inet6Address> mask) {
        return new MaskedValue<>(key, name, fieldClass, 16, OfWire::readIpv6, OfWire::writeAddress,
            OfWire::writeAddress, factory, value, mask);
    }

    /**
     * A maskable field of any fixed width held as bytes (such as a 128-bit {@code ct_label}).
     *
     * @param <T> the field class
     * @param key the wire identity
     * @param name the name
     * @param fieldClass the class
     * @param width the width in bytes
     * @param factory makes the field from value and optional mask
     * @param value the value of a field
     * @param mask the mask of a field, {@code null} when exact
     * @return the codec
     */
    public static <T extends OxmField> OxmFieldCodec<T> maskedBytes(final OxmKey key, final String name,
            final Class<T> fieldClass, final int width, final MaskedFactory<OfBytes, T> factory,
            final Function<T, OfBytes> value, final Function<T, @Nullable OfBytes> mask) {
        return new MaskedValue<>(key, name, fieldClass, width, in -> OfWire.readBytes(in, width), OfWire::writeBytes,
            ScratchWriter::writeBytes, factory, value, mask);
    }

    /**
     * A maskable field whose value and mask are read and written by the same functions.
     *
     * @param <V> the value type
     * @param <T> the field class
     * @param key the wire identity
     * @param name the name
     * @param fieldClass the class
     * @param width the width of the value in bytes
     * @param read reads one value
     * @param write writes one value
     * @param factory makes the field from value and optional mask
     * @param value the value of a field
     * @param mask the mask of a field, {@code null} when exact
     * @return the codec
     */
    public static <V, T extends OxmField> OxmFieldCodec<T> masked(final OxmKey key, final String name,
            final Class<T> fieldClass, final int width, final Function<ByteBuf, V> read,
            final BiConsumer<ByteBuf, V> write, final MaskedFactory<V, T> factory, final Function<T, V> value,
            final Function<T, @Nullable V> mask) {
        return new MaskedValue<>(key, name, fieldClass, width, read, write, null, factory, value, mask);
    }

    private static int readInt(final ByteBuf in, final int width) {
        return switch (width) {
            case 1 -> in.readUnsignedByte();
            case 2 -> in.readUnsignedShort();
            case 3 -> in.readUnsignedMedium();
            case 4 -> in.readInt();
            default -> throw new IllegalStateException("int field width " + width);
        };
    }

    private static void writeInt(final ByteBuf out, final int width, final int value) {
        switch (width) {
            case 1 -> out.writeByte(value);
            case 2 -> out.writeShort(value);
            case 3 -> out.writeMedium(value);
            case 4 -> out.writeInt(value);
            default -> throw new IllegalStateException("int field width " + width);
        }
    }

    private static void writeInt(final ScratchWriter out, final int width, final int value) {
        switch (width) {
            case 1 -> out.writeByte(value);
            case 2 -> out.writeShort(value);
            case 3 -> out.writeMedium(value);
            case 4 -> out.writeInt(value);
            default -> throw new IllegalStateException("int field width " + width);
        }
    }

    /**
     * A field whose payload is a value of fixed width, followed by a mask of the same width when the field is masked.
     * Its whole TLV is known before it is written, so {@link #encode(OxmField, ByteBuf)} writes the header with its
     * final length (no back-patching) and packs header and value into as few buffer writes as it can:
     * <pre>
     *  0                   1                   2                   3
     *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
     * +-------------------------------+-------------+-+---------------+
     * |           oxm_class           |  oxm_field  |M|  oxm_length   |
     * +-------------------------------+-------------+-+---------------+
     * |            experimenter ID (oxm_class 0xffff only)            |
     * +---------------------------------------------------------------+
     * |      value (width bytes), then mask (width bytes) if M        |
     * +---------------------------------------------------------------+
     * </pre>
     * (OpenFlow 1.3.5 section 7.2.3.2; an experimenter field's length counts its experimenter ID, section 7.2.3.9).
     *
     * @param <T> the field class
     */
    abstract static class FixedWidth<T extends OxmField> implements OxmFieldCodec<T> {
        private final OxmKey key;
        private final String name;
        private final Class<T> fieldClass;
        private final int width;
        private final boolean maskable;
        /** The header with oxm_hasmask clear and oxm_length the value's width. */
        private final int exactHeader;
        /** The header with oxm_hasmask set and oxm_length twice the value's width. */
        private final int maskedHeader;

        FixedWidth(final OxmKey key, final String name, final Class<T> fieldClass, final int width,
                final boolean maskable) {
            this.key = key;
            this.name = name;
            this.fieldClass = fieldClass;
            this.width = width;
            this.maskable = maskable;
            final int experimenterLength = key.hasExperimenter() ? Integer.BYTES : 0;
            final int classAndField = key.oxmClass() << 16 | key.field() << 9;
            exactHeader = classAndField | width + experimenterLength;
            maskedHeader = classAndField | 0x100 | 2 * width + experimenterLength;
            if ((maskable ? 2 * width : width) + experimenterLength > 0xff) {
                throw new IllegalArgumentException(name + " of " + width + " bytes does not fit oxm_length");
            }
        }

        /**
         * Writes the whole field, header included.
         *
         * @param field the field, of this codec's field class
         * @param out the buffer to append to
         */
        final void encode(final OxmField field, final ByteBuf out) {
            encodeField(fieldClass.cast(field), out);
        }

        abstract void encodeField(T field, ByteBuf out);

        /**
         * The scratch path of {@link #encode(OxmField, ByteBuf)}: the same bytes into a scratch writer.
         *
         * @param field the field, of this codec's field class
         * @param out the scratch writer
         * @return {@code false} if this codec has no scratch path or its payload came out of a wrong width
         */
        final boolean encodeInto(final OxmField field, final ScratchWriter out) {
            return encodeFieldInto(fieldClass.cast(field), out);
        }

        abstract boolean encodeFieldInto(T field, ScratchWriter out);

        /**
         * Writes the header, and the experimenter ID of an experimenter field, into a scratch writer.
         *
         * @param out the scratch writer
         * @param masked whether the field carries a mask
         */
        final void writeHeaderInto(final ScratchWriter out, final boolean masked) {
            final int header = masked ? maskedHeader : exactHeader;
            if (key.hasExperimenter()) {
                out.writeLong((long) header << 32 | key.experimenter() & 0xffff_ffffL);
            } else {
                out.writeInt(header);
            }
        }

        /**
         * Writes an exact (unmasked) field of at most 4 bytes into a scratch writer.
         *
         * @param out the scratch writer
         * @param value the value, in its low {@code width} bytes
         */
        final void writeExactIntInto(final ScratchWriter out, final int value) {
            if (width == Integer.BYTES && !key.hasExperimenter()) {
                out.writeLong((long) exactHeader << 32 | value & 0xffff_ffffL);
            } else {
                writeHeaderInto(out, false);
                writeInt(out, width, value);
            }
        }

        /**
         * Whether a payload written into a scratch writer from {@code payloadStart} has the announced width.
         *
         * @param out the scratch writer
         * @param payloadStart where the payload started
         * @param masked whether the field carries a mask
         * @return {@code true} if it has
         */
        final boolean writtenWhole(final ScratchWriter out, final int payloadStart, final boolean masked) {
            return out.position() - payloadStart == (masked ? 2 * width : width);
        }

        /**
         * Writes the header, and the experimenter ID of an experimenter field.
         *
         * @param out the buffer
         * @param masked whether the field carries a mask
         */
        final void writeHeader(final ByteBuf out, final boolean masked) {
            final int header = masked ? maskedHeader : exactHeader;
            if (key.hasExperimenter()) {
                out.writeLong((long) header << 32 | key.experimenter() & 0xffff_ffffL);
            } else {
                out.writeInt(header);
            }
        }

        /**
         * Writes an exact (unmasked) field of at most 4 bytes.
         *
         * @param out the buffer
         * @param value the value, in its low {@code width} bytes
         */
        final void writeExactInt(final ByteBuf out, final int value) {
            if (width == Integer.BYTES && !key.hasExperimenter()) {
                // header and value in one write
                out.writeLong((long) exactHeader << 32 | value & 0xffff_ffffL);
            } else {
                writeHeader(out, false);
                writeInt(out, width, value);
            }
        }

        /**
         * Checks that a payload writer supplied from outside wrote exactly the width the header announced.
         *
         * @param out the buffer
         * @param payloadStart where the payload started
         * @param masked whether the field carries a mask
         */
        final void checkWritten(final ByteBuf out, final int payloadStart, final boolean masked) {
            final int written = out.writerIndex() - payloadStart;
            final int expected = masked ? 2 * width : width;
            if (written != expected) {
                throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN, name + " payload of " + written
                    + " bytes, not " + expected);
            }
        }

        @Override
        public final OxmKey key() {
            return key;
        }

        @Override
        public final Class<T> fieldClass() {
            return fieldClass;
        }

        final int width() {
            return width;
        }

        @Override
        public final T decode(final boolean hasMask, final ByteBuf payload) {
            return decode(hasMask, payload.readableBytes(), payload);
        }

        /**
         * Decodes a payload whose length the OXM header gave, from a buffer that may hold more after it: a fixed
         * width needs no bounding of the buffer once the length is checked.
         *
         * @param hasMask the header's oxm_hasmask
         * @param length the payload's length (oxm_length less an experimenter ID)
         * @param in the buffer, at the payload
         * @return the field
         * @throws OfCodecException {@code OFPBMC_BAD_MASK}, {@code OFPBMC_BAD_LEN} or {@code OFPBMC_BAD_VALUE}
         */
        final T decode(final boolean hasMask, final int length, final ByteBuf in) {
            // one test for the usual field; the errors are told apart in refuse, off the hot path
            if (length != (hasMask ? 2 * width : width) || hasMask && !maskable) {
                throw refuse(hasMask, length);
            }
            try {
                return read(in, hasMask);
            } catch (IllegalArgumentException e) {
                final var detail = String.valueOf(e.getMessage());
                throw new OfCodecException(OfErrorCode.OFPBMC_BAD_VALUE,
                    detail.startsWith(name) ? detail : name + ": " + detail, e);
            }
        }

        private OfCodecException refuse(final boolean hasMask, final int length) {
            if (hasMask && !maskable) {
                return new OfCodecException(OfErrorCode.OFPBMC_BAD_MASK, name + " cannot be masked");
            }
            return new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN, name + " length " + length + " != "
                + (hasMask ? 2 * width : width));
        }

        /**
         * Reads a payload whose length {@link #decode(boolean, ByteBuf)} has checked.
         *
         * @param payload the payload
         * @param hasMask whether a mask follows the value
         * @return the field
         */
        abstract T read(ByteBuf payload, boolean hasMask);

        @Override
        public final String toString() {
            return name + " codec " + key;
        }
    }

    /** Built by {@link #of}: the registration's reader, mask test and writer. */
    private static final class General<T extends OxmField> extends FixedWidth<T> {
        private final PayloadReader<T> reader;
        private final Predicate<T> masked;
        private final BiConsumer<T, ByteBuf> writer;

        General(final OxmKey key, final String name, final Class<T> fieldClass, final int width,
                final boolean maskable, final PayloadReader<T> reader, final Predicate<T> masked,
                final BiConsumer<T, ByteBuf> writer) {
            super(key, name, fieldClass, width, maskable);
            this.reader = reader;
            this.masked = masked;
            this.writer = writer;
        }

        @Override
        T read(final ByteBuf payload, final boolean hasMask) {
            return reader.read(payload, hasMask);
        }

        @Override
        public boolean hasMask(final T field) {
            return masked.test(field);
        }

        @Override
        public void encodePayload(final T field, final ByteBuf out) {
            writer.accept(field, out);
        }

        @Override
        void encodeField(final T field, final ByteBuf out) {
            final boolean hasMask = masked.test(field);
            writeHeader(out, hasMask);
            final int payloadStart = out.writerIndex();
            writer.accept(field, out);
            checkWritten(out, payloadStart, hasMask);
        }

        @Override
        boolean encodeFieldInto(final T field, final ScratchWriter out) {
            // the registration's writer takes a ByteBuf: the registry encodes such a message through it
            return false;
        }
    }

    /** An unmaskable integer of 1 to 4 bytes. */
    private static final class ExactInt<T extends OxmField> extends FixedWidth<T> {
        private final IntFunction<T> factory;
        private final ToIntFunction<T> value;

        ExactInt(final OxmKey key, final String name, final Class<T> fieldClass, final int width,
                final IntFunction<T> factory, final ToIntFunction<T> value) {
            super(key, name, fieldClass, width, false);
            this.factory = factory;
            this.value = value;
        }

        @Override
        T read(final ByteBuf payload, final boolean hasMask) {
            return factory.apply(readInt(payload, width()));
        }

        @Override
        public boolean hasMask(final T field) {
            return false;
        }

        @Override
        public void encodePayload(final T field, final ByteBuf out) {
            writeInt(out, width(), value.applyAsInt(field));
        }

        @Override
        void encodeField(final T field, final ByteBuf out) {
            writeExactInt(out, value.applyAsInt(field));
        }

        @Override
        boolean encodeFieldInto(final T field, final ScratchWriter out) {
            writeExactIntInto(out, value.applyAsInt(field));
            return true;
        }
    }

    /** A maskable integer of 1 to 4 bytes. */
    private static final class MaskedInt<T extends OxmField> extends FixedWidth<T> {
        private final IntMaskedFactory<T> factory;
        private final ToIntFunction<T> value;
        private final Function<T, @Nullable Integer> mask;

        MaskedInt(final OxmKey key, final String name, final Class<T> fieldClass, final int width,
                final IntMaskedFactory<T> factory, final ToIntFunction<T> value,
                final Function<T, @Nullable Integer> mask) {
            super(key, name, fieldClass, width, true);
            this.factory = factory;
            this.value = value;
            this.mask = mask;
        }

        @Override
        T read(final ByteBuf payload, final boolean hasMask) {
            final int fieldValue = readInt(payload, width());
            return factory.make(fieldValue, hasMask ? readInt(payload, width()) : null);
        }

        @Override
        public boolean hasMask(final T field) {
            return mask.apply(field) != null;
        }

        @Override
        public void encodePayload(final T field, final ByteBuf out) {
            writeInt(out, width(), value.applyAsInt(field));
            final var fieldMask = mask.apply(field);
            if (fieldMask != null) {
                writeInt(out, width(), fieldMask);
            }
        }

        @Override
        void encodeField(final T field, final ByteBuf out) {
            final int fieldValue = value.applyAsInt(field);
            final var fieldMask = mask.apply(field);
            if (fieldMask == null) {
                writeExactInt(out, fieldValue);
            } else if (width() == Integer.BYTES) {
                writeHeader(out, true);
                out.writeLong((long) fieldValue << 32 | fieldMask & 0xffff_ffffL);
            } else {
                writeHeader(out, true);
                writeInt(out, width(), fieldValue);
                writeInt(out, width(), fieldMask);
            }
        }

        @Override
        boolean encodeFieldInto(final T field, final ScratchWriter out) {
            final int fieldValue = value.applyAsInt(field);
            final var fieldMask = mask.apply(field);
            if (fieldMask == null) {
                writeExactIntInto(out, fieldValue);
            } else if (width() == Integer.BYTES) {
                writeHeaderInto(out, true);
                out.writeLong((long) fieldValue << 32 | fieldMask & 0xffff_ffffL);
            } else {
                writeHeaderInto(out, true);
                writeInt(out, width(), fieldValue);
                writeInt(out, width(), fieldMask);
            }
            return true;
        }
    }

    /** An unmaskable 64-bit value. */
    private static final class ExactLong<T extends OxmField> extends FixedWidth<T> {
        private final LongFunction<T> factory;
        private final ToLongFunction<T> value;

        ExactLong(final OxmKey key, final String name, final Class<T> fieldClass, final LongFunction<T> factory,
                final ToLongFunction<T> value) {
            super(key, name, fieldClass, Long.BYTES, false);
            this.factory = factory;
            this.value = value;
        }

        @Override
        T read(final ByteBuf payload, final boolean hasMask) {
            return factory.apply(payload.readLong());
        }

        @Override
        public boolean hasMask(final T field) {
            return false;
        }

        @Override
        public void encodePayload(final T field, final ByteBuf out) {
            out.writeLong(value.applyAsLong(field));
        }

        @Override
        void encodeField(final T field, final ByteBuf out) {
            writeHeader(out, false);
            out.writeLong(value.applyAsLong(field));
        }

        @Override
        boolean encodeFieldInto(final T field, final ScratchWriter out) {
            writeHeaderInto(out, false);
            out.writeLong(value.applyAsLong(field));
            return true;
        }
    }

    /** A maskable 64-bit value. */
    private static final class MaskedLong<T extends OxmField> extends FixedWidth<T> {
        private final LongMaskedFactory<T> factory;
        private final ToLongFunction<T> value;
        private final Function<T, @Nullable Long> mask;

        MaskedLong(final OxmKey key, final String name, final Class<T> fieldClass,
                final LongMaskedFactory<T> factory, final ToLongFunction<T> value,
                final Function<T, @Nullable Long> mask) {
            super(key, name, fieldClass, Long.BYTES, true);
            this.factory = factory;
            this.value = value;
            this.mask = mask;
        }

        @Override
        T read(final ByteBuf payload, final boolean hasMask) {
            final long fieldValue = payload.readLong();
            return factory.make(fieldValue, hasMask ? payload.readLong() : null);
        }

        @Override
        public boolean hasMask(final T field) {
            return mask.apply(field) != null;
        }

        @Override
        public void encodePayload(final T field, final ByteBuf out) {
            out.writeLong(value.applyAsLong(field));
            final var fieldMask = mask.apply(field);
            if (fieldMask != null) {
                out.writeLong(fieldMask);
            }
        }

        @Override
        void encodeField(final T field, final ByteBuf out) {
            final var fieldMask = mask.apply(field);
            writeHeader(out, fieldMask != null);
            out.writeLong(value.applyAsLong(field));
            if (fieldMask != null) {
                out.writeLong(fieldMask);
            }
        }

        @Override
        boolean encodeFieldInto(final T field, final ScratchWriter out) {
            final var fieldMask = mask.apply(field);
            writeHeaderInto(out, fieldMask != null);
            out.writeLong(value.applyAsLong(field));
            if (fieldMask != null) {
                out.writeLong(fieldMask);
            }
            return true;
        }
    }

    /** A maskable value of another type: addresses, byte strings. */
    private static final class MaskedValue<V, T extends OxmField> extends FixedWidth<T> {
        private final Function<ByteBuf, V> read;
        private final BiConsumer<ByteBuf, V> write;
        /** The same writer for the scratch path; {@code null} for a registration that gave none. */
        private final @Nullable BiConsumer<ScratchWriter, V> scratchWrite;
        private final MaskedFactory<V, T> factory;
        private final Function<T, V> value;
        private final Function<T, @Nullable V> mask;

        MaskedValue(final OxmKey key, final String name, final Class<T> fieldClass, final int width,
                final Function<ByteBuf, V> read, final BiConsumer<ByteBuf, V> write,
                final @Nullable BiConsumer<ScratchWriter, V> scratchWrite, final MaskedFactory<V, T> factory,
                final Function<T, V> value, final Function<T, @Nullable V> mask) {
            super(key, name, fieldClass, width, true);
            this.read = read;
            this.write = write;
            this.scratchWrite = scratchWrite;
            this.factory = factory;
            this.value = value;
            this.mask = mask;
        }

        @Override
        T read(final ByteBuf payload, final boolean hasMask) {
            final V fieldValue = read.apply(payload);
            return factory.make(fieldValue, hasMask ? read.apply(payload) : null);
        }

        @Override
        public boolean hasMask(final T field) {
            return mask.apply(field) != null;
        }

        @Override
        public void encodePayload(final T field, final ByteBuf out) {
            write.accept(out, value.apply(field));
            final var fieldMask = mask.apply(field);
            if (fieldMask != null) {
                write.accept(out, fieldMask);
            }
        }

        @Override
        void encodeField(final T field, final ByteBuf out) {
            final var fieldMask = mask.apply(field);
            writeHeader(out, fieldMask != null);
            final int payloadStart = out.writerIndex();
            write.accept(out, value.apply(field));
            if (fieldMask != null) {
                write.accept(out, fieldMask);
            }
            checkWritten(out, payloadStart, fieldMask != null);
        }

        @Override
        boolean encodeFieldInto(final T field, final ScratchWriter out) {
            final var writer = scratchWrite;
            if (writer == null) {
                return false;
            }
            final var fieldMask = mask.apply(field);
            writeHeaderInto(out, fieldMask != null);
            final int payloadStart = out.position();
            writer.accept(out, value.apply(field));
            if (fieldMask != null) {
                writer.accept(out, fieldMask);
            }
            return writtenWhole(out, payloadStart, fieldMask != null);
        }
    }
}
