/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import java.math.BigInteger;

/**
 * A header or metadata field of a packet, as OpenFlow match fields and Open vSwitch's {@code ovs-fields(7)} name
 * them: what a flow matches on, what set-field, {@code reg_load} and {@code reg_move} write, and what
 * {@link Packet} reports. Each is a window of {@link #width()} bits on a storage slot, so that fields sharing storage
 * (the VLAN id and the TCI, {@code reg0} and {@code xreg0}) stay consistent.
 */
public enum PacketField {
    /** {@code in_port}: the ingress port, writable as Open vSwitch allows. */
    IN_PORT(PacketSlot.IN_PORT, 0, 32, true, Prerequisite.NONE),
    /** {@code metadata}: the 64 bits passed between tables. */
    METADATA(PacketSlot.METADATA, 0, 64, true, Prerequisite.NONE),
    /** {@code tun_id}: the tunnel key (VXLAN VNI, GRE key, Geneve VNI); OpenFlow's {@code tunnel_id}. */
    TUN_ID(PacketSlot.TUN_ID, 0, 64, true, Prerequisite.NONE),
    /** {@code tun_src}: the IPv4 source of the outer tunnel header. */
    TUN_IPV4_SRC(PacketSlot.TUN_IPV4_SRC, 0, 32, true, Prerequisite.NONE),
    /** {@code tun_dst}: the IPv4 destination of the outer tunnel header. */
    TUN_IPV4_DST(PacketSlot.TUN_IPV4_DST, 0, 32, true, Prerequisite.NONE),
    /** {@code tun_ipv6_src}. */
    TUN_IPV6_SRC(PacketSlot.TUN_IPV6_SRC, 0, 128, true, Prerequisite.NONE),
    /** {@code tun_ipv6_dst}. */
    TUN_IPV6_DST(PacketSlot.TUN_IPV6_DST, 0, 128, true, Prerequisite.NONE),
    /** {@code tun_flags}. */
    TUN_FLAGS(PacketSlot.TUN_FLAGS, 0, 16, true, Prerequisite.NONE),
    /** {@code reg0}. */
    REG0(PacketSlot.REGS, register(0), 32, true, Prerequisite.NONE),
    /** {@code reg1}. */
    REG1(PacketSlot.REGS, register(1), 32, true, Prerequisite.NONE),
    /** {@code reg2}. */
    REG2(PacketSlot.REGS, register(2), 32, true, Prerequisite.NONE),
    /** {@code reg3}. */
    REG3(PacketSlot.REGS, register(3), 32, true, Prerequisite.NONE),
    /** {@code reg4}. */
    REG4(PacketSlot.REGS, register(4), 32, true, Prerequisite.NONE),
    /** {@code reg5}. */
    REG5(PacketSlot.REGS, register(5), 32, true, Prerequisite.NONE),
    /** {@code reg6}. */
    REG6(PacketSlot.REGS, register(6), 32, true, Prerequisite.NONE),
    /** {@code reg7}. */
    REG7(PacketSlot.REGS, register(7), 32, true, Prerequisite.NONE),
    /** {@code reg8}. */
    REG8(PacketSlot.REGS, register(8), 32, true, Prerequisite.NONE),
    /** {@code reg9}. */
    REG9(PacketSlot.REGS, register(9), 32, true, Prerequisite.NONE),
    /** {@code reg10}. */
    REG10(PacketSlot.REGS, register(10), 32, true, Prerequisite.NONE),
    /** {@code reg11}. */
    REG11(PacketSlot.REGS, register(11), 32, true, Prerequisite.NONE),
    /** {@code reg12}. */
    REG12(PacketSlot.REGS, register(12), 32, true, Prerequisite.NONE),
    /** {@code reg13}. */
    REG13(PacketSlot.REGS, register(13), 32, true, Prerequisite.NONE),
    /** {@code reg14}. */
    REG14(PacketSlot.REGS, register(14), 32, true, Prerequisite.NONE),
    /** {@code reg15}. */
    REG15(PacketSlot.REGS, register(15), 32, true, Prerequisite.NONE),
    /** {@code xreg0} ({@code OXM_OF_PKT_REG0}): {@code reg0} in the upper 32 bits, {@code reg1} in the lower. */
    XREG0(PacketSlot.REGS, register(1), 64, true, Prerequisite.NONE),
    /** {@code xreg1}: {@code reg2} and {@code reg3}. */
    XREG1(PacketSlot.REGS, register(3), 64, true, Prerequisite.NONE),
    /** {@code xreg2}: {@code reg4} and {@code reg5}. */
    XREG2(PacketSlot.REGS, register(5), 64, true, Prerequisite.NONE),
    /** {@code xreg3}: {@code reg6} and {@code reg7}. */
    XREG3(PacketSlot.REGS, register(7), 64, true, Prerequisite.NONE),
    /** {@code xreg4}: {@code reg8} and {@code reg9}. */
    XREG4(PacketSlot.REGS, register(9), 64, true, Prerequisite.NONE),
    /** {@code xreg5}: {@code reg10} and {@code reg11}. */
    XREG5(PacketSlot.REGS, register(11), 64, true, Prerequisite.NONE),
    /** {@code xreg6}: {@code reg12} and {@code reg13}. */
    XREG6(PacketSlot.REGS, register(13), 64, true, Prerequisite.NONE),
    /** {@code xreg7}: {@code reg14} and {@code reg15}. */
    XREG7(PacketSlot.REGS, register(15), 64, true, Prerequisite.NONE),
    /** {@code ct_state}: read-only, connection tracking is not modelled. */
    CT_STATE(PacketSlot.CT_STATE, 0, 32, false, Prerequisite.NONE),
    /** {@code ct_zone}: read-only. */
    CT_ZONE(PacketSlot.CT_ZONE, 0, 16, false, Prerequisite.NONE),
    /** {@code ct_mark}: read-only. */
    CT_MARK(PacketSlot.CT_MARK, 0, 32, false, Prerequisite.NONE),
    /** {@code ct_label}: read-only. */
    CT_LABEL(PacketSlot.CT_LABEL, 0, 128, false, Prerequisite.NONE),
    /** {@code packet_type}: namespace in the upper 16 bits, type in the lower; 0 is Ethernet. Read-only. */
    PACKET_TYPE(PacketSlot.PACKET_TYPE, 0, 32, false, Prerequisite.NONE),
    /** {@code eth_src}. */
    ETH_SRC(PacketSlot.ETH_SRC, 0, 48, true, Prerequisite.NONE),
    /** {@code eth_dst}. */
    ETH_DST(PacketSlot.ETH_DST, 0, 48, true, Prerequisite.NONE),
    /** {@code vlan_tci} ({@code NXM_OF_VLAN_TCI}): priority (3 bits), CFI/present (1), VLAN id (12). */
    VLAN_TCI(PacketSlot.VLAN_TCI, 0, 16, true, Prerequisite.NONE),
    /** {@code OXM_OF_VLAN_VID}: the VLAN id with {@code OFPVID_PRESENT} (0x1000), 0 when untagged. */
    VLAN_VID(PacketSlot.VLAN_TCI, 0, 13, true, Prerequisite.NONE),
    /** {@code OXM_OF_VLAN_PCP}: the VLAN priority; needs a VLAN tag. */
    VLAN_PCP(PacketSlot.VLAN_TCI, 13, 3, true, Prerequisite.VLAN),
    /** {@code eth_type}: the Ethertype after any VLAN tag; read-only. */
    ETH_TYPE(PacketSlot.ETH_TYPE, 0, 16, false, Prerequisite.NONE),
    /** {@code mpls_label}. */
    MPLS_LABEL(PacketSlot.MPLS_LABEL, 0, 20, true, Prerequisite.MPLS),
    /** {@code mpls_tc}. */
    MPLS_TC(PacketSlot.MPLS_TC, 0, 3, true, Prerequisite.MPLS),
    /** {@code mpls_bos}: read-only. */
    MPLS_BOS(PacketSlot.MPLS_BOS, 0, 1, false, Prerequisite.MPLS),
    /** {@code pbb_isid}. */
    PBB_ISID(PacketSlot.PBB_ISID, 0, 24, true, Prerequisite.PBB),
    /** {@code nsh_flags}. */
    NSH_FLAGS(PacketSlot.NSH_FLAGS, 0, 8, true, Prerequisite.NSH),
    /** {@code nsh_ttl}. */
    NSH_TTL(PacketSlot.NSH_TTL, 0, 6, true, Prerequisite.NSH),
    /** {@code nsh_mdtype}: read-only. */
    NSH_MDTYPE(PacketSlot.NSH_MDTYPE, 0, 8, false, Prerequisite.NSH),
    /** {@code nsh_np}: read-only. */
    NSH_NP(PacketSlot.NSH_NP, 0, 8, false, Prerequisite.NSH),
    /** {@code nsh_spi}: the service path id. */
    NSH_SPI(PacketSlot.NSH_SPI, 0, 24, true, Prerequisite.NSH),
    /** {@code nsh_si}: the service index. */
    NSH_SI(PacketSlot.NSH_SI, 0, 8, true, Prerequisite.NSH),
    /** {@code nsh_c1}. */
    NSH_C1(PacketSlot.NSH_C1, 0, 32, true, Prerequisite.NSH),
    /** {@code nsh_c2}. */
    NSH_C2(PacketSlot.NSH_C2, 0, 32, true, Prerequisite.NSH),
    /** {@code nsh_c3}. */
    NSH_C3(PacketSlot.NSH_C3, 0, 32, true, Prerequisite.NSH),
    /** {@code nsh_c4}. */
    NSH_C4(PacketSlot.NSH_C4, 0, 32, true, Prerequisite.NSH),
    /** {@code arp_op}. */
    ARP_OP(PacketSlot.ARP_OP, 0, 16, true, Prerequisite.ARP),
    /** {@code arp_spa}. */
    ARP_SPA(PacketSlot.ARP_SPA, 0, 32, true, Prerequisite.ARP),
    /** {@code arp_tpa}. */
    ARP_TPA(PacketSlot.ARP_TPA, 0, 32, true, Prerequisite.ARP),
    /** {@code arp_sha}. */
    ARP_SHA(PacketSlot.ARP_SHA, 0, 48, true, Prerequisite.ARP),
    /** {@code arp_tha}. */
    ARP_THA(PacketSlot.ARP_THA, 0, 48, true, Prerequisite.ARP),
    /** {@code ip_src}. */
    IPV4_SRC(PacketSlot.IPV4_SRC, 0, 32, true, Prerequisite.IPV4),
    /** {@code ip_dst}. */
    IPV4_DST(PacketSlot.IPV4_DST, 0, 32, true, Prerequisite.IPV4),
    /** {@code ipv6_src}. */
    IPV6_SRC(PacketSlot.IPV6_SRC, 0, 128, true, Prerequisite.IPV6),
    /** {@code ipv6_dst}. */
    IPV6_DST(PacketSlot.IPV6_DST, 0, 128, true, Prerequisite.IPV6),
    /** {@code ipv6_label}. */
    IPV6_FLABEL(PacketSlot.IPV6_LABEL, 0, 20, true, Prerequisite.IPV6),
    /** {@code OXM_OF_IPV6_EXTHDR}: read-only. */
    IPV6_EXTHDR(PacketSlot.IPV6_EXTHDR, 0, 9, false, Prerequisite.IPV6),
    /** {@code ip_proto}: read-only. */
    IP_PROTO(PacketSlot.IP_PROTO, 0, 8, false, Prerequisite.IP_ANY),
    /** {@code ip_dscp}: the upper six bits of the TOS byte. */
    IP_DSCP(PacketSlot.IP_TOS, 2, 6, true, Prerequisite.IP_ANY),
    /** {@code ip_ecn}: the lower two bits of the TOS byte. */
    IP_ECN(PacketSlot.IP_TOS, 0, 2, true, Prerequisite.IP_ANY),
    /** {@code nw_ttl} ({@code NXM_NX_IP_TTL}). */
    IP_TTL(PacketSlot.IP_TTL, 0, 8, true, Prerequisite.IP_ANY),
    /** {@code tcp_src}. */
    TCP_SRC(PacketSlot.TP_SRC, 0, 16, true, Prerequisite.TCP),
    /** {@code tcp_dst}. */
    TCP_DST(PacketSlot.TP_DST, 0, 16, true, Prerequisite.TCP),
    /** {@code udp_src}. */
    UDP_SRC(PacketSlot.TP_SRC, 0, 16, true, Prerequisite.UDP),
    /** {@code udp_dst}. */
    UDP_DST(PacketSlot.TP_DST, 0, 16, true, Prerequisite.UDP),
    /** {@code sctp_src}. */
    SCTP_SRC(PacketSlot.TP_SRC, 0, 16, true, Prerequisite.SCTP),
    /** {@code sctp_dst}. */
    SCTP_DST(PacketSlot.TP_DST, 0, 16, true, Prerequisite.SCTP),
    /** {@code icmp_type}. */
    ICMPV4_TYPE(PacketSlot.ICMP_TYPE, 0, 8, true, Prerequisite.ICMPV4),
    /** {@code icmp_code}. */
    ICMPV4_CODE(PacketSlot.ICMP_CODE, 0, 8, true, Prerequisite.ICMPV4),
    /** {@code icmpv6_type}. */
    ICMPV6_TYPE(PacketSlot.ICMP_TYPE, 0, 8, true, Prerequisite.ICMPV6),
    /** {@code icmpv6_code}. */
    ICMPV6_CODE(PacketSlot.ICMP_CODE, 0, 8, true, Prerequisite.ICMPV6),
    /** {@code nd_target}. */
    IPV6_ND_TARGET(PacketSlot.ND_TARGET, 0, 128, true, Prerequisite.ND),
    /** {@code nd_sll}. */
    IPV6_ND_SLL(PacketSlot.ND_SLL, 0, 48, true, Prerequisite.ND_SOLICIT),
    /** {@code nd_tll}. */
    IPV6_ND_TLL(PacketSlot.ND_TLL, 0, 48, true, Prerequisite.ND_ADVERT);

