/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The packet field a raw NXM/OXM header names, as Nicira actions ({@code reg_load}, {@code reg_move},
 * {@code output_reg}) name the fields they read and write (Open vSwitch {@code ovs-fields(7)}, "NXM and OXM field
 * names"). The header's own length gives the width the action may address: {@code NXM_OF_IN_PORT} is the low 16
 * bits of the port, {@code NXM_OF_VLAN_TCI} the whole TCI.
 */
final class NxmHeaders {
    private static final int NXM_0 = 0x0000;
    private static final int NXM_1 = 0x0001;
    private static final int OPENFLOW_BASIC = 0x8000;
    private static final int PACKET_REGS = 0x8001;
    private static final int EXPERIMENTER = 0xffff;
    private static final int NSH_EXPERIMENTER = 0x005ad650;

    private static final Map<Long, PacketField> FIELDS = build();

    private NxmHeaders() {
        // Hidden on purpose
    }

    /**
     * The field a header names.
     *
     * @param ref the header
     * @return the field, or {@code null} if it is not modelled ({@code OFPBMC_BAD_FIELD})
     */
    static @Nullable PacketField fieldOf(final NxFieldRef ref) {
        return FIELDS.get(key(ref.oxmClass(), ref.field(), ref.experimenter()));
    }

    /**
     * How many bits of the field the header addresses: its own width, at most the field's.
     *
     * @param ref the header
     * @param field the field it names
     * @return the width in bits
     */
    static int widthOf(final NxFieldRef ref, final PacketField field) {
        return Math.min(ref.width(), field.width());
    }

    private static long key(final int oxmClass, final int field, final int experimenter) {
        return (long) oxmClass << 40 | (long) field << 32 | Integer.toUnsignedLong(experimenter);
    }

    private static Map<Long, PacketField> build() {
        final var map = new HashMap<Long, PacketField>();
        final PacketField[] nxm0 = {PacketField.IN_PORT, PacketField.ETH_DST, PacketField.ETH_SRC,
            PacketField.ETH_TYPE, PacketField.VLAN_TCI, null, PacketField.IP_PROTO, PacketField.IPV4_SRC,
            PacketField.IPV4_DST, PacketField.TCP_SRC, PacketField.TCP_DST, PacketField.UDP_SRC,
            PacketField.UDP_DST, PacketField.ICMPV4_TYPE, PacketField.ICMPV4_CODE, PacketField.ARP_OP,
            PacketField.ARP_SPA, PacketField.ARP_TPA};
        for (int field = 0; field < nxm0.length; field++) {
            if (nxm0[field] != null) {
                map.put(key(NXM_0, field, 0), nxm0[field]);
            }
        }
        for (int index = 0; index < 16; index++) {
            map.put(key(NXM_1, index, 0), PacketField.reg(index));
        }
        map.put(key(NXM_1, 16, 0), PacketField.TUN_ID);
        map.put(key(NXM_1, 17, 0), PacketField.ARP_SHA);
        map.put(key(NXM_1, 18, 0), PacketField.ARP_THA);
        map.put(key(NXM_1, 19, 0), PacketField.IPV6_SRC);
        map.put(key(NXM_1, 20, 0), PacketField.IPV6_DST);
        map.put(key(NXM_1, 21, 0), PacketField.ICMPV6_TYPE);
        map.put(key(NXM_1, 22, 0), PacketField.ICMPV6_CODE);
        map.put(key(NXM_1, 23, 0), PacketField.IPV6_ND_TARGET);
        map.put(key(NXM_1, 24, 0), PacketField.IPV6_ND_SLL);
        map.put(key(NXM_1, 25, 0), PacketField.IPV6_ND_TLL);
        map.put(key(NXM_1, 27, 0), PacketField.IPV6_FLABEL);
        map.put(key(NXM_1, 28, 0), PacketField.IP_ECN);
        map.put(key(NXM_1, 29, 0), PacketField.IP_TTL);
        map.put(key(NXM_1, 31, 0), PacketField.TUN_IPV4_SRC);
        map.put(key(NXM_1, 32, 0), PacketField.TUN_IPV4_DST);
        map.put(key(NXM_1, 104, 0), PacketField.TUN_FLAGS);
        map.put(key(NXM_1, 105, 0), PacketField.CT_STATE);
        map.put(key(NXM_1, 106, 0), PacketField.CT_ZONE);
        map.put(key(NXM_1, 107, 0), PacketField.CT_MARK);
        map.put(key(NXM_1, 108, 0), PacketField.CT_LABEL);
        map.put(key(NXM_1, 109, 0), PacketField.TUN_IPV6_SRC);
        map.put(key(NXM_1, 110, 0), PacketField.TUN_IPV6_DST);
        final PacketField[] basic = {PacketField.IN_PORT, null, PacketField.METADATA, PacketField.ETH_DST,
            PacketField.ETH_SRC, PacketField.ETH_TYPE, PacketField.VLAN_VID, PacketField.VLAN_PCP,
            PacketField.IP_DSCP, PacketField.IP_ECN, PacketField.IP_PROTO, PacketField.IPV4_SRC,
            PacketField.IPV4_DST, PacketField.TCP_SRC, PacketField.TCP_DST, PacketField.UDP_SRC,
            PacketField.UDP_DST, PacketField.SCTP_SRC, PacketField.SCTP_DST, PacketField.ICMPV4_TYPE,
            PacketField.ICMPV4_CODE, PacketField.ARP_OP, PacketField.ARP_SPA, PacketField.ARP_TPA,
            PacketField.ARP_SHA, PacketField.ARP_THA, PacketField.IPV6_SRC, PacketField.IPV6_DST,
            PacketField.IPV6_FLABEL, PacketField.ICMPV6_TYPE, PacketField.ICMPV6_CODE, PacketField.IPV6_ND_TARGET,
            PacketField.IPV6_ND_SLL, PacketField.IPV6_ND_TLL, PacketField.MPLS_LABEL, PacketField.MPLS_TC,
            PacketField.MPLS_BOS, PacketField.PBB_ISID, PacketField.TUN_ID, PacketField.IPV6_EXTHDR};
        for (int field = 0; field < basic.length; field++) {
            if (basic[field] != null) {
                map.put(key(OPENFLOW_BASIC, field, 0), basic[field]);
            }
        }
        map.put(key(OPENFLOW_BASIC, 44, 0), PacketField.PACKET_TYPE);
        for (int index = 0; index < 8; index++) {
            map.put(key(PACKET_REGS, index, 0), PacketField.xreg(index));
        }
        final PacketField[] nsh = {null, PacketField.NSH_FLAGS, PacketField.NSH_MDTYPE, PacketField.NSH_NP,
            PacketField.NSH_SPI, PacketField.NSH_SI, PacketField.NSH_C1, PacketField.NSH_C2, PacketField.NSH_C3,
            PacketField.NSH_C4, PacketField.NSH_TTL};
        for (int field = 1; field < nsh.length; field++) {
            map.put(key(EXPERIMENTER, field, NSH_EXPERIMENTER), nsh[field]);
        }
        return Map.copyOf(map);
    }
}
