/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.multipart.OfActionId;
import io.tunnelmesh.openflow.api.message.multipart.OfInstructionId;
import io.tunnelmesh.openflow.api.message.multipart.OfOxmId;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeatureProperty;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeatures;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@code ofp_table_features} (OpenFlow 1.3.5 section 7.3.5.5.1), in a table features request or reply, and its
 * properties (section 7.3.5.5.2); see {@link OfTableFeatures} and {@link OfTableFeatureProperty} for the layouts.
 * A table whose length does not fit is {@code OFPBRC_BAD_LEN}, as Open vSwitch answers; a property or id whose
 * length does not fit is {@code OFPTFFC_BAD_LEN} (Open vSwitch answers the OpenFlow 1.4 {@code OFPBPC_BAD_LEN}, which
 * OpenFlow 1.3 lacks); properties of undefined types are kept opaque.
 */
final class TableFeaturesCodec {
    private static final int TABLE_FEATURES = 64;
    private static final int PROPERTY_HEADER = 4;
    private static final int ID_HEADER = 4;

    private TableFeaturesCodec() {
        // Hidden on purpose
    }

    static List<OfTableFeatures> decode(final ByteBuf body) {
        return MultipartEntries.lengthPrefixed(body, 0, TABLE_FEATURES, OfErrorCode.OFPBRC_BAD_LEN,
            "table features", TableFeaturesCodec::decodeTable);
    }

    private static OfTableFeatures decodeTable(final ByteBuf in) {
        if (in.readableBytes() % 8 != 0) {
            throw new OfCodecException(OfErrorCode.OFPBRC_BAD_LEN, "table features length " + in.readableBytes()
                + " is not a multiple of 8");
        }
        in.skipBytes(2);
        final int tableId = in.readUnsignedByte();
        in.skipBytes(5);
        final var name = FixedString.read(in, OfTableFeatures.NAME_LENGTH);
        final long metadataMatch = in.readLong();
        final long metadataWrite = in.readLong();
        final int config = in.readInt();
        final int maxEntries = in.readInt();
        final var properties = new ArrayList<OfTableFeatureProperty>();
        while (in.isReadable()) {
            properties.add(decodeProperty(in));
        }
        return new OfTableFeatures(tableId, name, metadataMatch, metadataWrite, config, maxEntries, properties);
    }

    private static OfTableFeatureProperty decodeProperty(final ByteBuf in) {
        if (in.readableBytes() < PROPERTY_HEADER) {
            throw badLength("table feature property needs 4 bytes, " + in.readableBytes() + " left");
        }
        final int type = in.readUnsignedShort();
        final int length = in.readUnsignedShort();
        final int padding = OfWire.padding(length);
        if (length < PROPERTY_HEADER || length - PROPERTY_HEADER + padding > in.readableBytes()) {
            throw badLength("table feature property type " + type + " length " + length + " (padded "
                + (length + padding) + ") does not fit the " + (in.readableBytes() + PROPERTY_HEADER)
                + " bytes left");
        }
        final var body = in.readSlice(length - PROPERTY_HEADER);
        in.skipBytes(padding);
        return switch (type) {
            case OfTableFeatureProperty.INSTRUCTIONS, OfTableFeatureProperty.INSTRUCTIONS_MISS ->
                new OfTableFeatureProperty.Instructions(type, ids(body, OfInstructionId::new));
            case OfTableFeatureProperty.NEXT_TABLES, OfTableFeatureProperty.NEXT_TABLES_MISS -> {
                final var tables = new ArrayList<Integer>(body.readableBytes());
                while (body.isReadable()) {
                    tables.add((int) body.readUnsignedByte());
                }
                yield new OfTableFeatureProperty.NextTables(type, tables);
            }
            case OfTableFeatureProperty.WRITE_ACTIONS, OfTableFeatureProperty.WRITE_ACTIONS_MISS,
                    OfTableFeatureProperty.APPLY_ACTIONS, OfTableFeatureProperty.APPLY_ACTIONS_MISS ->
                new OfTableFeatureProperty.Actions(type, ids(body, OfActionId::new));
            case OfTableFeatureProperty.MATCH, OfTableFeatureProperty.WILDCARDS, OfTableFeatureProperty.WRITE_SETFIELD,
                    OfTableFeatureProperty.WRITE_SETFIELD_MISS, OfTableFeatureProperty.APPLY_SETFIELD,
                    OfTableFeatureProperty.APPLY_SETFIELD_MISS -> new OfTableFeatureProperty.Oxm(type, oxmIds(body));
            case OfTableFeatureProperty.EXPERIMENTER, OfTableFeatureProperty.EXPERIMENTER_MISS -> {
                if (body.readableBytes() < 8) {
                    throw badLength("experimenter table feature property length " + length + " < 12");
                }
                yield new OfTableFeatureProperty.Experimenter(type, body.readInt(), body.readInt(),
                    OfWire.readRest(body));
            }
            default -> new OfTableFeatureProperty.Unknown(type, OfWire.readRest(body));
        };
    }

