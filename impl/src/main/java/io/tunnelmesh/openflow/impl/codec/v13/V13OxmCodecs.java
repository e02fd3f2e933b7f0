/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static io.tunnelmesh.openflow.api.codec.OxmKey.basic;
import static io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs.exactInt;
import static io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs.maskedInt;
import static io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs.maskedIpv4;
import static io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs.maskedIpv6;
import static io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs.maskedLong;
import static io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs.maskedMac;

import io.tunnelmesh.openflow.api.codec.OxmFieldCodec;
import io.tunnelmesh.openflow.api.match.OxmArpOp;
import io.tunnelmesh.openflow.api.match.OxmArpSha;
import io.tunnelmesh.openflow.api.match.OxmArpSpa;
import io.tunnelmesh.openflow.api.match.OxmArpTha;
import io.tunnelmesh.openflow.api.match.OxmArpTpa;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmIcmpv4Code;
import io.tunnelmesh.openflow.api.match.OxmIcmpv4Type;
import io.tunnelmesh.openflow.api.match.OxmIcmpv6Code;
import io.tunnelmesh.openflow.api.match.OxmIcmpv6Type;
import io.tunnelmesh.openflow.api.match.OxmInPhyPort;
import io.tunnelmesh.openflow.api.match.OxmIpDscp;
import io.tunnelmesh.openflow.api.match.OxmIpEcn;
import io.tunnelmesh.openflow.api.match.OxmIpProto;
import io.tunnelmesh.openflow.api.match.OxmIpv4Dst;
import io.tunnelmesh.openflow.api.match.OxmIpv4Src;
import io.tunnelmesh.openflow.api.match.OxmIpv6Dst;
import io.tunnelmesh.openflow.api.match.OxmIpv6Exthdr;
import io.tunnelmesh.openflow.api.match.OxmIpv6Flabel;
import io.tunnelmesh.openflow.api.match.OxmIpv6NdSll;
import io.tunnelmesh.openflow.api.match.OxmIpv6NdTarget;
import io.tunnelmesh.openflow.api.match.OxmIpv6NdTll;
import io.tunnelmesh.openflow.api.match.OxmIpv6Src;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmMplsBos;
import io.tunnelmesh.openflow.api.match.OxmMplsLabel;
import io.tunnelmesh.openflow.api.match.OxmMplsTc;
import io.tunnelmesh.openflow.api.match.OxmPbbIsid;
import io.tunnelmesh.openflow.api.match.OxmSctpDst;
import io.tunnelmesh.openflow.api.match.OxmSctpSrc;
import io.tunnelmesh.openflow.api.match.OxmTcpDst;
import io.tunnelmesh.openflow.api.match.OxmTcpSrc;
import io.tunnelmesh.openflow.api.match.OxmUdpDst;
import io.tunnelmesh.openflow.api.match.OxmUdpSrc;
import io.tunnelmesh.openflow.api.match.OxmVlanPcp;
import io.tunnelmesh.openflow.api.match.OxmVlanVid;
import io.tunnelmesh.openflow.impl.codec.OxmFieldCodecs;
import java.util.List;

/**
 * The codecs of the OpenFlow basic OXM fields ({@code OFPXMC_OPENFLOW_BASIC}, OpenFlow 1.3.5 section 7.2.3.7,
 * table 12), one per field, with the widths and maskability the table gives.
 */
