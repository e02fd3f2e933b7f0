/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmArpOp;
import io.tunnelmesh.openflow.api.match.OxmArpSpa;
import io.tunnelmesh.openflow.api.match.OxmArpTpa;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmIcmpv4Code;
import io.tunnelmesh.openflow.api.match.OxmIcmpv4Type;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmIpDscp;
import io.tunnelmesh.openflow.api.match.OxmIpProto;
import io.tunnelmesh.openflow.api.match.OxmIpv4Dst;
import io.tunnelmesh.openflow.api.match.OxmIpv4Src;
import io.tunnelmesh.openflow.api.match.OxmTcpDst;
import io.tunnelmesh.openflow.api.match.OxmTcpSrc;
import io.tunnelmesh.openflow.api.match.OxmUdpDst;
import io.tunnelmesh.openflow.api.match.OxmUdpSrc;
import io.tunnelmesh.openflow.api.match.OxmVlanPcp;
import io.tunnelmesh.openflow.api.match.OxmVlanVid;
import io.tunnelmesh.openflow.api.message.v10.Of10Match;
import io.tunnelmesh.openflow.api.message.v10.Of10PortDesc;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jdt.annotation.Nullable;

/**
 * OpenFlow 1.0 matches (OpenFlow 1.0.0 section 5.2.3, a fixed structure with wildcard bits) to the OXM matches of the
 * switch state and back, as Open vSwitch normalizes them ({@code ofputil_match_from_ofp10_match}): a field whose
 * prerequisites the match does not pin is ignored (network fields need {@code dl_type} IPv4 or ARP, transport ports
 * {@code nw_proto} TCP, UDP or ICMP); over ARP, {@code nw_proto} is the opcode and {@code nw_src}/{@code nw_dst} the
 * protocol addresses; {@code dl_vlan} {@code 0xffff} means untagged; {@code nw_tos} holds the DSCP in its upper six
 * bits; port numbers widen from 16 to 32 bits ({@code 0xff00} and above are the reserved ports).
 */
final class Of10Matches {
    private static final int ETH_IP = 0x0800;
    private static final int ETH_ARP = 0x0806;
    private static final int TCP = 6;
    private static final int UDP = 17;
    private static final int ICMP = 1;
    private static final int VLAN_PRESENT = 0x1000;
    private static final int VID_MASK = 0x0fff;
    private static final int DSCP_SHIFT = 2;
    private static final int RESERVED_PORTS = 0xffff_0000;

    private Of10Matches() {
        // static conversions
    }

    /**
     * A 16-bit OpenFlow 1.0 port number as OpenFlow 1.3 numbers it.
     *
     * @param port the 1.0 number
     * @return the 1.3 number
     */
    static int port(final int port) {
        return port >= Of10PortDesc.OFPP_MAX ? port | RESERVED_PORTS : port;
    }

    /**
     * A 32-bit OpenFlow 1.3 port number as OpenFlow 1.0 numbers it.
     *
     * @param port the 1.3 number
     * @return the 1.0 number
     */
    static int port10(final int port) {
        return Integer.compareUnsigned(port, port(Of10PortDesc.OFPP_MAX)) >= 0 ? port & ~RESERVED_PORTS : port;
    }

    /**
     * The OXM match of a 1.0 match.
     *
     * @param match the 1.0 match
     * @return the match the switch state takes
     */
    static OfMatch toOxm(final Of10Match match) {
        final var fields = new ArrayList<OxmField>();
        if (!match.isWildcarded(Of10Match.OFPFW_IN_PORT)) {
            fields.add(OxmInPort.of(port(match.inPort())));
        }
        if (!match.isWildcarded(Of10Match.OFPFW_DL_SRC)) {
            fields.add(OxmEthSrc.of(match.dlSrc()));
        }
        if (!match.isWildcarded(Of10Match.OFPFW_DL_DST)) {
            fields.add(OxmEthDst.of(match.dlDst()));
        }
        vlan(match, fields);
        if (!match.isWildcarded(Of10Match.OFPFW_DL_TYPE)) {
            fields.add(OxmEthType.of(match.dlType()));
            if (match.dlType() == ETH_IP) {
                ipv4(match, fields);
            } else if (match.dlType() == ETH_ARP) {
                if (!match.isWildcarded(Of10Match.OFPFW_NW_PROTO)) {
                    fields.add(OxmArpOp.of(match.nwProto()));
                }
                prefix(match.nwSrc(), match.nwSrcPrefix(), OxmArpSpa::of, OxmArpSpa::masked, fields);
                prefix(match.nwDst(), match.nwDstPrefix(), OxmArpTpa::of, OxmArpTpa::masked, fields);
            }
        }
        return new OfMatch(fields);
    }

    private static void vlan(final Of10Match match, final List<OxmField> fields) {
        final boolean pcp = !match.isWildcarded(Of10Match.OFPFW_DL_VLAN_PCP);
        if (!match.isWildcarded(Of10Match.OFPFW_DL_VLAN)) {
            if (match.dlVlan() == Of10Match.VLAN_NONE) {
                fields.add(OxmVlanVid.of(0));
                return;
            }
            fields.add(OxmVlanVid.of(VLAN_PRESENT | match.dlVlan() & VID_MASK));
        } else if (pcp) {
            // a priority needs a tag, whatever its VLAN
            fields.add(OxmVlanVid.masked(VLAN_PRESENT, VLAN_PRESENT));
        }
        if (pcp) {
            fields.add(OxmVlanPcp.of(match.dlVlanPcp()));
        }
    }

