/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.v10;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfUnsigned;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;

/**
 * The fixed 40-byte match of OpenFlow 1.0 (OpenFlow 1.0.0 section 5.2.3, {@code ofp_match}): twelve header fields
 * and a wildcard word saying which of them to ignore. The IPv4 addresses are wildcarded by prefix: bits 8-13
 * ({@code OFPFW_NW_SRC}) and 14-19 ({@code OFPFW_NW_DST}) count the low address bits to ignore, any count of 32 or
 * more ignoring the whole address.
 * <pre>
 *   +-------------------------------+---------------+-------------------------------+
 *   | wildcards (32)                                | in_port (16)                  |
 *   +-----------------------------------------------+-------------------------------+
 *   | dl_src (48)                                   | dl_dst (48) ...               |
 *   +-----------------------------------------------+-------------------------------+
 *   | ... dl_dst                                    | dl_vlan (16)                  |
 *   +---------------+---------------+---------------+-------------------------------+
 *   | dl_vlan_pcp(8)| pad (8)       | dl_type (16)  | nw_tos (8)    | nw_proto (8)  |
 *   +---------------+---------------+---------------+---------------+---------------+
 *   | pad (16)                      | nw_src (32)                                   |
 *   +-------------------------------+-----------------------------------------------+
 *   | nw_dst (32)                   | tp_src (16)           | tp_dst (16)           |
 *   +-------------------------------+-----------------------+-----------------------+
 * </pre>
 * The record keeps the wildcard word and every field as sent, wildcarded or not, so a match re-encodes byte for
 * byte; {@link #builder()} writes the canonical form Open vSwitch sends (ignored fields zero, ignored addresses
 * with a count of 32).
 *
 * @param wildcards the {@code ofp_flow_wildcards} word, as sent
 * @param inPort the input port
 * @param dlSrc the Ethernet source
 * @param dlDst the Ethernet destination
 * @param dlVlan the VLAN id, or 0xffff ({@link #VLAN_NONE}) for untagged packets
 * @param dlVlanPcp the VLAN priority, 3 bits used
 * @param dlType the Ethernet type
 * @param nwTos the IP ToS byte (DSCP in the high 6 bits)
 * @param nwProto the IP protocol, or the low byte of the ARP opcode
 * @param nwSrc the IP source (or ARP sender) address
 * @param nwDst the IP destination (or ARP target) address
 * @param tpSrc the TCP/UDP source port, or the ICMP type
 * @param tpDst the TCP/UDP destination port, or the ICMP code
 */
