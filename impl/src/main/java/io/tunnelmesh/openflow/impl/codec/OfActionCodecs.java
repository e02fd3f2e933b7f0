/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import io.tunnelmesh.openflow.api.codec.OfActionKey;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Action codecs from a reader and a writer, with the length check OpenFlow switches apply to fixed-size actions
 * (Open vSwitch answers {@code OFPBAC_BAD_LEN} when an action's length is not exactly its structure's size).
 */
public final class OfActionCodecs {
    /** Bytes before a standard action's body: type and length. */
    public static final int STANDARD_HEADER = 4;
    /** Bytes before an experimenter action's body: type, length, experimenter id and 16-bit subtype. */
    public static final int EXPERIMENTER_HEADER = 10;
    /** A length that {@link #of} does not check: the action is variable-sized. */
    public static final int VARIABLE = -1;

    private OfActionCodecs() {
        // Hidden on purpose
    }

    /**
     * Reads an action body.
     *
     * @param <T> the action class
     */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * Reads the action.
         *
         * @param body the body after the action header
         * @param context nested structures
         * @return the action
         */
        T read(ByteBuf body, OfCodecContext context);
    }

    /**
     * Writes an action body.
     *
     * @param <T> the action class
     */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * Writes the action.
         *
         * @param action the action
         * @param out the buffer
         * @param context nested structures
         */
        void write(T action, ByteBuf out, OfCodecContext context);
    }

    /**
     * Writes an action body into the encoder's scratch array: the same bytes as the codec's {@link Writer}, for the
     * built-in actions (see {@link ScratchWriter} for why).
     *
     * @param <T> the action class
     */
    @FunctionalInterface
    public interface ScratchBody<T> {
        /**
         * Writes the action.
         *
         * @param action the action
         * @param out the scratch writer
         */
        void write(T action, ScratchWriter out);
    }

    /**
     * A codec; if {@code length} is not {@link #VARIABLE}, a decoded action of any other total length is an
     * {@code OFPBAC_BAD_LEN}.
     *
     * @param <T> the action class
     * @param key the wire identity
     * @param name the action's name for errors, such as {@code OFPAT_OUTPUT} or {@code NXAST_RESUBMIT_TABLE}
     * @param actionClass the class
     * @param length the action's total length in bytes, header and padding included, or {@link #VARIABLE}
     * @param reader reads the body
     * @param writer writes the body
     * @return the codec
     */
    public static <T extends OfAction> OfActionCodec<T> of(final OfActionKey key, final String name,
            final Class<T> actionClass, final int length, final Reader<T> reader, final Writer<T> writer) {
        return new Simple<>(key, name, actionClass, length, reader, writer, null);
    }

    /**
     * A codec as {@link #of(OfActionKey, String, Class, int, Reader, Writer)} makes, that also writes its body into
     * the encoder's scratch array; {@code scratch} must write exactly what {@code writer} writes.
     *
     * @param <T> the action class
     * @param key the wire identity
     * @param name the action's name for errors
     * @param actionClass the class
     * @param length the action's total length in bytes, or {@link #VARIABLE}
     * @param reader reads the body
     * @param writer writes the body to a buffer
     * @param scratch writes the body to a scratch writer
     * @return the codec
     */
    public static <T extends OfAction> OfActionCodec<T> of(final OfActionKey key, final String name,
            final Class<T> actionClass, final int length, final Reader<T> reader, final Writer<T> writer,
            final ScratchBody<T> scratch) {
        return new Simple<>(key, name, actionClass, length, reader, writer, scratch);
    }

    /**
     * The codec of {@code OFPAT_SET_FIELD} (OpenFlow 1.3.5 section 7.2.5): its body is one OXM field, written by the
     * version's field codecs, then padding to 8 bytes.
     *
     * @param key the action's key
     * @param name the action's name
     * @param reader reads the body
     * @return the codec
     */
    public static OfActionCodec<OfActionSetField> setField(final OfActionKey key, final String name,
            final Reader<OfActionSetField> reader) {
        return new SetField(new Simple<>(key, name, OfActionSetField.class, VARIABLE, reader,
            (action, out, context) -> context.encodeOxm(action.field(), out), null));
    }

    /**
     * {@code OFPAT_SET_FIELD}: a {@link Simple} codec whose body the registry's own context writes directly, with no
     * call through the writer interface on the encoder's hot path.
     */
    record SetField(Simple<OfActionSetField> simple) implements OfActionCodec<OfActionSetField> {
        @Override
        public OfActionKey key() {
            return simple.key();
        }

        @Override
        public Class<OfActionSetField> actionClass() {
            return OfActionSetField.class;
        }

        @Override
        public OfActionSetField decode(final ByteBuf body, final OfCodecContext context) {
            return simple.decode(body, context);
        }

        @Override
        public void encodeBody(final OfActionSetField action, final ByteBuf out, final OfCodecContext context) {
            context.encodeOxm(action.field(), out);
        }

        void encode(final OfActionSetField action, final ByteBuf out, final RegistryCodecContext context) {
            final int start = out.writerIndex();
            // type and a zero length, patched once the field and its padding are written
            out.writeInt(simple.key().type() << 16);
            context.encodeOxm(action.field(), out);
            OfWire.pad(out, start);
            OfWire.patchLength(out, start, 2, out.writerIndex() - start, OfErrorCode.OFPBAC_BAD_LEN);
        }

        @Override
        public String toString() {
            return simple.toString();
        }
    }

    record Simple<T extends OfAction>(OfActionKey key, String name, Class<T> actionClass, int length,
            Reader<T> reader, Writer<T> writer, @Nullable ScratchBody<T> scratch) implements OfActionCodec<T> {
        @Override
        public T decode(final ByteBuf body, final OfCodecContext context) {
            if (length != VARIABLE) {
                final int actual = body.readableBytes() + (key.isExperimenter() ? EXPERIMENTER_HEADER
                    : STANDARD_HEADER);
                if (actual != length) {
                    throw new OfCodecException(OfErrorCode.OFPBAC_BAD_LEN, name + " length " + actual + " != "
                        + length);
                }
            }
            try {
                return reader.read(body, context);
            } catch (IllegalArgumentException e) {
                throw new OfCodecException(OfErrorCode.OFPBAC_BAD_ARGUMENT, name + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void encodeBody(final T action, final ByteBuf out, final OfCodecContext context) {
            writer.write(action, out, context);
        }

        /**
         * Writes the whole action, header included: a fixed-length action's header goes out with its final length,
         * a variable-length one's is back-patched after the body and its padding (OpenFlow 1.3.5 section 7.2.5).
         *
         * @param action the action, of this codec's class
         * @param out the buffer to append to
         * @param context the structure codecs of the version
         * @throws OfCodecException {@code OFPBAC_BAD_LEN} if a fixed-length body came out of another length
         */
        void encode(final OfAction action, final ByteBuf out, final OfCodecContext context) {
            final int start = out.writerIndex();
            final int headerLength = length == VARIABLE ? 0 : length;
            if (key.isExperimenter()) {
                out.writeLong((long) (OfActionKey.EXPERIMENTER << 16 | headerLength) << 32
                    | key.experimenter() & 0xffff_ffffL).writeShort(key.subtype());
            } else {
                out.writeInt(key.type() << 16 | headerLength);
            }
            writer.write(actionClass.cast(action), out, context);
            OfWire.pad(out, start);
            final int written = out.writerIndex() - start;
            if (length == VARIABLE) {
                OfWire.patchLength(out, start, 2, written, OfErrorCode.OFPBAC_BAD_LEN);
            } else if (written != length) {
                throw new OfCodecException(OfErrorCode.OFPBAC_BAD_LEN, name + " came out " + written + " bytes, not "
                    + length);
            }
        }

        /**
         * The scratch path of {@link #encode(OfAction, ByteBuf, OfCodecContext)}.
         *
         * @param action the action, of this codec's class
         * @param out the scratch writer
         * @return {@code false} if the codec has no scratch body writer or the action came out of a wrong length
         *     (the {@code ByteBuf} path then reports it)
         */
        boolean encode(final OfAction action, final ScratchWriter out) {
            final var body = scratch;
            if (body == null) {
                return false;
            }
            final int start = out.position();
            final int headerLength = length == VARIABLE ? 0 : length;
            if (key.isExperimenter()) {
                out.writeLong((long) (OfActionKey.EXPERIMENTER << 16 | headerLength) << 32
                    | key.experimenter() & 0xffff_ffffL).writeShort(key.subtype());
            } else {
                out.writeInt(key.type() << 16 | headerLength);
            }
            body.write(actionClass.cast(action), out);
            out.pad(start);
            return length == VARIABLE ? ScratchStructureEncoder.patchLength(out, start)
                : out.position() - start == length;
        }

        @Override
        public String toString() {
            return name + " codec " + key;
        }
    }
}
