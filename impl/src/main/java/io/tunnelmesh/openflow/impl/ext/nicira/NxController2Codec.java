/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionController2;
import io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfActionCodecs;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;

/**
 * The codec of {@code controller(...)} as NXAST_CONTROLLER2: 6 zero bytes, then {@code NXAC2PT_*} property TLVs each
 * padded to 8 bytes ({@code ofpprop_pull}), with the value lengths {@code ofpprop_parse_u8/u16/u32} require.
 */
final class NxController2Codec {
    /**
     * Open vSwitch's {@code OFPBPC_BAD_TYPE}, which OpenFlow 1.3 numbers (13, 2) and names
     * {@code OFPTFFC_BAD_TYPE}: what it answers for an unknown property.
     */
    private static final OfErrorCode OFPBPC_BAD_TYPE = OfErrorCode.OFPTFFC_BAD_TYPE;
    /** Open vSwitch's {@code OFPBPC_BAD_LEN}, (13, 3) in OpenFlow 1.3: a property of the wrong length. */
    private static final OfErrorCode OFPBPC_BAD_LEN = OfErrorCode.OFPTFFC_BAD_LEN;

    private NxController2Codec() {
        // Hidden on purpose
    }

    static OfActionCodec<NxActionController2> codec() {
        return OfActionCodecs.of(NxWire.key(NxActionController2.SUBTYPE), "NXAST_CONTROLLER2",
            NxActionController2.class, OfActionCodecs.VARIABLE, NxController2Codec::decode, NxController2Codec::encode);
    }

    private static NxActionController2 decode(final ByteBuf body, final OfCodecContext context) {
        NxWire.zeros(body, 6, NxErrorCodes.NXBRC_MUST_BE_ZERO, "NXAST_CONTROLLER2 pad");
        final var properties = new ArrayList<NxActionController2.Property>();
        while (body.isReadable()) {
            if (body.readableBytes() < 4) {
                throw NxWire.error(OFPBPC_BAD_LEN, "NXAST_CONTROLLER2 property header needs 4 bytes");
            }
            final int type = body.readUnsignedShort();
            final int length = body.readUnsignedShort();
            final int padded = length + OfWire.padding(length);
            if (length < 4 || padded - 4 > body.readableBytes()) {
                throw NxWire.error(OFPBPC_BAD_LEN, "NXAST_CONTROLLER2 property length " + length
                    + " does not fit the " + (body.readableBytes() + 4) + " bytes left");
            }
            final var value = body.readSlice(length - 4);
            body.skipBytes(padded - length);
            properties.add(property(type, value));
        }
        return new NxActionController2(properties);
    }

    private static NxActionController2.Property property(final int type, final ByteBuf value) {
        return switch (type) {
            case NxActionController2.MaxLength.TYPE -> new NxActionController2.MaxLength(u16(type, value));
            case NxActionController2.ControllerId.TYPE -> new NxActionController2.ControllerId(u16(type, value));
            case NxActionController2.Reason.TYPE -> new NxActionController2.Reason(exact(type, value, 1)
                .readUnsignedByte());
            case NxActionController2.Userdata.TYPE -> new NxActionController2.Userdata(OfWire.readRest(value));
            case NxActionController2.Pause.TYPE -> {
                exact(type, value, 0);
                yield NxActionController2.Pause.INSTANCE;
            }
            case NxActionController2.MeterId.TYPE -> new NxActionController2.MeterId(exact(type, value, 4)
                .readInt());
            default -> throw NxWire.error(OFPBPC_BAD_TYPE, "NXAST_CONTROLLER2 property type " + type
                + " is unknown");
        };
    }

    /**
     * A 16-bit value as Open vSwitch's {@code ofpprop_put_be16} writes it: 2 bytes and 2 zero bytes (property length
     * 8, as OpenFlow gives 16-bit properties). Open vSwitch also reads a 6-byte property; we do not, since it would
     * not re-encode byte for byte.
     */
    private static int u16(final int type, final ByteBuf value) {
        final int result = exact(type, value, 4).readUnsignedShort();
        NxWire.zeros(value, 2, OfErrorCode.OFPBAC_BAD_ARGUMENT, "NXAST_CONTROLLER2 property " + type + " padding");
        return result;
    }

    private static ByteBuf exact(final int type, final ByteBuf value, final int length) {
        if (value.readableBytes() != length) {
            throw NxWire.error(OFPBPC_BAD_LEN, "NXAST_CONTROLLER2 property " + type + " value is "
                + value.readableBytes() + " bytes, not " + length);
        }
        return value;
    }

    private static void encode(final NxActionController2 action, final ByteBuf out, final OfCodecContext context) {
        out.writeZero(6);
        for (var property : action.properties()) {
            final int start = out.writerIndex();
            switch (property) {
                case NxActionController2.MaxLength p -> out.writeShort(NxActionController2.MaxLength.TYPE)
                    .writeShort(8).writeShort(p.maxLength()).writeZero(2);
                case NxActionController2.ControllerId p -> out.writeShort(NxActionController2.ControllerId.TYPE)
                    .writeShort(8).writeShort(p.controllerId()).writeZero(2);
                case NxActionController2.Reason p -> out.writeShort(NxActionController2.Reason.TYPE).writeShort(5)
                    .writeByte(p.reason());
                case NxActionController2.Userdata p -> {
                    final OfBytes userdata = p.userdata();
                    out.writeShort(NxActionController2.Userdata.TYPE).writeShort(4 + userdata.length());
                    OfWire.writeBytes(out, userdata);
                }
                case NxActionController2.Pause p -> out.writeShort(NxActionController2.Pause.TYPE).writeShort(4);
                case NxActionController2.MeterId p -> out.writeShort(NxActionController2.MeterId.TYPE).writeShort(8)
                    .writeInt(p.meterId());
            }
            OfWire.pad(out, start);
        }
    }
}
