/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import java.math.BigInteger;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a packet must be for a field to exist in it (OpenFlow 1.3.5 section 7.2.3.8, table 12; Open vSwitch
 * {@code mf_are_prereqs_ok}): an IPv4 address needs {@code eth_type=0x0800}, a TCP port needs IP and
 * {@code ip_proto=6}, and so on. A match naming a field must also pin its prerequisites
 * ({@code OFPBMC_BAD_PREREQ} otherwise); a set-field on a packet that lacks the field is ignored, as Open vSwitch
 * does.
 */
enum Prerequisite {
    NONE,
    VLAN,
    IP_ANY,
    IPV4,
    IPV6,
    ARP,
    TCP,
    UDP,
    SCTP,
    ICMPV4,
    ICMPV6,
    ND,
    ND_SOLICIT,
    ND_ADVERT,
    MPLS,
    PBB,
    NSH;

    static final int ETH_TYPE_IPV4 = 0x0800;
    static final int ETH_TYPE_IPV6 = 0x86dd;
    static final int ETH_TYPE_ARP = 0x0806;
    static final int ETH_TYPE_RARP = 0x8035;
    static final int ETH_TYPE_MPLS = 0x8847;
    static final int ETH_TYPE_MPLS_MCAST = 0x8848;
    static final int ETH_TYPE_PBB = 0x88e7;
    static final int ETH_TYPE_NSH = 0x894f;
    static final int PROTO_ICMP = 1;
    static final int PROTO_TCP = 6;
    static final int PROTO_UDP = 17;
    static final int PROTO_ICMPV6 = 58;
    static final int PROTO_SCTP = 132;
    static final int ND_NEIGHBOR_SOLICIT = 135;
    static final int ND_NEIGHBOR_ADVERT = 136;

    private static final BigInteger VLAN_PRESENT = BigInteger.valueOf(0x1000);

    /**
     * The values a prerequisite is checked against: a packet's headers, or what a match pins down.
     */
    @FunctionalInterface
    interface Values {
        /**
         * The bits {@code mask} of a field, if they are known exactly.
         *
         * @param field the field
         * @param mask the bits wanted, within the field's width
         * @return their value, or {@code null} if some of them are not pinned (a match that wildcards them)
         */
        @Nullable BigInteger pinned(PacketField field, BigInteger mask);
    }

    /**
     * Whether the values satisfy this prerequisite.
     *
     * @param values a packet's or a match's values
     * @return whether the field exists for them
     */
    boolean isMetBy(final Values values) {
        return switch (this) {
            case NONE -> true;
            case VLAN -> VLAN_PRESENT.equals(values.pinned(PacketField.VLAN_VID, VLAN_PRESENT));
            case IP_ANY -> ethTypeIs(values, ETH_TYPE_IPV4, ETH_TYPE_IPV6);
            case IPV4 -> ethTypeIs(values, ETH_TYPE_IPV4);
            case IPV6 -> ethTypeIs(values, ETH_TYPE_IPV6);
            case ARP -> ethTypeIs(values, ETH_TYPE_ARP, ETH_TYPE_RARP);
            case TCP -> IP_ANY.isMetBy(values) && protoIs(values, PROTO_TCP);
            case UDP -> IP_ANY.isMetBy(values) && protoIs(values, PROTO_UDP);
            case SCTP -> IP_ANY.isMetBy(values) && protoIs(values, PROTO_SCTP);
            case ICMPV4 -> IPV4.isMetBy(values) && protoIs(values, PROTO_ICMP);
            case ICMPV6 -> IPV6.isMetBy(values) && protoIs(values, PROTO_ICMPV6);
            case ND -> ICMPV6.isMetBy(values)
                && is(values, PacketField.ICMPV6_TYPE, ND_NEIGHBOR_SOLICIT, ND_NEIGHBOR_ADVERT);
            case ND_SOLICIT -> ICMPV6.isMetBy(values) && is(values, PacketField.ICMPV6_TYPE, ND_NEIGHBOR_SOLICIT);
            case ND_ADVERT -> ICMPV6.isMetBy(values) && is(values, PacketField.ICMPV6_TYPE, ND_NEIGHBOR_ADVERT);
            case MPLS -> ethTypeIs(values, ETH_TYPE_MPLS, ETH_TYPE_MPLS_MCAST);
            case PBB -> ethTypeIs(values, ETH_TYPE_PBB);
            case NSH -> ethTypeIs(values, ETH_TYPE_NSH);
        };
    }

    private static boolean ethTypeIs(final Values values, final int... ethTypes) {
        return is(values, PacketField.ETH_TYPE, ethTypes);
    }

    private static boolean protoIs(final Values values, final int proto) {
        return is(values, PacketField.IP_PROTO, proto);
    }

    private static boolean is(final Values values, final PacketField field, final int... allowed) {
        final BigInteger value = values.pinned(field, field.mask());
        if (value == null) {
            return false;
        }
        for (int candidate : allowed) {
            if (value.intValue() == candidate) {
                return true;
            }
        }
        return false;
    }
}
