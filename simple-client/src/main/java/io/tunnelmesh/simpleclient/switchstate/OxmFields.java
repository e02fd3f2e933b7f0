/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtLabel;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtMark;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtState;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtZone;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshContext;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshFlags;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshMdtype;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshNp;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshSi;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshSpi;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshTtl;
import io.tunnelmesh.openflow.api.ext.nicira.NxmReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunFlags;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunId;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Src;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Src;
import io.tunnelmesh.openflow.api.ext.nicira.OxmPacketType;
import io.tunnelmesh.openflow.api.ext.nicira.OxmPktReg;
import io.tunnelmesh.openflow.api.match.OxmArpOp;
import io.tunnelmesh.openflow.api.match.OxmArpSha;
import io.tunnelmesh.openflow.api.match.OxmArpSpa;
import io.tunnelmesh.openflow.api.match.OxmArpTha;
import io.tunnelmesh.openflow.api.match.OxmArpTpa;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmExtensionField;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.match.OxmIcmpv4Code;
import io.tunnelmesh.openflow.api.match.OxmIcmpv4Type;
import io.tunnelmesh.openflow.api.match.OxmIcmpv6Code;
import io.tunnelmesh.openflow.api.match.OxmIcmpv6Type;
import io.tunnelmesh.openflow.api.match.OxmInPhyPort;
import io.tunnelmesh.openflow.api.match.OxmInPort;
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
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.match.OxmUdpDst;
import io.tunnelmesh.openflow.api.match.OxmUdpSrc;
import io.tunnelmesh.openflow.api.match.OxmUnknown;
import io.tunnelmesh.openflow.api.match.OxmVlanPcp;
import io.tunnelmesh.openflow.api.match.OxmVlanVid;
import java.math.BigInteger;
import java.net.InetAddress;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The packet field and value an api OXM/NXM record stands for: every OpenFlow basic field of table 12 but
 * {@code OXM_OF_IN_PHY_PORT}, and the Nicira fields of {@code ext.nicira} but {@code tun_metadata} (which needs the
 * Geneve TLV map the switch does not model).
 */
final class OxmFields {
    private OxmFields() {
        // Hidden on purpose
    }

    /**
     * The field and masked value of a match field or set-field value.
     *
     * @param field the api record
     * @return the value, or {@code null} for a field not modelled (the caller answers {@code OFPBMC_BAD_FIELD} or
     *     {@code OFPBAC_BAD_SET_TYPE})
     */
    static @Nullable FieldValue valueOf(final OxmField field) {
        return switch (field) {
            case OxmInPort f -> exact(PacketField.IN_PORT, Bits.ofInt(f.port()));
            case OxmMetadata f -> masked(PacketField.METADATA, f.value(), f.mask());
            case OxmEthDst f -> mac(PacketField.ETH_DST, f.value(), f.mask());
            case OxmEthSrc f -> mac(PacketField.ETH_SRC, f.value(), f.mask());
            case OxmEthType f -> exact(PacketField.ETH_TYPE, BigInteger.valueOf(f.value()));
            case OxmVlanVid f -> masked(PacketField.VLAN_VID, f.value(), f.mask());
            case OxmVlanPcp f -> exact(PacketField.VLAN_PCP, BigInteger.valueOf(f.value()));
            case OxmIpDscp f -> exact(PacketField.IP_DSCP, BigInteger.valueOf(f.value()));
            case OxmIpEcn f -> exact(PacketField.IP_ECN, BigInteger.valueOf(f.value()));
            case OxmIpProto f -> exact(PacketField.IP_PROTO, BigInteger.valueOf(f.value()));
            case OxmIpv4Src f -> address(PacketField.IPV4_SRC, f.value(), f.mask());
            case OxmIpv4Dst f -> address(PacketField.IPV4_DST, f.value(), f.mask());
            case OxmTcpSrc f -> masked(PacketField.TCP_SRC, f.value(), f.mask());
            case OxmTcpDst f -> masked(PacketField.TCP_DST, f.value(), f.mask());
            case OxmUdpSrc f -> masked(PacketField.UDP_SRC, f.value(), f.mask());
            case OxmUdpDst f -> masked(PacketField.UDP_DST, f.value(), f.mask());
            case OxmSctpSrc f -> masked(PacketField.SCTP_SRC, f.value(), f.mask());
            case OxmSctpDst f -> masked(PacketField.SCTP_DST, f.value(), f.mask());
            case OxmIcmpv4Type f -> exact(PacketField.ICMPV4_TYPE, BigInteger.valueOf(f.value()));
            case OxmIcmpv4Code f -> exact(PacketField.ICMPV4_CODE, BigInteger.valueOf(f.value()));
            case OxmArpOp f -> exact(PacketField.ARP_OP, BigInteger.valueOf(f.value()));
            case OxmArpSpa f -> address(PacketField.ARP_SPA, f.value(), f.mask());
            case OxmArpTpa f -> address(PacketField.ARP_TPA, f.value(), f.mask());
            case OxmArpSha f -> mac(PacketField.ARP_SHA, f.value(), f.mask());
            case OxmArpTha f -> mac(PacketField.ARP_THA, f.value(), f.mask());
            case OxmIpv6Src f -> address(PacketField.IPV6_SRC, f.value(), f.mask());
            case OxmIpv6Dst f -> address(PacketField.IPV6_DST, f.value(), f.mask());
            case OxmIpv6Flabel f -> masked(PacketField.IPV6_FLABEL, f.value(), f.mask());
            case OxmIcmpv6Type f -> exact(PacketField.ICMPV6_TYPE, BigInteger.valueOf(f.value()));
            case OxmIcmpv6Code f -> exact(PacketField.ICMPV6_CODE, BigInteger.valueOf(f.value()));
            case OxmIpv6NdTarget f -> address(PacketField.IPV6_ND_TARGET, f.value(), f.mask());
            case OxmIpv6NdSll f -> mac(PacketField.IPV6_ND_SLL, f.value(), f.mask());
            case OxmIpv6NdTll f -> mac(PacketField.IPV6_ND_TLL, f.value(), f.mask());
            case OxmMplsLabel f -> exact(PacketField.MPLS_LABEL, BigInteger.valueOf(f.value()));
            case OxmMplsTc f -> exact(PacketField.MPLS_TC, BigInteger.valueOf(f.value()));
            case OxmMplsBos f -> exact(PacketField.MPLS_BOS, BigInteger.valueOf(f.value()));
            case OxmPbbIsid f -> masked(PacketField.PBB_ISID, f.value(), f.mask());
            case OxmIpv6Exthdr f -> masked(PacketField.IPV6_EXTHDR, f.value(), f.mask());
            case OxmTunnelId f -> masked(PacketField.TUN_ID, f.value(), f.mask());
            case OxmInPhyPort f -> null;
            case OxmUnknown f -> null;
            case OxmExtensionField f -> extension(f);
        };
    }