public record Of10Match(int wildcards, int inPort, MacAddress dlSrc, MacAddress dlDst, int dlVlan, int dlVlanPcp,
        int dlType, int nwTos, int nwProto, Inet4Address nwSrc, Inet4Address nwDst, int tpSrc, int tpDst) {
    /** Size of {@code ofp_match} on the wire. */
    public static final int LENGTH = 40;
    /** {@code OFPFW_IN_PORT}. */
    public static final int OFPFW_IN_PORT = 1 << 0;
    /** {@code OFPFW_DL_VLAN}. */
    public static final int OFPFW_DL_VLAN = 1 << 1;
    /** {@code OFPFW_DL_SRC}. */
    public static final int OFPFW_DL_SRC = 1 << 2;
    /** {@code OFPFW_DL_DST}. */
    public static final int OFPFW_DL_DST = 1 << 3;
    /** {@code OFPFW_DL_TYPE}. */
    public static final int OFPFW_DL_TYPE = 1 << 4;
    /** {@code OFPFW_NW_PROTO}. */
    public static final int OFPFW_NW_PROTO = 1 << 5;
    /** {@code OFPFW_TP_SRC}. */
    public static final int OFPFW_TP_SRC = 1 << 6;
    /** {@code OFPFW_TP_DST}. */
    public static final int OFPFW_TP_DST = 1 << 7;
    /** {@code OFPFW_NW_SRC_SHIFT}: where the count of ignored source address bits starts. */
    public static final int OFPFW_NW_SRC_SHIFT = 8;
    /** {@code OFPFW_NW_SRC_MASK}: the six bits of that count. */
    public static final int OFPFW_NW_SRC_MASK = 0x3f << OFPFW_NW_SRC_SHIFT;
    /** {@code OFPFW_NW_DST_SHIFT}: where the count of ignored destination address bits starts. */
    public static final int OFPFW_NW_DST_SHIFT = 14;
    /** {@code OFPFW_NW_DST_MASK}: the six bits of that count. */
    public static final int OFPFW_NW_DST_MASK = 0x3f << OFPFW_NW_DST_SHIFT;
    /** {@code OFPFW_DL_VLAN_PCP}. */
    public static final int OFPFW_DL_VLAN_PCP = 1 << 20;
    /** {@code OFPFW_NW_TOS}. */
    public static final int OFPFW_NW_TOS = 1 << 21;
    /** {@code OFPFW_ALL}: every bit the spec defines, as the spec writes "wildcard everything". */
    public static final int OFPFW_ALL = (1 << 22) - 1;
    /**
     * "Wildcard everything" as Open vSwitch writes it: every flag, and 32 (not 63) ignored bits of each address;
     * the wildcard word of {@link #ALL} and the start of every {@link #builder()}.
     */
    public static final int WILDCARD_ALL = OFPFW_IN_PORT | OFPFW_DL_VLAN | OFPFW_DL_SRC | OFPFW_DL_DST
        | OFPFW_DL_TYPE | OFPFW_NW_PROTO | OFPFW_TP_SRC | OFPFW_TP_DST | 32 << OFPFW_NW_SRC_SHIFT
        | 32 << OFPFW_NW_DST_SHIFT | OFPFW_DL_VLAN_PCP | OFPFW_NW_TOS;
    /** {@code OFP_VLAN_NONE}: {@code dl_vlan} of an untagged packet. */
    public static final int VLAN_NONE = 0xffff;
    /** The address 0.0.0.0, what ignored addresses hold. */
    public static final Inet4Address ANY_ADDRESS = ipv4(0);
    /** The match that matches every packet, as Open vSwitch sends it. */
    public static final Of10Match ALL = builder().build();

    /**
     * Checks every narrow field fits its width.
     *
     * @throws IllegalArgumentException if one does not
     */
    public Of10Match {
        OfUnsigned.check("in_port", inPort, 16);
        OfUnsigned.check("dl_vlan", dlVlan, 16);
        OfUnsigned.check("dl_vlan_pcp", dlVlanPcp, 8);
        OfUnsigned.check("dl_type", dlType, 16);
        OfUnsigned.check("nw_tos", nwTos, 8);
        OfUnsigned.check("nw_proto", nwProto, 8);
        OfUnsigned.check("tp_src", tpSrc, 16);
        OfUnsigned.check("tp_dst", tpDst, 16);
    }

    /**
     * A builder starting from "match everything", for example
     * {@code Of10Match.builder().inPort(1).dlType(0x0800).nwDst(addr, 24).build()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a field is ignored.
     *
     * @param flag one of the single-bit {@code OFPFW_*} flags, such as {@link #OFPFW_DL_TYPE}
     * @return true if the flag is set in {@link #wildcards()}
     */
    public boolean isWildcarded(final int flag) {
        return (wildcards & flag) != 0;
    }

    /**
     * The length of the IP source prefix that must match.
     *
     * @return 0 (any address) to 32 (exact)
     */
    public int nwSrcPrefix() {
        return prefix(OFPFW_NW_SRC_SHIFT);
    }

    /**
     * The length of the IP destination prefix that must match.
     *
     * @return 0 (any address) to 32 (exact)
     */
    public int nwDstPrefix() {
        return prefix(OFPFW_NW_DST_SHIFT);
    }

    private int prefix(final int shift) {
        final int ignored = wildcards >>> shift & 0x3f;
        return ignored >= 32 ? 0 : 32 - ignored;
    }

    /**
     * An IPv4 address from its 32 bits.
     *
     * @param bits the address, most significant octet first
     * @return the address
     */
    public static Inet4Address ipv4(final int bits) {
        try {
            return (Inet4Address) InetAddress.getByAddress(ByteBuffer.allocate(4).putInt(bits).array());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }

    private static int bits(final Inet4Address address) {
        return ByteBuffer.wrap(address.getAddress()).getInt();
    }

    /**
     * Builds a match field by field; each setter stops ignoring its field. Addresses given with a prefix are
     * stored with their host bits cleared, as Open vSwitch sends them.
     */
    public static final class Builder {
        private int wildcards = WILDCARD_ALL;
        private int inPort;
        private MacAddress dlSrc = MacAddress.ZERO;
        private MacAddress dlDst = MacAddress.ZERO;
        private int dlVlan;
        private int dlVlanPcp;
        private int dlType;
        private int nwTos;
        private int nwProto;
        private Inet4Address nwSrc = ANY_ADDRESS;
        private Inet4Address nwDst = ANY_ADDRESS;
        private int tpSrc;
        private int tpDst;

        private Builder() {
            // Use Of10Match.builder()
        }

        /**
         * Matches the input port.
         *
         * @param port the port
         * @return this builder
         */
        public Builder inPort(final int port) {
            inPort = port;
            wildcards &= ~OFPFW_IN_PORT;
            return this;
        }

        /**
         * Matches the Ethernet source.
         *
         * @param mac the address
         * @return this builder
         */
        public Builder dlSrc(final MacAddress mac) {
            dlSrc = mac;
            wildcards &= ~OFPFW_DL_SRC;
            return this;
        }

        /**
         * Matches the Ethernet destination.
         *
         * @param mac the address
         * @return this builder
         */
        public Builder dlDst(final MacAddress mac) {
            dlDst = mac;
            wildcards &= ~OFPFW_DL_DST;
            return this;
        }

        /**
         * Matches the VLAN id.
         *
         * @param vid the VLAN id, or {@link #VLAN_NONE} for untagged packets
         * @return this builder
         */
        public Builder dlVlan(final int vid) {
            dlVlan = vid;
            wildcards &= ~OFPFW_DL_VLAN;
            return this;
        }

        /**
         * Matches the VLAN priority.
         *
         * @param pcp the priority, 0 to 7
         * @return this builder
         */
        public Builder dlVlanPcp(final int pcp) {
            dlVlanPcp = pcp;
            wildcards &= ~OFPFW_DL_VLAN_PCP;
            return this;
        }

        /**
         * Matches the Ethernet type.
         *
         * @param type the type, such as 0x0800
         * @return this builder
         */
        public Builder dlType(final int type) {
            dlType = type;
            wildcards &= ~OFPFW_DL_TYPE;
            return this;
        }

        /**
         * Matches the IP ToS byte.
         *
         * @param tos the byte, DSCP in the high 6 bits
         * @return this builder
         */
        public Builder nwTos(final int tos) {
            nwTos = tos;
            wildcards &= ~OFPFW_NW_TOS;
            return this;
        }

        /**
         * Matches the IP protocol (or the ARP opcode's low byte).
         *
         * @param proto the protocol
         * @return this builder
         */
        public Builder nwProto(final int proto) {
            nwProto = proto;
            wildcards &= ~OFPFW_NW_PROTO;
            return this;
        }

        /**
         * Matches the IP source address exactly.
         *
         * @param address the address
         * @return this builder
         */
        public Builder nwSrc(final Inet4Address address) {
            return nwSrc(address, 32);
        }

        /**
         * Matches an IP source prefix.
         *
         * @param address the address; bits past the prefix are cleared
         * @param prefix the prefix length, 0 to 32
         * @return this builder
         * @throws IllegalArgumentException if the prefix is out of range
         */
        public Builder nwSrc(final Inet4Address address, final int prefix) {
            nwSrc = masked(address, prefix);
            wildcards = wildcards & ~OFPFW_NW_SRC_MASK | 32 - prefix << OFPFW_NW_SRC_SHIFT;
            return this;
        }

        /**
         * Matches the IP destination address exactly.
         *
         * @param address the address
         * @return this builder
         */
        public Builder nwDst(final Inet4Address address) {
            return nwDst(address, 32);
        }

        /**
         * Matches an IP destination prefix.
         *
         * @param address the address; bits past the prefix are cleared
         * @param prefix the prefix length, 0 to 32
         * @return this builder
         * @throws IllegalArgumentException if the prefix is out of range
         */
        public Builder nwDst(final Inet4Address address, final int prefix) {
            nwDst = masked(address, prefix);
            wildcards = wildcards & ~OFPFW_NW_DST_MASK | 32 - prefix << OFPFW_NW_DST_SHIFT;
            return this;
        }

        /**
         * Matches the TCP/UDP source port (or the ICMP type).
         *
         * @param port the port
         * @return this builder
         */
        public Builder tpSrc(final int port) {
            tpSrc = port;
            wildcards &= ~OFPFW_TP_SRC;
            return this;
        }

        /**
         * Matches the TCP/UDP destination port (or the ICMP code).
         *
         * @param port the port
         * @return this builder
         */
        public Builder tpDst(final int port) {
            tpDst = port;
            wildcards &= ~OFPFW_TP_DST;
            return this;
        }

        /**
         * The match.
         *
         * @return the match
         * @throws IllegalArgumentException if a field does not fit its width
         */
        public Of10Match build() {
            return new Of10Match(wildcards, inPort, dlSrc, dlDst, dlVlan, dlVlanPcp, dlType, nwTos, nwProto, nwSrc,
                nwDst, tpSrc, tpDst);
        }

        private static Inet4Address masked(final Inet4Address address, final int prefix) {
            if (prefix < 0 || prefix > 32) {
                throw new IllegalArgumentException("IPv4 prefix must be 0 to 32: " + prefix);
            }
            return ipv4(prefix == 0 ? 0 : bits(address) & -1 << 32 - prefix);
        }
    }
}
