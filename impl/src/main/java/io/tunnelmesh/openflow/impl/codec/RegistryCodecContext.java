/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionExperimenter;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.action.OfActionUnknown;
import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import io.tunnelmesh.openflow.api.codec.OfActionKey;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.codec.OfMultipartExperimenterCodec;
import io.tunnelmesh.openflow.api.codec.OxmFieldCodec;
import io.tunnelmesh.openflow.api.codec.OxmFieldFamilyCodec;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.match.OxmUnknown;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartReply;
import io.tunnelmesh.openflow.api.message.multipart.OfExperimenterMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartReplyBody;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartRequestBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The structure codecs of one registry and version: OXM TLVs (OpenFlow 1.3.5 section 7.2.3), matches (7.2.2),
 * action lists (7.2.5) and instruction lists (7.2.4), dispatching every field and action to the codec registered for
 * it. Fields and actions nobody registered decode into opaque values that re-encode byte for byte.
 *
 * <p>Basic OXM fields and standard actions are found by array index; extension ones by key in a hash map.
 */
final class RegistryCodecContext implements OfCodecContext {
    private static final int OXM_HEADER = 4;
    private static final int OFPMT_OXM = 1;
    private static final int MATCH_HEADER = 4;
    private static final int ACTION_HEADER = 8;
    private static final int SMALL_ACTION_TYPES = 64;
    /** The OXM header of an exact {@code OXM_OF_IN_PORT}: class 0x8000, field 0, no mask, 4 bytes. */
    private static final int IN_PORT_EXACT = 0x8000_0004;
    /** The OXM header of an exact {@code OXM_OF_TUNNEL_ID}: class 0x8000, field 38, no mask, 8 bytes. */
    private static final int TUNNEL_ID_EXACT = 0x8000_4c08;

    private final OfVersion version;
    private final OfCodecRegistry registry;
    private final @Nullable OxmFieldCodec<?>[] basicFields;
    private final Map<OxmKey, OxmFieldCodec<?>> fieldsByKey;
    private final @Nullable OfActionCodec<?>[] standardActions;
    private final Map<OfActionKey, OfActionCodec<?>> actionsByKey;
    /** The encoder's lookups by class. */
    private final Tables tables;
    private final Map<MultipartExperimenterKey, OfMultipartExperimenterCodec<?>> multipartByKey;
    private final Map<Class<?>, OfMultipartExperimenterCodec<?>> multipartByClass;

    RegistryCodecContext(final OfVersion version, final OfCodecRegistry registry, final Tables tables) {
        this.version = version;
        this.registry = registry;
        fieldsByKey = tables.fieldsByKey;
        this.tables = tables;
        actionsByKey = tables.actionsByKey;
        basicFields = tables.basicFields;
        standardActions = tables.standardActions;
        multipartByKey = tables.multipartByKey;
        multipartByClass = tables.multipartByClass;
    }

    /**
     * The lookup tables every version's context of one registry shares.
     */
    static final class Tables {
        private final @Nullable OxmFieldCodec<?>[] basicFields = new OxmFieldCodec<?>[128];
        private final Map<OxmKey, OxmFieldCodec<?>> fieldsByKey;
        // the encoder looks a codec up per field and per action: see ClassTable
        private final ClassTable<OxmFieldCodec<?>> fieldsByClass;
        private final @Nullable OfActionCodec<?>[] standardActions = new OfActionCodec<?>[SMALL_ACTION_TYPES];
        private final Map<OfActionKey, OfActionCodec<?>> actionsByKey;
        private final ClassTable<OfActionCodec<?>> actionsByClass;
        /** What {@link #fieldsByClass} holds for the {@link BuiltinCodecIndex#FIELD_CLASSES}, at their indexes. */
        private final @Nullable OxmFieldCodec<?>[] builtinFields;
        /** What {@link #actionsByClass} holds for the {@link BuiltinCodecIndex#ACTION_CLASSES}, at their indexes. */
        private final @Nullable OfActionCodec<?>[] builtinActions;
        private final Map<MultipartExperimenterKey, OfMultipartExperimenterCodec<?>> multipartByKey;
        private final Map<Class<?>, OfMultipartExperimenterCodec<?>> multipartByClass;