    private static @Nullable FieldValue extension(final OxmExtensionField field) {
        return switch (field) {
            case NxmTunId f -> masked(PacketField.TUN_ID, f.value(), f.mask());
            case NxmTunIpv4Src f -> address(PacketField.TUN_IPV4_SRC, f.value(), f.mask());
            case NxmTunIpv4Dst f -> address(PacketField.TUN_IPV4_DST, f.value(), f.mask());
            case NxmTunIpv6Src f -> address(PacketField.TUN_IPV6_SRC, f.value(), f.mask());
            case NxmTunIpv6Dst f -> address(PacketField.TUN_IPV6_DST, f.value(), f.mask());
            case NxmTunFlags f -> masked(PacketField.TUN_FLAGS, f.value(), f.mask());
            case NxmReg f -> masked(PacketField.reg(f.index()), f.value(), f.mask());
            case OxmPktReg f -> masked(PacketField.xreg(f.index()), f.value(), f.mask());
            case NxmCtState f -> masked(PacketField.CT_STATE, f.value(), f.mask());
            case NxmCtZone f -> exact(PacketField.CT_ZONE, BigInteger.valueOf(f.value()));
            case NxmCtMark f -> masked(PacketField.CT_MARK, f.value(), f.mask());
            case NxmCtLabel f -> bytes(PacketField.CT_LABEL, f.value(), f.mask());
            case NxmNshFlags f -> masked(PacketField.NSH_FLAGS, f.value(), f.mask());
            case NxmNshTtl f -> exact(PacketField.NSH_TTL, BigInteger.valueOf(f.value()));
            case NxmNshMdtype f -> exact(PacketField.NSH_MDTYPE, BigInteger.valueOf(f.value()));
            case NxmNshNp f -> exact(PacketField.NSH_NP, BigInteger.valueOf(f.value()));
            case NxmNshSpi f -> exact(PacketField.NSH_SPI, BigInteger.valueOf(f.value()));
            case NxmNshSi f -> exact(PacketField.NSH_SI, BigInteger.valueOf(f.value()));
            case NxmNshContext f -> masked(PacketField.nshContext(f.index()), f.value(), f.mask());
            case OxmPacketType f -> exact(PacketField.PACKET_TYPE,
                BigInteger.valueOf((long) f.namespace() << 16 | f.nsType()));
            default -> null;
        };
    }

    private static FieldValue exact(final PacketField field, final BigInteger value) {
        return FieldValue.exact(field, value);
    }

    private static FieldValue masked(final PacketField field, final int value, final @Nullable Integer mask) {
        return new FieldValue(field, Bits.ofInt(value), mask == null ? field.mask() : Bits.ofInt(mask));
    }

    private static FieldValue masked(final PacketField field, final long value, final @Nullable Long mask) {
        return new FieldValue(field, Bits.of(value), mask == null ? field.mask() : Bits.of(mask));
    }

    private static FieldValue mac(final PacketField field, final MacAddress value, final @Nullable MacAddress mask) {
        return new FieldValue(field, Bits.of(value), mask == null ? field.mask() : Bits.of(mask));
    }

    private static FieldValue address(final PacketField field, final InetAddress value,
            final @Nullable InetAddress mask) {
        return new FieldValue(field, Bits.of(value), mask == null ? field.mask() : Bits.of(mask));
    }

    private static FieldValue bytes(final PacketField field, final OfBytes value, final @Nullable OfBytes mask) {
        return new FieldValue(field, Bits.of(value), mask == null ? field.mask() : Bits.of(mask));
    }
}