    private static final PacketField[] REGISTERS = {REG0, REG1, REG2, REG3, REG4, REG5, REG6, REG7, REG8, REG9,
        REG10, REG11, REG12, REG13, REG14, REG15};
    private static final PacketField[] EXTENDED_REGISTERS = {XREG0, XREG1, XREG2, XREG3, XREG4, XREG5, XREG6, XREG7};
    private static final PacketField[] NSH_CONTEXT = {NSH_C1, NSH_C2, NSH_C3, NSH_C4};

    private final PacketSlot slot;
    private final int offset;
    private final int width;
    private final boolean writable;
    private final Prerequisite prerequisite;
    private final BigInteger mask;

    PacketField(final PacketSlot slot, final int offset, final int width, final boolean writable,
            final Prerequisite prerequisite) {
        this.slot = slot;
        this.offset = offset;
        this.width = width;
        this.writable = writable;
        this.prerequisite = prerequisite;
        mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
    }

    /**
     * The register's bit offset in the 512-bit register slot: {@code reg0} is the most significant, so that
     * {@code xregN} is {@code reg2N:reg2N+1} as in Open vSwitch.
     */
    private static int register(final int index) {
        return (15 - index) * 32;
    }

    /**
     * A 32-bit register.
     *
     * @param index 0 to 15
     * @return {@code reg<index>}
     * @throws IllegalArgumentException for another index
     */
    public static PacketField reg(final int index) {
        return pick(REGISTERS, index, "reg");
    }