public final class V13OxmCodecs {
    private static final List<OxmFieldCodec<?>> ALL = List.of(
        OxmFieldCodecs.IN_PORT,
        maskedLong(basic(2), "OXM_OF_METADATA", OxmMetadata.class, OxmMetadata::new, OxmMetadata::value,
            OxmMetadata::mask),
        maskedMac(basic(3), "OXM_OF_ETH_DST", OxmEthDst.class, OxmEthDst::new, OxmEthDst::value, OxmEthDst::mask),
        maskedMac(basic(4), "OXM_OF_ETH_SRC", OxmEthSrc.class, OxmEthSrc::new, OxmEthSrc::value, OxmEthSrc::mask),
        exactInt(basic(5), "OXM_OF_ETH_TYPE", OxmEthType.class, 2, OxmEthType::new, OxmEthType::value),
        maskedInt(basic(6), "OXM_OF_VLAN_VID", OxmVlanVid.class, 2, OxmVlanVid::new, OxmVlanVid::value,
            OxmVlanVid::mask),
        exactInt(basic(10), "OXM_OF_IP_PROTO", OxmIpProto.class, 1, OxmIpProto::new, OxmIpProto::value),
        maskedIpv4(basic(11), "OXM_OF_IPV4_SRC", OxmIpv4Src.class, OxmIpv4Src::new, OxmIpv4Src::value,
            OxmIpv4Src::mask),
        maskedIpv4(basic(12), "OXM_OF_IPV4_DST", OxmIpv4Dst.class, OxmIpv4Dst::new, OxmIpv4Dst::value,
            OxmIpv4Dst::mask),
        maskedInt(basic(13), "OXM_OF_TCP_SRC", OxmTcpSrc.class, 2, OxmTcpSrc::new, OxmTcpSrc::value, OxmTcpSrc::mask),
        maskedInt(basic(14), "OXM_OF_TCP_DST", OxmTcpDst.class, 2, OxmTcpDst::new, OxmTcpDst::value, OxmTcpDst::mask),
        maskedInt(basic(15), "OXM_OF_UDP_SRC", OxmUdpSrc.class, 2, OxmUdpSrc::new, OxmUdpSrc::value, OxmUdpSrc::mask),
        maskedInt(basic(16), "OXM_OF_UDP_DST", OxmUdpDst.class, 2, OxmUdpDst::new, OxmUdpDst::value, OxmUdpDst::mask),
        exactInt(basic(21), "OXM_OF_ARP_OP", OxmArpOp.class, 2, OxmArpOp::new, OxmArpOp::value),
        maskedIpv4(basic(22), "OXM_OF_ARP_SPA", OxmArpSpa.class, OxmArpSpa::new, OxmArpSpa::value, OxmArpSpa::mask),
        maskedIpv4(basic(23), "OXM_OF_ARP_TPA", OxmArpTpa.class, OxmArpTpa::new, OxmArpTpa::value, OxmArpTpa::mask),
        maskedMac(basic(24), "OXM_OF_ARP_SHA", OxmArpSha.class, OxmArpSha::new, OxmArpSha::value, OxmArpSha::mask),
        maskedMac(basic(25), "OXM_OF_ARP_THA", OxmArpTha.class, OxmArpTha::new, OxmArpTha::value, OxmArpTha::mask),
        maskedIpv6(basic(26), "OXM_OF_IPV6_SRC", OxmIpv6Src.class, OxmIpv6Src::new, OxmIpv6Src::value,
            OxmIpv6Src::mask),
        maskedIpv6(basic(27), "OXM_OF_IPV6_DST", OxmIpv6Dst.class, OxmIpv6Dst::new, OxmIpv6Dst::value,
            OxmIpv6Dst::mask),
        OxmFieldCodecs.TUNNEL_ID,
        exactInt(basic(1), "OXM_OF_IN_PHY_PORT", OxmInPhyPort.class, 4, OxmInPhyPort::new, OxmInPhyPort::value),
        exactInt(basic(7), "OXM_OF_VLAN_PCP", OxmVlanPcp.class, 1, OxmVlanPcp::new, OxmVlanPcp::value),
        exactInt(basic(8), "OXM_OF_IP_DSCP", OxmIpDscp.class, 1, OxmIpDscp::new, OxmIpDscp::value),
        exactInt(basic(9), "OXM_OF_IP_ECN", OxmIpEcn.class, 1, OxmIpEcn::new, OxmIpEcn::value),
        maskedInt(basic(17), "OXM_OF_SCTP_SRC", OxmSctpSrc.class, 2, OxmSctpSrc::new, OxmSctpSrc::value,
            OxmSctpSrc::mask),
        maskedInt(basic(18), "OXM_OF_SCTP_DST", OxmSctpDst.class, 2, OxmSctpDst::new, OxmSctpDst::value,
            OxmSctpDst::mask),
        exactInt(basic(19), "OXM_OF_ICMPV4_TYPE", OxmIcmpv4Type.class, 1, OxmIcmpv4Type::new, OxmIcmpv4Type::value),
        exactInt(basic(20), "OXM_OF_ICMPV4_CODE", OxmIcmpv4Code.class, 1, OxmIcmpv4Code::new, OxmIcmpv4Code::value),
        maskedInt(basic(28), "OXM_OF_IPV6_FLABEL", OxmIpv6Flabel.class, 4, OxmIpv6Flabel::new, OxmIpv6Flabel::value,
            OxmIpv6Flabel::mask),
        exactInt(basic(29), "OXM_OF_ICMPV6_TYPE", OxmIcmpv6Type.class, 1, OxmIcmpv6Type::new, OxmIcmpv6Type::value),
        exactInt(basic(30), "OXM_OF_ICMPV6_CODE", OxmIcmpv6Code.class, 1, OxmIcmpv6Code::new, OxmIcmpv6Code::value),
        maskedIpv6(basic(31), "OXM_OF_IPV6_ND_TARGET", OxmIpv6NdTarget.class, OxmIpv6NdTarget::new,
            OxmIpv6NdTarget::value, OxmIpv6NdTarget::mask),
        maskedMac(basic(32), "OXM_OF_IPV6_ND_SLL", OxmIpv6NdSll.class, OxmIpv6NdSll::new, OxmIpv6NdSll::value,
            OxmIpv6NdSll::mask),
        maskedMac(basic(33), "OXM_OF_IPV6_ND_TLL", OxmIpv6NdTll.class, OxmIpv6NdTll::new, OxmIpv6NdTll::value,
            OxmIpv6NdTll::mask),
        exactInt(basic(34), "OXM_OF_MPLS_LABEL", OxmMplsLabel.class, 4, OxmMplsLabel::new, OxmMplsLabel::value),
        exactInt(basic(35), "OXM_OF_MPLS_TC", OxmMplsTc.class, 1, OxmMplsTc::new, OxmMplsTc::value),
        exactInt(basic(36), "OXM_OF_MPLS_BOS", OxmMplsBos.class, 1, OxmMplsBos::new, OxmMplsBos::value),
        maskedInt(basic(37), "OXM_OF_PBB_ISID", OxmPbbIsid.class, 3, OxmPbbIsid::new, OxmPbbIsid::value,
            OxmPbbIsid::mask),
        maskedInt(basic(39), "OXM_OF_IPV6_EXTHDR", OxmIpv6Exthdr.class, 2, OxmIpv6Exthdr::new, OxmIpv6Exthdr::value,
            OxmIpv6Exthdr::mask));

    private V13OxmCodecs() {
        // Hidden on purpose
    }

    /**
     * Every basic field codec.
     *
     * @return an immutable list
     */
    public static List<OxmFieldCodec<?>> all() {
        return ALL;
    }
}