        Tables(final Map<OxmKey, OxmFieldCodec<?>> fieldsByKey, final Map<Class<?>, OxmFieldCodec<?>> fieldsByClass,
                final Map<OfActionKey, OfActionCodec<?>> actionsByKey,
                final Map<Class<?>, OfActionCodec<?>> actionsByClass,
                final Map<MultipartExperimenterKey, OfMultipartExperimenterCodec<?>> multipartByKey,
                final Map<Class<?>, OfMultipartExperimenterCodec<?>> multipartByClass) {
            this.multipartByKey = multipartByKey;
            this.multipartByClass = multipartByClass;
            this.fieldsByKey = fieldsByKey;
            this.fieldsByClass = new ClassTable<>(fieldsByClass);
            this.actionsByKey = actionsByKey;
            this.actionsByClass = new ClassTable<>(actionsByClass);
            builtinFields = BuiltinCodecIndex.FIELD_CLASSES.stream().map(fieldsByClass::get)
                .toArray(OxmFieldCodec<?>[]::new);
            builtinActions = BuiltinCodecIndex.ACTION_CLASSES.stream().map(actionsByClass::get)
                .toArray(OfActionCodec<?>[]::new);
            fieldsByKey.forEach((key, codec) -> {
                if (key.oxmClass() == OxmKey.OPENFLOW_BASIC) {
                    basicFields[key.field()] = codec;
                }
            });
            actionsByKey.forEach((key, codec) -> {
                if (!key.isExperimenter() && key.type() < SMALL_ACTION_TYPES) {
                    standardActions[key.type()] = codec;
                }
            });
        }

        /**
         * The codec that encodes a field: the one registered for its class, found without a lookup for the built-in
         * field records.
         *
         * @param field the field
         * @return the codec, or {@code null} if none is registered for its class
         */
        @Nullable OxmFieldCodec<?> fieldEncoder(final OxmField field) {
            final int index = BuiltinCodecIndex.of(field);
            return index == BuiltinCodecIndex.NONE ? fieldsByClass.get(field.getClass()) : builtinFields[index];
        }

        /**
         * The codec that encodes an action: the one registered for its class, found without a lookup for the
         * built-in action records.
         *
         * @param action the action
         * @return the codec, or {@code null} if none is registered for its class
         */
        @Nullable OfActionCodec<?> actionEncoder(final OfAction action) {
            final int index = BuiltinCodecIndex.of(action);
            return index == BuiltinCodecIndex.NONE ? actionsByClass.get(action.getClass()) : builtinActions[index];
        }
    }

    @Override
    public OfVersion version() {
        return version;
    }

    // ---- OXM ----

    @Override
    public OxmField decodeOxm(final ByteBuf in) {
        return decodeOxm(in, in.writerIndex());
    }

