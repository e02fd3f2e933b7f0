/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

/**
 * Where a packet keeps its header and metadata values: one slot per storage location, as Open vSwitch's
 * {@code struct flow} has one member per field. Several {@link PacketField}s can be windows on one slot: the VLAN id
 * and priority are bits of the TCI, the sixteen 32-bit registers are bits of one 512-bit slot (so that the 64-bit
 * {@code xreg}s span two of them, {@code xreg0} being {@code reg0} in its upper half and {@code reg1} in its lower),
 * TCP, UDP and SCTP ports share the transport port slots.
 */
enum PacketSlot {
    IN_PORT(32, "in_port", Format.DECIMAL),
    METADATA(64, "metadata", Format.HEX),
    TUN_ID(64, "tun_id", Format.HEX),
    TUN_IPV4_SRC(32, "tun_src", Format.IPV4),
    TUN_IPV4_DST(32, "tun_dst", Format.IPV4),
    TUN_IPV6_SRC(128, "tun_ipv6_src", Format.IPV6),
    TUN_IPV6_DST(128, "tun_ipv6_dst", Format.IPV6),
    TUN_FLAGS(16, "tun_flags", Format.HEX),
    REGS(512, "reg", Format.REGISTERS),
    CT_STATE(32, "ct_state", Format.HEX),
    CT_ZONE(16, "ct_zone", Format.DECIMAL),
    CT_MARK(32, "ct_mark", Format.HEX),
    CT_LABEL(128, "ct_label", Format.HEX),
    PACKET_TYPE(32, "packet_type", Format.HEX),
    ETH_SRC(48, "dl_src", Format.MAC),
    ETH_DST(48, "dl_dst", Format.MAC),
    VLAN_TCI(16, "vlan_tci", Format.HEX),
    ETH_TYPE(16, "dl_type", Format.HEX),
    MPLS_LABEL(20, "mpls_label", Format.DECIMAL),
    MPLS_TC(3, "mpls_tc", Format.DECIMAL),
    MPLS_BOS(1, "mpls_bos", Format.DECIMAL),
    PBB_ISID(24, "pbb_isid", Format.HEX),
    NSH_FLAGS(8, "nsh_flags", Format.HEX),
    NSH_TTL(6, "nsh_ttl", Format.DECIMAL),
    NSH_MDTYPE(8, "nsh_mdtype", Format.DECIMAL),
    NSH_NP(8, "nsh_np", Format.DECIMAL),
    NSH_SPI(24, "nsh_spi", Format.HEX),
    NSH_SI(8, "nsh_si", Format.DECIMAL),
    NSH_C1(32, "nsh_c1", Format.HEX),
    NSH_C2(32, "nsh_c2", Format.HEX),
    NSH_C3(32, "nsh_c3", Format.HEX),
    NSH_C4(32, "nsh_c4", Format.HEX),
    ARP_OP(16, "arp_op", Format.DECIMAL),
    ARP_SPA(32, "arp_spa", Format.IPV4),
    ARP_TPA(32, "arp_tpa", Format.IPV4),
    ARP_SHA(48, "arp_sha", Format.MAC),
    ARP_THA(48, "arp_tha", Format.MAC),
    IPV4_SRC(32, "nw_src", Format.IPV4),
    IPV4_DST(32, "nw_dst", Format.IPV4),
    IPV6_SRC(128, "ipv6_src", Format.IPV6),
    IPV6_DST(128, "ipv6_dst", Format.IPV6),
    IPV6_LABEL(20, "ipv6_label", Format.HEX),
    IPV6_EXTHDR(9, "ipv6_exthdr", Format.HEX),
    IP_PROTO(8, "nw_proto", Format.DECIMAL),
    IP_TOS(8, "nw_tos", Format.DECIMAL),
    IP_TTL(8, "nw_ttl", Format.DECIMAL),
    TP_SRC(16, "tp_src", Format.DECIMAL),
    TP_DST(16, "tp_dst", Format.DECIMAL),
    ICMP_TYPE(8, "icmp_type", Format.DECIMAL),
    ICMP_CODE(8, "icmp_code", Format.DECIMAL),
    ND_TARGET(128, "nd_target", Format.IPV6),
    ND_SLL(48, "nd_sll", Format.MAC),
    ND_TLL(48, "nd_tll", Format.MAC);

    /** How {@link Packet#toString()} writes a slot's value. */
    enum Format {
        DECIMAL, HEX, MAC, IPV4, IPV6, REGISTERS
    }

    private final int width;
    private final String displayName;
    private final Format format;

    PacketSlot(final int width, final String displayName, final Format format) {
        this.width = width;
        this.displayName = displayName;
        this.format = format;
    }

    int width() {
        return width;
    }

    String displayName() {
        return displayName;
    }

    Format format() {
        return format;
    }
}