    /**
     * A 64-bit register ({@code OXM_OF_PKT_REG<index>}).
     *
     * @param index 0 to 7
     * @return {@code xreg<index>}
     * @throws IllegalArgumentException for another index
     */
    public static PacketField xreg(final int index) {
        return pick(EXTENDED_REGISTERS, index, "xreg");
    }

    /**
     * An NSH context header.
     *
     * @param header 1 to 4
     * @return {@code nsh_c<header>}
     * @throws IllegalArgumentException for another number
     */
    public static PacketField nshContext(final int header) {
        return pick(NSH_CONTEXT, header - 1, "nsh_c");
    }

    private static PacketField pick(final PacketField[] family, final int index, final String name) {
        if (index < 0 || index >= family.length) {
            throw new IllegalArgumentException("no field " + name + " number " + index);
        }
        return family[index];
    }

    /**
     * The field's width.
     *
     * @return bits, 1 to 128
     */
    public int width() {
        return width;
    }

    /**
     * Whether set-field, {@code reg_load} and {@code reg_move} may write the field (Open vSwitch's
     * {@code writable}); writing a read-only field is {@code OFPBAC_BAD_SET_ARGUMENT}.
     *
     * @return whether it is writable
     */
    public boolean isWritable() {
        return writable;
    }

    /**
     * All ones over the field's width.
     *
     * @return the mask
     */
    public BigInteger mask() {
        return mask;
    }

    PacketSlot slot() {
        return slot;
    }

    int offset() {
        return offset;
    }

    Prerequisite prerequisite() {
        return prerequisite;
    }

    /**
     * The field's bits placed in its slot.
     *
     * @param value bits of the field, beyond its width ignored
     * @return the same bits at the field's offset in the slot
     */
    BigInteger toSlot(final BigInteger value) {
        return value.and(mask).shiftLeft(offset);
    }

    /**
     * The field's bits out of its slot's value.
     *
     * @param slotValue the slot's value
     * @return the field's value
     */
    BigInteger fromSlot(final BigInteger slotValue) {
        return slotValue.shiftRight(offset).and(mask);
    }
}