    /**
     * Decodes one OXM TLV from {@code in} that ends no later than {@code end}. The codec sees exactly the TLV's
     * payload: for the call the writer index is moved to the payload's end (and restored after), which bounds it
     * as a slice would without allocating one.
     */
    private OxmField decodeOxm(final ByteBuf in, final int end) {
        final int available = end - in.readerIndex();
        if (available < OXM_HEADER) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN, "OXM header needs 4 bytes, " + available
                + " left");
        }
        final int header = in.readInt();
        final int length = header & 0xff;
        // the usual field, kept small enough to inline into decodeMatch: a basic one of a built-in codec, whose
        // header's length, checked against its width, bounds the read
        if (header >>> 16 == OxmKey.OPENFLOW_BASIC && length <= available - OXM_HEADER) {
            final var codec = basicFields[header >>> 9 & 0x7f];
            // the two fields of every tunnel PACKET_IN and flow, exact and decoded by the built-in codecs: read
            // straight into their records, as those codecs would, without the dispatch through them
            if (header == IN_PORT_EXACT && codec == OxmFieldCodecs.IN_PORT) {
                return OxmInPort.of(in.readInt());
            }
            if (header == TUNNEL_ID_EXACT && codec == OxmFieldCodecs.TUNNEL_ID) {
                return OxmTunnelId.of(in.readLong());
            }
            if (codec instanceof OxmFieldCodecs.FixedWidth<?> fixed) {
                return fixed.decode((header & 0x100) != 0, length, in);
            }
        }
        return decodeOtherOxm(in, header, available);
    }

    /**
     * The rest of {@link #decodeOxm(ByteBuf, int)}, once the header is read: a length past the end, experimenter
     * and other classes' fields, fields nobody registered, registered codecs that read a bounded payload.
     */
    private OxmField decodeOtherOxm(final ByteBuf in, final int header, final int available) {
        final int oxmClass = header >>> 16;
        final int field = header >>> 9 & 0x7f;
        final boolean hasMask = (header & 0x100) != 0;
        final int length = header & 0xff;
        if (available - OXM_HEADER < length) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN, "OXM field length " + length + " exceeds the "
                + (available - OXM_HEADER) + " bytes left");
        }
        final OxmFieldCodec<?> codec;
        int skip = 0;
        if (oxmClass == OxmKey.OPENFLOW_BASIC) {
            codec = basicFields[field];
        } else if (oxmClass == OxmKey.EXPERIMENTER) {
            if (length < 4) {
                throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN, "experimenter OXM field " + field
                    + " length " + length + " < 4");
            }
            codec = fieldsByKey.get(OxmKey.experimenter(in.getInt(in.readerIndex()), field));
            skip = 4;
        } else {
            codec = fieldsByKey.get(new OxmKey(oxmClass, field, 0));
        }
        if (codec == null) {
            return new OxmUnknown(oxmClass, field, hasMask, OfWire.readBytes(in, length));
        }
        if (codec instanceof OxmFieldCodecs.FixedWidth<?> fixed) {
            // the built-in fields: the header's length, checked against the width, bounds the read
            return fixed.decode(hasMask, length - skip, skip == 0 ? in : in.skipBytes(skip));
        }
        final int payloadEnd = in.readerIndex() + length;
        final int limit = in.writerIndex();
        in.writerIndex(payloadEnd).skipBytes(skip);
        try {
            final OxmField decoded = codec.decode(hasMask, in);
            if (in.isReadable()) {
                throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN, codec.key() + " has " + in.readableBytes()
                    + " bytes after its value");
            }
            return decoded;
        } finally {
            in.writerIndex(limit);
        }
    }

    @Override
    public void encodeOxm(final OxmField field, final ByteBuf out) {
        if (field instanceof OxmUnknown unknown) {
            out.writeShort(unknown.oxmClass());
            out.writeByte(unknown.field() << 1 | (unknown.hasMask() ? 1 : 0));
            out.writeByte(unknown.payload().length());
            OfWire.writeBytes(out, unknown.payload());
            return;
        }
        var codec = tables.fieldEncoder(field);
        if (codec instanceof OxmFieldCodecs.FixedWidth<?> fixed) {
            // the built-in fields: header with its final length, and value, in one or two writes
            fixed.encode(field, out);
            return;
        }
        if (codec instanceof OxmFieldFamilyCodec<?> family) {
            final var key = keyOf(family, field);
            codec = fieldsByKey.get(key);
            if (codec == null || codec.fieldClass() != field.getClass()) {
                throw new OfCodecException(OfErrorCode.OFPBMC_BAD_FIELD, "no codec encodes "
                    + field.getClass().getName() + " as " + key + " in " + version);
            }
        }
        if (codec == null) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_FIELD, "no codec encodes OXM field "
                + field.getClass().getName() + " in " + version);
        }
        encodeField(codec, field, out);
    }

    private static <T extends OxmField> OxmKey keyOf(final OxmFieldFamilyCodec<T> family, final OxmField field) {
        return family.keyOf(family.fieldClass().cast(field));
    }

    private static <T extends OxmField> void encodeField(final OxmFieldCodec<T> codec, final OxmField field,
            final ByteBuf out) {
        final T typed = codec.fieldClass().cast(field);
        final var key = codec.key();
        final int start = out.writerIndex();
        // class, field, mask bit and a zero length in one write; the length is patched below
        out.writeInt(key.oxmClass() << 16 | key.field() << 9 | (codec.hasMask(typed) ? 0x100 : 0));
        if (key.hasExperimenter()) {
            out.writeInt(key.experimenter());
        }
        codec.encodePayload(typed, out);
        final int length = out.writerIndex() - start - OXM_HEADER;
        if (length > 0xff) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN, key + " payload of " + length
                + " bytes does not fit oxm_length");
        }
        out.setByte(start + 3, length);
    }

    // ---- match ----

    @Override
    public OfMatch decodeMatch(final ByteBuf in) {
        if (in.readableBytes() < MATCH_HEADER) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN, "match needs 4 bytes, " + in.readableBytes()
                + " left");
        }
        final int typeAndLength = in.readInt();
        final int type = typeAndLength >>> 16;
        if (type != OFPMT_OXM) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_TYPE, "match type " + type + " is not OFPMT_OXM");
        }
        final int length = typeAndLength & 0xffff;
        final int padded = length + OfWire.padding(length);
        if (length < MATCH_HEADER || in.readableBytes() < padded - MATCH_HEADER) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN, "match length " + length + " (padded " + padded
                + ") does not fit the " + (in.readableBytes() + MATCH_HEADER) + " bytes left");
        }
        final int end = in.readerIndex() + length - MATCH_HEADER;
        if (in.readerIndex() == end) {
            in.skipBytes(padded - length);
            return OfMatch.ALL;
        }
        // most matches hold one or two fields: List.of(a) and List.of(a, b) allocate no array and OfMatch keeps
        // them as they are (List.copyOf returns an immutable list unchanged)
        final OxmField first = decodeOxm(in, end);
        final List<OxmField> fields;
        if (in.readerIndex() == end) {
            fields = List.of(first);
        } else {
            final OxmField second = decodeOxm(in, end);
            if (in.readerIndex() == end) {
                fields = List.of(first, second);
            } else {
                final var more = new ArrayList<OxmField>();
                more.add(first);
                more.add(second);
                while (in.readerIndex() < end) {
                    more.add(decodeOxm(in, end));
                }
                fields = more;
            }
        }
        if (padded != length) {
            in.skipBytes(padded - length);
        }
        return new OfMatch(fields);
    }

    @Override
    public void encodeMatch(final OfMatch match, final ByteBuf out) {
        final int start = out.writerIndex();
        // type and a zero length in one write; the length is patched below
        out.writeInt(OFPMT_OXM << 16);
        // indexed, not for-each: the encoder's hot path allocates no iterator (the lists are List.copyOf copies)
        final var fields = match.fields();
        for (int i = 0; i < fields.size(); i++) {
            encodeOxm(fields.get(i), out);
        }
        OfWire.patchLength(out, start, 2, out.writerIndex() - start, OfErrorCode.OFPBMC_BAD_LEN);
        OfWire.pad(out, start);
    }

    // ---- actions ----

    @Override
    public List<OfAction> decodeActions(final ByteBuf in) {
        if (!in.isReadable()) {
            return List.of();
        }
        // as for match fields: one or two actions need no array
        final OfAction first = decodeAction(in);
        if (!in.isReadable()) {
            return List.of(first);
        }
        final OfAction second = decodeAction(in);
        if (!in.isReadable()) {
            return List.of(first, second);
        }
        final var actions = new ArrayList<OfAction>();
        actions.add(first);
        actions.add(second);
        while (in.isReadable()) {
            actions.add(decodeAction(in));
        }
        return actions;
    }

    private OfAction decodeAction(final ByteBuf in) {
        if (in.readableBytes() < ACTION_HEADER) {
            throw new OfCodecException(OfErrorCode.OFPBAC_BAD_LEN, "action needs 8 bytes, " + in.readableBytes()
                + " left");
        }
        final int type = in.readUnsignedShort();
        final int length = in.readUnsignedShort();
        if (length < ACTION_HEADER || length % 8 != 0 || length - 4 > in.readableBytes()) {
            throw new OfCodecException(OfErrorCode.OFPBAC_BAD_LEN, "action type " + type + " length " + length
                + " is not a multiple of 8 within the " + (in.readableBytes() + 4) + " bytes left");
        }
        // the codec sees exactly the action's body: the writer index bounds it (restored after) as a slice would
        final int end = in.readerIndex() + length - 4;
        final OfActionCodec<?> codec;
        if (type == OfActionKey.EXPERIMENTER) {
            final int experimenter = in.getInt(in.readerIndex());
            codec = length - 4 >= 6
                ? actionsByKey.get(OfActionKey.experimenter(experimenter, in.getUnsignedShort(in.readerIndex() + 4)))
                : null;
            if (codec == null) {
                return new OfActionExperimenter(in.readInt(), OfWire.readBytes(in, end - in.readerIndex()));
            }
        } else {
            codec = type < SMALL_ACTION_TYPES ? standardActions[type] : actionsByKey.get(OfActionKey.standard(type));
            if (codec == null) {
                return new OfActionUnknown(type, OfWire.readBytes(in, length - 4));
            }
        }
        final int limit = in.writerIndex();
        in.writerIndex(end);
        try {
            if (type == OfActionKey.EXPERIMENTER) {
                in.skipBytes(6);
            }
            final OfAction action = codec.decode(in, this);
            if (in.readableBytes() >= 8) {
                throw new OfCodecException(OfErrorCode.OFPBAC_BAD_LEN, codec.key() + " has " + in.readableBytes()
                    + " bytes after its contents");
            }
            in.readerIndex(end);
            return action;
        } finally {
            in.writerIndex(limit);
        }
    }

    @Override
    public void encodeActions(final List<? extends OfAction> actions, final ByteBuf out) {
        for (int i = 0; i < actions.size(); i++) {
            encodeAction(actions.get(i), out);
        }
    }

    private void encodeAction(final OfAction action, final ByteBuf out) {
        final var registered = tables.actionEncoder(action);
        if (registered instanceof OfActionCodecs.Simple<?> simple) {
            // the built-in actions: a final class, so no interface dispatch on the hot path
            simple.encode(action, out, this);
            return;
        }
        if (registered instanceof OfActionCodecs.SetField setField) {
            setField.encode((OfActionSetField) action, out, this);
            return;
        }
        final int start = out.writerIndex();
        switch (action) {
            case OfActionExperimenter a -> {
                out.writeShort(OfActionKey.EXPERIMENTER).writeShort(0).writeInt(a.experimenter());
                OfWire.writeBytes(out, a.data());
            }
            case OfActionUnknown a -> {
                out.writeShort(a.type()).writeShort(0);
                OfWire.writeBytes(out, a.body());
            }
            default -> {
                final var codec = registered;
                if (codec == null) {
                    throw new OfCodecException(OfErrorCode.OFPBAC_BAD_TYPE, "no codec encodes action "
                        + action.getClass().getName() + " in " + version);
                }
                encodeRegistered(codec, action, out);
            }
        }
        OfWire.pad(out, start);
        OfWire.patchLength(out, start, 2, out.writerIndex() - start, OfErrorCode.OFPBAC_BAD_LEN);
    }

    private <T extends OfAction> void encodeRegistered(final OfActionCodec<T> codec, final OfAction action,
            final ByteBuf out) {
        final var key = codec.key();
        // type and a zero length in one write; encodeAction patches the length
        out.writeInt(key.type() << 16);
        if (key.isExperimenter()) {
            out.writeInt(key.experimenter()).writeShort(key.subtype());
        }
        codec.encodeBody(codec.actionClass().cast(action), out, this);
    }

    // ---- instructions ----

    @Override
    public List<OfInstruction> decodeInstructions(final ByteBuf in) {
        return InstructionListCodec.decode(in, this);
    }

    @Override
    public void encodeInstructions(final List<? extends OfInstruction> instructions, final ByteBuf out) {
        InstructionListCodec.encode(instructions, out, this);
    }

    // ---- messages ----

    @Override
    public OfMessage decodeMessage(final ByteBuf in) {
        if (in.readableBytes() < OfHeader.LENGTH) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "message needs 8 bytes, " + in.readableBytes()
                + " left");
        }
        final int start = in.readerIndex();
        final int length = in.getUnsignedShort(start + OfHeader.LENGTH_FIELD_OFFSET);
        if (length < OfHeader.LENGTH || length > in.readableBytes()) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "message length " + length + " in "
                + in.readableBytes() + " bytes");
        }
        final var header = new OfHeader(OfVersion.valueOf(in.getUnsignedByte(start)), in.getUnsignedByte(start + 1),
            length, in.getInt(start + 4));
        final var codec = registry.decoder(header.version(), header.type());
        if (codec == null) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_TYPE, "type " + header.type() + " is not known in "
                + header.version());
        }
        if (length < codec.minLength()) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, header.version() + " type " + header.type()
                + " length " + length + " < " + codec.minLength());
        }
        in.skipBytes(OfHeader.LENGTH);
        final var body = in.readSlice(length - OfHeader.LENGTH);
        final OfMessage message = codec.decode(header, body, registry.context(header.version()));
        if (body.isReadable()) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, header.version() + " type " + header.type()
                + " has " + body.readableBytes() + " bytes after its contents");
        }
        return message;
    }

    @Override
    public void encodeMessage(final OfMessage message, final ByteBuf out) {
        registry.encode(message, out);
    }

    // ---- experimenter multipart bodies ----

    @Override
    public OfMultipartRequestBody decodeMultipartExperimenterRequest(final ByteBuf in) {
        final var codec = multipartCodec(in, false);
        if (codec == null) {
            return new OfExperimenterMultipartRequest(in.readInt(), in.readInt(), OfWire.readRest(in));
        }
        return (OfMultipartRequestBody) decodeRegistered(codec, in);
    }

    @Override
    public OfMultipartReplyBody decodeMultipartExperimenterReply(final ByteBuf in) {
        final var codec = multipartCodec(in, true);
        if (codec == null) {
            return new OfExperimenterMultipartReply(in.readInt(), in.readInt(), OfWire.readRest(in));
        }
        return (OfMultipartReplyBody) decodeRegistered(codec, in);
    }

    private @Nullable OfMultipartExperimenterCodec<?> multipartCodec(final ByteBuf in, final boolean reply) {
        if (in.readableBytes() < 8) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "experimenter multipart body needs 8 bytes, "
                + in.readableBytes() + " left");
        }
        return multipartByKey.get(new MultipartExperimenterKey(version, in.getInt(in.readerIndex()),
            in.getInt(in.readerIndex() + 4), reply));
    }

    private OfMultipartBody decodeRegistered(final OfMultipartExperimenterCodec<?> codec, final ByteBuf in) {
        in.skipBytes(8);
        final OfMultipartBody body = codec.decode(in, this);
        if (in.isReadable()) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, codec + " left " + in.readableBytes()
                + " bytes of its experimenter multipart body");
        }
        return body;
    }

    @Override
    public void encodeMultipartExperimenter(final OfMultipartBody body, final ByteBuf out) {
        switch (body) {
            case OfExperimenterMultipartRequest opaque -> {
                out.writeInt(opaque.experimenter()).writeInt(opaque.expType());
                OfWire.writeBytes(out, opaque.data());
            }
            case OfExperimenterMultipartReply opaque -> {
                out.writeInt(opaque.experimenter()).writeInt(opaque.expType());
                OfWire.writeBytes(out, opaque.data());
            }
            default -> {
                final var codec = multipartByClass.get(body.getClass());
                if (codec == null || !codec.version().equals(version)) {
                    throw new OfCodecException(OfErrorCode.OFPBRC_BAD_MULTIPART, "no codec encodes multipart body "
                        + body.getClass().getName() + " in " + version);
                }
                out.writeInt(codec.experimenter()).writeInt(codec.expType());
                encodeMultipartBody(codec, body, out);
            }
        }
    }

    private <T extends OfMultipartBody> void encodeMultipartBody(final OfMultipartExperimenterCodec<T> codec,
            final OfMultipartBody body, final ByteBuf out) {
        codec.encodeBody(codec.bodyClass().cast(body), out, this);
    }

    @Override
    public String toString() {
        return "codec context " + version + " (" + fieldsByKey.size() + " fields, " + actionsByKey.size()
            + " actions)";
    }
}
