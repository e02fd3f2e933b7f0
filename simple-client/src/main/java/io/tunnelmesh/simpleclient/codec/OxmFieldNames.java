/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import io.tunnelmesh.openflow.api.codec.OxmKey;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The names users know the match fields by: those of Open vSwitch's {@code ovs-fields(7)} ({@code eth_dst},
 * {@code ip_src}, {@code tun_id}, {@code reg0}, {@code nsh_spi}), which name a field the same whichever code point
 * carries it ({@code OXM_OF_TUNNEL_ID} and {@code NXM_NX_TUN_ID} are both {@code tun_id}). {@code OXM_OF_IN_PORT}
 * is {@code in_port}, as Open vSwitch prints it (its manual calls the 32-bit view {@code in_port_oxm}); basic fields
 * Open vSwitch does not implement keep their OpenFlow names ({@code in_phy_port}, {@code pbb_isid},
 * {@code ipv6_exthdr}).
 */
final class OxmFieldNames {
    private static final int PACKET_REGS = 0x8001;
    private static final int NICIRA = 0x00002320;
    private static final int NSH = 0x005ad650;
    private static final int ONF = 0x4f4e4600;
    private static final int REGISTERS = 16;
    private static final int TUN_METADATA = 64;
    private static final int TUN_METADATA_FIRST = 40;
    private static final int XXREGISTERS = 4;
    private static final int XXREG_FIRST = 111;
    private static final int XREGISTERS = 8;
    private static final int NSH_CONTEXTS = 4;
    private static final int NSH_C1 = 6;

    /** OpenFlow 1.3.5 table 12 (OFPXMC_OPENFLOW_BASIC), then OpenFlow 1.5's 41 to 44. */
    private static final String[] BASIC = {
        "in_port", "in_phy_port", "metadata", "eth_dst", "eth_src", "eth_type", "vlan_vid", "vlan_pcp", "ip_dscp",
        "nw_ecn", "nw_proto", "ip_src", "ip_dst", "tcp_src", "tcp_dst", "udp_src", "udp_dst", "sctp_src", "sctp_dst",
        "icmp_type", "icmp_code", "arp_op", "arp_spa", "arp_tpa", "arp_sha", "arp_tha", "ipv6_src", "ipv6_dst",
        "ipv6_label", "icmpv6_type", "icmpv6_code", "nd_target", "nd_sll", "nd_tll", "mpls_label", "mpls_tc",
        "mpls_bos", "pbb_isid", "tun_id", "ipv6_exthdr", null, "pbb_uca", "tcp_flags", "actset_output",
        "packet_type",
    };
    /** OFPXMC_NXM_0: Nicira's fields of OpenFlow 1.0 headers. */
    private static final String[] NXM_0 = {
        "in_port", "eth_dst", "eth_src", "eth_type", "vlan_tci", "nw_tos", "nw_proto", "ip_src", "ip_dst", "tcp_src",
        "tcp_dst", "udp_src", "udp_dst", "icmp_type", "icmp_code", "arp_op", "arp_spa", "arp_tpa",
    };
    /** OFPXMC_NXM_1 from 16 (0 to 15 are reg0 to reg15) to 39. */
    private static final String[] NXM_1 = {
        "tun_id", "arp_sha", "arp_tha", "ipv6_src", "ipv6_dst", "icmpv6_type", "icmpv6_code", "nd_target", "nd_sll",
        "nd_tll", "ip_frag", "ipv6_label", "nw_ecn", "nw_ttl", "mpls_ttl", "tun_src", "tun_dst", "pkt_mark",
        "tcp_flags", "dp_hash", "recirc_id", "conj_id", "tun_gbp_id", "tun_gbp_flags",
    };
    /** OFPXMC_NXM_1 from 104 (40 to 103 are tun_metadata0 to 63) to 110. */
    private static final String[] NXM_1_HIGH = {
        "tun_flags", "ct_state", "ct_zone", "ct_mark", "ct_label", "tun_ipv6_src", "tun_ipv6_dst",
    };
    /** OFPXMC_NXM_1 from 119 (111 to 114 are xxreg0 to xxreg3). */
    private static final String[] NXM_1_CT = {
        "ct_nw_proto", "ct_nw_src", "ct_nw_dst", "ct_ipv6_src", "ct_ipv6_dst", "ct_tp_src", "ct_tp_dst",
    };
    private static final int NXM_1_HIGH_FIRST = 104;
    private static final int NXM_1_CT_FIRST = 119;
    /** NXOXM_ET (experimenter 0x00002320) from 11. */
    private static final String[] NICIRA_EXPERIMENTER = {
        "tun_erspan_idx", "tun_erspan_ver", "tun_erspan_dir", "tun_erspan_hwid", "tun_gtpu_flags",
        "tun_gtpu_msgtype",
    };
    private static final int NICIRA_EXPERIMENTER_FIRST = 11;
    /** NXOXM_NSH (experimenter 0x005ad650) from 1 (6 to 9 are nsh_c1 to nsh_c4). */
    private static final String[] NSH_FIELDS = {
        "nsh_flags", "nsh_mdtype", "nsh_np", "nsh_spi", "nsh_si", null, null, null, null, "nsh_ttl",
    };

