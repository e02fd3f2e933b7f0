/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.codec.OfActionCodec;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionEncap;
import io.tunnelmesh.openflow.api.ext.nicira.NxEncapProperty;
import io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfActionCodecs;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import java.util.ArrayList;
import java.util.Set;

/**
 * The codec of {@code encap} (NXAST_ENCAP): header size, new packet type, then properties each padded to 8 bytes,
 * checked as Open vSwitch's {@code decode_NXAST_RAW_ENCAP} and {@code decode_ed_prop} do, except that properties it
 * does not know are kept opaque rather than refused.
 */
final class NxEncapCodec {
    private static final Set<Integer> PACKET_TYPES = Set.of(NxActionEncap.ETHERNET, NxActionEncap.NSH,
        NxActionEncap.MPLS, NxActionEncap.MPLS_MC);
    private static final int MD_TYPE_LENGTH = 5;
    private static final int TLV_HEADER = 8;

    private NxEncapCodec() {
        // Hidden on purpose
    }

    static OfActionCodec<NxActionEncap> codec() {
        return OfActionCodecs.of(NxWire.key(NxActionEncap.SUBTYPE), "NXAST_ENCAP", NxActionEncap.class,
            OfActionCodecs.VARIABLE, NxEncapCodec::decode, NxEncapCodec::encode);
    }

    private static NxActionEncap decode(final ByteBuf body, final OfCodecContext context) {
        final int headerSize = body.readUnsignedShort();
        final int packetType = body.readInt();
        if (!PACKET_TYPES.contains(packetType)) {
            throw NxWire.error(NxErrorCodes.NXBAC_BAD_HEADER_TYPE, String.format("NXAST_ENCAP packet type 0x%08x is "
                + "not Ethernet, NSH or MPLS", packetType));
        }
        final var properties = new ArrayList<NxEncapProperty>();
        while (body.isReadable()) {
            properties.add(decodeProperty(body));
        }
        return new NxActionEncap(headerSize, packetType, properties);
    }

    private static NxEncapProperty decodeProperty(final ByteBuf body) {
        if (body.readableBytes() < 4) {
            throw NxWire.error(OfErrorCode.OFPBAC_BAD_LEN, "NXAST_ENCAP property header needs 4 bytes");
        }
        final int propClass = body.readUnsignedShort();
        final int type = body.readUnsignedByte();
        final int length = body.readUnsignedByte();
        final int padded = length + OfWire.padding(length);
        if (length < 4 || padded - 4 > body.readableBytes()) {
            throw NxWire.error(OfErrorCode.OFPBAC_BAD_LEN, "NXAST_ENCAP property length " + length + " (padded "
                + padded + ") does not fit the " + (body.readableBytes() + 4) + " bytes left");
        }
        final var payload = body.readSlice(padded - 4);
        if (propClass == NxEncapProperty.NSH_CLASS && type == NxEncapProperty.NshMdType.TYPE) {
            if (length != MD_TYPE_LENGTH) {
                throw badProperty("NSH md_type property length " + length + " != 5");
            }
            return new NxEncapProperty.NshMdType(payload.readUnsignedByte());
        }
        if (propClass == NxEncapProperty.NSH_CLASS && type == NxEncapProperty.NshTlv.TYPE) {
            if (length < TLV_HEADER) {
                throw badProperty("NSH TLV property length " + length + " < 8");
            }
            final int tlvClass = payload.readUnsignedShort();
            final int tlvType = payload.readUnsignedByte();
            final int tlvLength = payload.readUnsignedByte();
            if (length != TLV_HEADER + tlvLength + OfWire.padding(tlvLength)) {
                throw badProperty("NSH TLV property length " + length + " does not match tlv_len " + tlvLength);
            }
            return new NxEncapProperty.NshTlv(tlvClass, tlvType, OfWire.readBytes(payload, tlvLength));
        }
        return new NxEncapProperty.Unknown(propClass, type, OfWire.readBytes(payload, length - 4));
    }

    private static RuntimeException badProperty(final String detail) {
        return NxWire.error(NxErrorCodes.NXBAC_BAD_ED_PROP, detail);
    }

    private static void encode(final NxActionEncap action, final ByteBuf out, final OfCodecContext context) {
        out.writeShort(action.headerSize()).writeInt(action.packetType());
        for (var property : action.properties()) {
            final int start = out.writerIndex();
            switch (property) {
                case NxEncapProperty.NshMdType md -> out.writeShort(NxEncapProperty.NSH_CLASS)
                    .writeByte(NxEncapProperty.NshMdType.TYPE).writeByte(MD_TYPE_LENGTH).writeByte(md.mdType());
                case NxEncapProperty.NshTlv tlv -> {
                    final int length = tlv.value().length();
                    out.writeShort(NxEncapProperty.NSH_CLASS).writeByte(NxEncapProperty.NshTlv.TYPE)
                        .writeByte(TLV_HEADER + length + OfWire.padding(length)).writeShort(tlv.tlvClass())
                        .writeByte(tlv.tlvType()).writeByte(length);
                    OfWire.writeBytes(out, tlv.value());
                }
                case NxEncapProperty.Unknown unknown -> {
                    out.writeShort(unknown.propClass()).writeByte(unknown.type()).writeByte(unknown.body().length()
                        + 4);
                    OfWire.writeBytes(out, unknown.body());
                }
            }
            OfWire.pad(out, start);
        }
    }
}
