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
import io.tunnelmesh.openflow.api.match.OxmArpOp;
import io.tunnelmesh.openflow.api.match.OxmArpSha;
import io.tunnelmesh.openflow.api.match.OxmArpSpa;
import io.tunnelmesh.openflow.api.match.OxmArpTha;
import io.tunnelmesh.openflow.api.match.OxmArpTpa;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmIpProto;
import io.tunnelmesh.openflow.api.match.OxmIpv4Dst;
import io.tunnelmesh.openflow.api.match.OxmIpv4Src;
import io.tunnelmesh.openflow.api.match.OxmIpv6Dst;
import io.tunnelmesh.openflow.api.match.OxmIpv6Src;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmTcpDst;
import io.tunnelmesh.openflow.api.match.OxmTcpSrc;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.match.OxmUdpDst;
import io.tunnelmesh.openflow.api.match.OxmUdpSrc;
import io.tunnelmesh.openflow.api.match.OxmUnknown;
import io.tunnelmesh.openflow.api.match.OxmVlanVid;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfWire;

/**
 * Encodes and decodes one OXM TLV (OpenFlow 1.3.5 section 7.2.3.2): the basic fields the match package models, by
 * field number, and every other TLV as {@link OxmUnknown}. Writing goes through {@link OxmWriter}; reading checks
 * the TLV length against the field's width before reading a value, so a malformed TLV is reported as
 * {@code OFPBMC_BAD_LEN} and never read past.
 */
final class OxmCodec {
    /** {@code OFPXMC_OPENFLOW_BASIC}. */
    static final int BASIC = 0x8000;

    private OxmCodec() {
        // Hidden on purpose
    }

    /**
     * Writes a field: header, value and, when present, mask.
     *
     * @param field the field
     * @param out the buffer
     */
    static void encode(final OxmField field, final ByteBuf out) {
        switch (field) {
            case OxmInPort f -> OxmWriter.u32(out, 0, f.port());
            case OxmMetadata f -> OxmWriter.u64(out, 2, f.value(), f.mask());
            case OxmEthDst f -> OxmWriter.mac(out, 3, f.value(), f.mask());
            case OxmEthSrc f -> OxmWriter.mac(out, 4, f.value(), f.mask());
            case OxmEthType f -> OxmWriter.u16(out, 5, f.value(), null);
            case OxmVlanVid f -> OxmWriter.u16(out, 6, f.value(), f.mask());
            case OxmIpProto f -> OxmWriter.u8(out, 10, f.value());
            case OxmIpv4Src f -> OxmWriter.address(out, 11, f.value(), f.mask());
            case OxmIpv4Dst f -> OxmWriter.address(out, 12, f.value(), f.mask());
            case OxmTcpSrc f -> OxmWriter.u16(out, 13, f.value(), null);
            case OxmTcpDst f -> OxmWriter.u16(out, 14, f.value(), null);
            case OxmUdpSrc f -> OxmWriter.u16(out, 15, f.value(), null);
            case OxmUdpDst f -> OxmWriter.u16(out, 16, f.value(), null);
            case OxmArpOp f -> OxmWriter.u16(out, 21, f.value(), null);
            case OxmArpSpa f -> OxmWriter.address(out, 22, f.value(), f.mask());
            case OxmArpTpa f -> OxmWriter.address(out, 23, f.value(), f.mask());
            case OxmArpSha f -> OxmWriter.mac(out, 24, f.value(), f.mask());
            case OxmArpTha f -> OxmWriter.mac(out, 25, f.value(), f.mask());
            case OxmIpv6Src f -> OxmWriter.address(out, 26, f.value(), f.mask());
            case OxmIpv6Dst f -> OxmWriter.address(out, 27, f.value(), f.mask());
            case OxmTunnelId f -> OxmWriter.u64(out, 38, f.value(), f.mask());
            case OxmUnknown f -> {
                out.writeShort(f.oxmClass());
                out.writeByte(f.field() << 1 | (f.hasMask() ? 1 : 0));
                out.writeByte(f.payload().length());
                OfWire.writeBytes(out, f.payload());
            }
        }
    }

    /**
     * Reads a field.
     *
     * @param in the buffer, positioned at the TLV header
     * @return the field
     * @throws OfCodecException {@code OFPBMC_BAD_LEN} if the TLV is truncated or its length does not fit the field,
     *     {@code OFPBMC_BAD_MASK} for a mask on a field that has none, {@code OFPBMC_BAD_VALUE} for a value out of
     *     the field's range
     */
    static OxmField decode(final ByteBuf in) {
        if (in.readableBytes() < 4) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN,
                "OXM header needs 4 bytes, " + in.readableBytes() + " left");
        }
        final int header = in.readInt();
        final int oxmClass = header >>> 16;
        final int field = header >>> 9 & 0x7f;
        final boolean hasMask = (header & 0x100) != 0;
        final int length = header & 0xff;
        if (in.readableBytes() < length) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN,
                "OXM field length " + length + " exceeds the " + in.readableBytes() + " bytes left");
        }
        final var payload = in.readSlice(length);
        if (oxmClass == BASIC) {
            final var reader = new OxmReader(field, hasMask, payload);
            final var basic = reader.read();
            if (basic != null) {
                return basic;
            }
        }
        return new OxmUnknown(oxmClass, field, hasMask, OfWire.readRest(payload));
    }
}