    private static void ipv4(final Of10Match match, final List<OxmField> fields) {
        if (!match.isWildcarded(Of10Match.OFPFW_NW_TOS)) {
            fields.add(OxmIpDscp.of(match.nwTos() >> DSCP_SHIFT));
        }
        prefix(match.nwSrc(), match.nwSrcPrefix(), OxmIpv4Src::of, OxmIpv4Src::masked, fields);
        prefix(match.nwDst(), match.nwDstPrefix(), OxmIpv4Dst::of, OxmIpv4Dst::masked, fields);
        if (match.isWildcarded(Of10Match.OFPFW_NW_PROTO)) {
            return;
        }
        final int proto = match.nwProto();
        fields.add(OxmIpProto.of(proto));
        final boolean src = !match.isWildcarded(Of10Match.OFPFW_TP_SRC);
        final boolean dst = !match.isWildcarded(Of10Match.OFPFW_TP_DST);
        switch (proto) {
            case TCP -> transport(src, dst, OxmTcpSrc.of(match.tpSrc()), OxmTcpDst.of(match.tpDst()), fields);
            case UDP -> transport(src, dst, OxmUdpSrc.of(match.tpSrc()), OxmUdpDst.of(match.tpDst()), fields);
            case ICMP -> transport(src, dst, OxmIcmpv4Type.of(match.tpSrc() & 0xff),
                OxmIcmpv4Code.of(match.tpDst() & 0xff), fields);
            default -> {
                // other protocols have no ports
            }
        }
    }

    private static void transport(final boolean src, final boolean dst, final OxmField srcField,
            final OxmField dstField, final List<OxmField> fields) {
        if (src) {
            fields.add(srcField);
        }
        if (dst) {
            fields.add(dstField);
        }
    }

    private static void prefix(final Inet4Address address, final int prefix,
            final Function<Inet4Address, OxmField> exact, final Masked masked, final List<OxmField> fields) {
        if (prefix == Integer.SIZE) {
            fields.add(exact.apply(address));
        } else if (prefix > 0) {
            fields.add(masked.of(address, Of10Match.ipv4(-1 << Integer.SIZE - prefix)));
        }
    }

    /** A masked address field's factory. */
    @FunctionalInterface
    private interface Masked {
        OxmField of(Inet4Address value, Inet4Address mask);
    }

    /**
     * The 1.0 match of an OXM match the switch state holds; fields 1.0 cannot express (metadata, tunnel fields,
     * IPv6, masked MACs, ... from a 1.3 controller of the same switch) are left out.
     *
     * @param match the OXM match
     * @return the 1.0 match
     */
    static Of10Match fromOxm(final OfMatch match) {
        final var builder = Of10Match.builder();
        for (OxmField field : match.fields()) {
            switch (field) {
                case OxmInPort in -> builder.inPort(port10(in.port()));
                case OxmEthSrc src when src.mask() == null -> builder.dlSrc(src.value());
                case OxmEthDst dst when dst.mask() == null -> builder.dlDst(dst.value());
                case OxmVlanVid vid when vid.mask() == null -> builder.dlVlan(vid.value() == 0 ? Of10Match.VLAN_NONE
                    : vid.value() & VID_MASK);
                case OxmVlanPcp pcp -> builder.dlVlanPcp(pcp.value());
                case OxmEthType type -> builder.dlType(type.value());
                case OxmIpDscp dscp -> builder.nwTos(dscp.value() << DSCP_SHIFT);
                case OxmIpProto proto -> builder.nwProto(proto.value());
                case OxmArpOp op -> builder.nwProto(op.value() & 0xff);
                case OxmIpv4Src src -> builder.nwSrc(src.value(), prefixLength(src.mask()));
                case OxmIpv4Dst dst -> builder.nwDst(dst.value(), prefixLength(dst.mask()));
                case OxmArpSpa spa -> builder.nwSrc(spa.value(), prefixLength(spa.mask()));
                case OxmArpTpa tpa -> builder.nwDst(tpa.value(), prefixLength(tpa.mask()));
                case OxmTcpSrc src -> builder.tpSrc(src.value());
                case OxmTcpDst dst -> builder.tpDst(dst.value());
                case OxmUdpSrc src -> builder.tpSrc(src.value());
                case OxmUdpDst dst -> builder.tpDst(dst.value());
                case OxmIcmpv4Type type -> builder.tpSrc(type.value());
                case OxmIcmpv4Code code -> builder.tpDst(code.value());
                default -> {
                    // not expressible in OpenFlow 1.0
                }
            }
        }
        return builder.build();
    }

    private static int prefixLength(final @Nullable Inet4Address mask) {
        return mask == null ? Integer.SIZE : Integer.bitCount(bits(mask));
    }

    private static int bits(final Inet4Address address) {
        final byte[] bytes = address.getAddress();
        return (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8 | bytes[3] & 0xff;
    }
}
