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
import io.tunnelmesh.openflow.api.match.OxmVlanVid;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.codec.OfWire;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads the payload of one basic OXM TLV (OpenFlow 1.3.5 section 7.2.3.7): checks the payload length against the
 * field's width (doubled when the mask bit is set) before reading, then builds the field's record.
 */
final class OxmReader {
    private final int field;
    private final boolean hasMask;
    private final ByteBuf payload;

    OxmReader(final int field, final boolean hasMask, final ByteBuf payload) {
        this.field = field;
        this.hasMask = hasMask;
        this.payload = payload;
    }

    /**
     * The field, or {@code null} for a basic field number this library does not model.
     */
    @Nullable OxmField read() {
        try {
            return switch (field) {
                case 0 -> new OxmInPort(fixed("IN_PORT", 4).readInt());
                case 2 -> new OxmMetadata(maskable("METADATA", 8).readLong(), hasMask ? payload.readLong() : null);
                case 3 -> new OxmEthDst(OfWire.readMac(maskable("ETH_DST", 6)), hasMask ? OfWire.readMac(payload)
                    : null);
                case 4 -> new OxmEthSrc(OfWire.readMac(maskable("ETH_SRC", 6)), hasMask ? OfWire.readMac(payload)
                    : null);
                case 5 -> new OxmEthType(fixed("ETH_TYPE", 2).readUnsignedShort());
                case 6 -> new OxmVlanVid(maskable("VLAN_VID", 2).readUnsignedShort(),
                    hasMask ? payload.readUnsignedShort() : null);
                case 10 -> new OxmIpProto(fixed("IP_PROTO", 1).readUnsignedByte());
                case 11 -> new OxmIpv4Src(OfWire.readIpv4(maskable("IPV4_SRC", 4)),
                    hasMask ? OfWire.readIpv4(payload) : null);
                case 12 -> new OxmIpv4Dst(OfWire.readIpv4(maskable("IPV4_DST", 4)),
                    hasMask ? OfWire.readIpv4(payload) : null);
                case 13 -> new OxmTcpSrc(fixed("TCP_SRC", 2).readUnsignedShort());
                case 14 -> new OxmTcpDst(fixed("TCP_DST", 2).readUnsignedShort());
                case 15 -> new OxmUdpSrc(fixed("UDP_SRC", 2).readUnsignedShort());
                case 16 -> new OxmUdpDst(fixed("UDP_DST", 2).readUnsignedShort());
                case 21 -> new OxmArpOp(fixed("ARP_OP", 2).readUnsignedShort());
                case 22 -> new OxmArpSpa(OfWire.readIpv4(maskable("ARP_SPA", 4)),
                    hasMask ? OfWire.readIpv4(payload) : null);
                case 23 -> new OxmArpTpa(OfWire.readIpv4(maskable("ARP_TPA", 4)),
                    hasMask ? OfWire.readIpv4(payload) : null);
                case 24 -> new OxmArpSha(OfWire.readMac(maskable("ARP_SHA", 6)), hasMask ? OfWire.readMac(payload)
                    : null);
                case 25 -> new OxmArpTha(OfWire.readMac(maskable("ARP_THA", 6)), hasMask ? OfWire.readMac(payload)
                    : null);
                case 26 -> new OxmIpv6Src(OfWire.readIpv6(maskable("IPV6_SRC", 16)),
                    hasMask ? OfWire.readIpv6(payload) : null);
                case 27 -> new OxmIpv6Dst(OfWire.readIpv6(maskable("IPV6_DST", 16)),
                    hasMask ? OfWire.readIpv6(payload) : null);
                case 38 -> new OxmTunnelId(maskable("TUNNEL_ID", 8).readLong(), hasMask ? payload.readLong() : null);
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_VALUE, String.valueOf(e.getMessage()), e);
        }
    }

    private ByteBuf fixed(final String name, final int width) {
        if (hasMask) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_MASK, "OXM_OF_" + name + " cannot be masked");
        }
        return checked(name, width);
    }

    private ByteBuf maskable(final String name, final int width) {
        return checked(name, hasMask ? width * 2 : width);
    }

    private ByteBuf checked(final String name, final int expected) {
        if (payload.readableBytes() != expected) {
            throw new OfCodecException(OfErrorCode.OFPBMC_BAD_LEN,
                "OXM_OF_" + name + " length " + payload.readableBytes() + " != " + expected);
        }
        return payload;
    }
}