    private static final Map<OxmKey, String> NAMES = build();

    private OxmFieldNames() {
        // Hidden on purpose
    }

    /**
     * The name of a field.
     *
     * @param key the field's code point
     * @return the name, or {@code null} if it has none here
     */
    static @Nullable String name(final OxmKey key) {
        return NAMES.get(key);
    }

    /**
     * The name of a field, or {@link #codePoint(OxmKey)} if it has none.
     *
     * @param key the field's code point
     * @return the name
     */
    static String nameOrCodePoint(final OxmKey key) {
        final var name = NAMES.get(key);
        return name != null ? name : codePoint(key);
    }

    /**
     * A name made of a field's code point, in hex but the field number: {@code oxm_8000_40}, and for the
     * experimenter class with its experimenter {@code oxm_ffff_7_0000beef}.
     *
     * @param key the code point
     * @return the name
     */
    static String codePoint(final OxmKey key) {
        return key.hasExperimenter() ? String.format("oxm_%04x_%d_%08x", key.oxmClass(), key.field(),
            key.experimenter()) : String.format("oxm_%04x_%d", key.oxmClass(), key.field());
    }

    private static Map<OxmKey, String> build() {
        final var names = new HashMap<OxmKey, String>();
        put(names, OxmKey.OPENFLOW_BASIC, 0, 0, BASIC);
        put(names, OxmKey.NXM_0, 0, 0, NXM_0);
        for (int i = 0; i < REGISTERS; i++) {
            names.put(new OxmKey(OxmKey.NXM_1, i, 0), "reg" + i);
        }
        put(names, OxmKey.NXM_1, 0, REGISTERS, NXM_1);
        for (int i = 0; i < TUN_METADATA; i++) {
            names.put(new OxmKey(OxmKey.NXM_1, TUN_METADATA_FIRST + i, 0), "tun_metadata" + i);
        }
        put(names, OxmKey.NXM_1, 0, NXM_1_HIGH_FIRST, NXM_1_HIGH);
        for (int i = 0; i < XXREGISTERS; i++) {
            names.put(new OxmKey(OxmKey.NXM_1, XXREG_FIRST + i, 0), "xxreg" + i);
        }
        put(names, OxmKey.NXM_1, 0, NXM_1_CT_FIRST, NXM_1_CT);
        for (int i = 0; i < XREGISTERS; i++) {
            names.put(new OxmKey(PACKET_REGS, i, 0), "xreg" + i);
        }
        put(names, OxmKey.EXPERIMENTER, NICIRA, NICIRA_EXPERIMENTER_FIRST, NICIRA_EXPERIMENTER);
        put(names, OxmKey.EXPERIMENTER, NSH, 1, NSH_FIELDS);
        for (int i = 0; i < NSH_CONTEXTS; i++) {
            names.put(OxmKey.experimenter(NSH, NSH_C1 + i), "nsh_c" + (i + 1));
        }
        // ONFOXM_ET: what OpenFlow 1.5 made basic fields, for OpenFlow 1.3
        names.put(OxmKey.experimenter(ONF, 42), "tcp_flags");
        names.put(OxmKey.experimenter(ONF, 43), "actset_output");
        return Map.copyOf(names);
    }

    private static void put(final Map<OxmKey, String> names, final int oxmClass, final int experimenter,
            final int first, final @Nullable String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            final var name = fields[i];
            if (name != null) {
                names.put(new OxmKey(oxmClass, first + i, experimenter), name);
            }
        }
    }
}