    private static <T> List<T> ids(final ByteBuf body, final BiFunction<Integer, OfBytes, T> factory) {
        final var ids = new ArrayList<T>();
        while (body.isReadable()) {
            if (body.readableBytes() < ID_HEADER) {
                throw badLength("instruction or action id needs 4 bytes, " + body.readableBytes() + " left");
            }
            final int type = body.readUnsignedShort();
            final int length = body.readUnsignedShort();
            if (length < ID_HEADER || length - ID_HEADER > body.readableBytes()) {
                throw badLength("instruction or action id type " + type + " length " + length + " does not fit the "
                    + (body.readableBytes() + ID_HEADER) + " bytes left");
            }
            ids.add(factory.apply(type, OfWire.readBytes(body, length - ID_HEADER)));
        }
        return ids;
    }

    private static List<OfOxmId> oxmIds(final ByteBuf body) {
        final var ids = new ArrayList<OfOxmId>();
        while (body.isReadable()) {
            if (body.readableBytes() < 4) {
                throw badLength("OXM id needs 4 bytes, " + body.readableBytes() + " left");
            }
            final int header = body.readInt();
            final int oxmClass = header >>> 16;
            int experimenter = 0;
            if (oxmClass == OxmKey.EXPERIMENTER) {
                if (body.readableBytes() < 4) {
                    throw badLength("experimenter OXM id needs 8 bytes, " + (body.readableBytes() + 4) + " left");
                }
                experimenter = body.readInt();
            }
            ids.add(new OfOxmId(new OxmKey(oxmClass, header >>> 9 & 0x7f, experimenter), (header & 0x100) != 0,
                header & 0xff));
        }
        return ids;
    }

    static void encode(final List<OfTableFeatures> tables, final ByteBuf out) {
        for (var table : tables) {
            final int start = out.writerIndex();
            out.writeShort(0).writeByte(table.tableId()).writeZero(5);
            FixedString.write(out, table.name(), OfTableFeatures.NAME_LENGTH);
            out.writeLong(table.metadataMatch()).writeLong(table.metadataWrite()).writeInt(table.config())
                .writeInt(table.maxEntries());
            table.properties().forEach(property -> encodeProperty(property, out));
            OfWire.patchLength(out, start, 0, out.writerIndex() - start, OfErrorCode.OFPBRC_BAD_LEN);
        }
    }

    private static void encodeProperty(final OfTableFeatureProperty property, final ByteBuf out) {
        final int start = out.writerIndex();
        out.writeShort(property.type()).writeShort(0);
        switch (property) {
            case OfTableFeatureProperty.Instructions p -> p.instructions().forEach(id -> {
                out.writeShort(id.type()).writeShort(ID_HEADER + id.data().length());
                OfWire.writeBytes(out, id.data());
            });
            case OfTableFeatureProperty.NextTables p -> p.tableIds().forEach(out::writeByte);
            case OfTableFeatureProperty.Actions p -> p.actions().forEach(id -> {
                out.writeShort(id.type()).writeShort(ID_HEADER + id.data().length());
                OfWire.writeBytes(out, id.data());
            });
            case OfTableFeatureProperty.Oxm p -> p.fields().forEach(id -> {
                final var key = id.key();
                out.writeShort(key.oxmClass()).writeByte(key.field() << 1 | (id.hasMask() ? 1 : 0))
                    .writeByte(id.length());
                if (key.hasExperimenter()) {
                    out.writeInt(key.experimenter());
                }
            });
            case OfTableFeatureProperty.Experimenter p -> {
                out.writeInt(p.experimenter()).writeInt(p.expType());
                OfWire.writeBytes(out, p.data());
            }
            case OfTableFeatureProperty.Unknown p -> OfWire.writeBytes(out, p.data());
        }
        OfWire.patchLength(out, start, 2, out.writerIndex() - start, OfErrorCode.OFPTFFC_BAD_LEN);
        OfWire.pad(out, start);
    }

    private static OfCodecException badLength(final String detail) {
        return new OfCodecException(OfErrorCode.OFPTFFC_BAD_LEN, detail);
    }
}
