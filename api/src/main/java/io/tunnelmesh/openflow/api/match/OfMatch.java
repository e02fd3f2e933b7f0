/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

import io.tunnelmesh.openflow.api.MacAddress;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.List;

/**
 * An OpenFlow 1.3 match of type {@code OFPMT_OXM} (OpenFlow 1.3.5 section 7.2.2, {@code ofp_match}): the OXM fields
 * in wire order. No fields matches every packet.
 * <pre>
 *   +-------------+-------------+------------------------------+----------------------+
 *   | type = 1    | length (16) | OXM fields, length - 4 bytes | zero pad to 8 bytes  |
 *   +-------------+-------------+------------------------------+----------------------+
 * </pre>
 * {@code length} counts type, length and the fields, not the padding.
 *
 * @param fields the fields, in wire order
 */
public record OfMatch(List<OxmField> fields) {
    /** The match-all match: no fields. */
    public static final OfMatch ALL = new OfMatch(List.of());

    /**
     * Copies the fields.
     */
    public OfMatch {
        fields = List.copyOf(fields);
    }

    /**
     * A match on the given fields.
     *
     * @param fields the fields, in wire order
     * @return the match
     */
    public static OfMatch of(final OxmField... fields) {
        return new OfMatch(List.of(fields));
    }

    /**
     * A builder for the common fields; fields keep the order they are added in.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a match field by field, for example
     * {@code OfMatch.builder().inPort(1).tunnelId(0x3e9).build()}.
     */
    public static final class Builder {
        private final List<OxmField> fields = new ArrayList<>();

        private Builder() {
            // Use OfMatch.builder()
        }

        /**
         * Adds any field.
         *
         * @param field the field
         * @return this builder
         */
        public Builder add(final OxmField field) {
            fields.add(field);
            return this;
        }

        /**
         * Adds {@code OXM_OF_IN_PORT}.
         *
         * @param port the ingress port
         * @return this builder
         */
        public Builder inPort(final int port) {
            return add(OxmInPort.of(port));
        }

        /**
         * Adds {@code OXM_OF_ETH_TYPE}.
         *
         * @param ethType the Ethernet type
         * @return this builder
         */
        public Builder ethType(final int ethType) {
            return add(OxmEthType.of(ethType));
        }

        /**
         * Adds {@code OXM_OF_ETH_SRC}.
         *
         * @param mac the source address
         * @return this builder
         */
        public Builder ethSrc(final MacAddress mac) {
            return add(OxmEthSrc.of(mac));
        }

        /**
         * Adds {@code OXM_OF_ETH_DST}.
         *
         * @param mac the destination address
         * @return this builder
         */
        public Builder ethDst(final MacAddress mac) {
            return add(OxmEthDst.of(mac));
        }

        /**
         * Adds {@code OXM_OF_IP_PROTO}.
         *
         * @param proto the IP protocol
         * @return this builder
         */
        public Builder ipProto(final int proto) {
            return add(OxmIpProto.of(proto));
        }

        /**
         * Adds {@code OXM_OF_IPV4_SRC}.
         *
         * @param address the source address
         * @return this builder
         */
        public Builder ipv4Src(final Inet4Address address) {
            return add(OxmIpv4Src.of(address));
        }

        /**
         * Adds {@code OXM_OF_IPV4_DST}.
         *
         * @param address the destination address
         * @return this builder
         */
        public Builder ipv4Dst(final Inet4Address address) {
            return add(OxmIpv4Dst.of(address));
        }

        /**
         * Adds {@code OXM_OF_METADATA} under a mask.
         *
         * @param metadata the metadata value
         * @param mask the bits that count
         * @return this builder
         */
        public Builder metadata(final long metadata, final long mask) {
            return add(OxmMetadata.masked(metadata, mask));
        }

        /**
         * Adds {@code OXM_OF_TUNNEL_ID}.
         *
         * @param tunnelId the tunnel id, such as a VXLAN VNI
         * @return this builder
         */
        public Builder tunnelId(final long tunnelId) {
            return add(OxmTunnelId.of(tunnelId));
        }

        /**
         * Adds {@code OXM_OF_VLAN_PCP}.
         *
         * @param pcp the priority code point, 0 to 7
         * @return this builder
         */
        public Builder vlanPcp(final int pcp) {
            return add(OxmVlanPcp.of(pcp));
        }

        /**
         * Adds {@code OXM_OF_IP_DSCP}.
         *
         * @param dscp the DSCP, 0 to 63
         * @return this builder
         */
        public Builder ipDscp(final int dscp) {
            return add(OxmIpDscp.of(dscp));
        }

        /**
         * Adds {@code OXM_OF_IP_ECN}.
         *
         * @param ecn the ECN bits, 0 to 3
         * @return this builder
         */
        public Builder ipEcn(final int ecn) {
            return add(OxmIpEcn.of(ecn));
        }

        /**
         * Adds {@code OXM_OF_ICMPV4_TYPE}.
         *
         * @param type the ICMP type
         * @return this builder
         */
        public Builder icmpv4Type(final int type) {
            return add(OxmIcmpv4Type.of(type));
        }

        /**
         * Adds {@code OXM_OF_ICMPV4_CODE}.
         *
         * @param code the ICMP code
         * @return this builder
         */
        public Builder icmpv4Code(final int code) {
            return add(OxmIcmpv4Code.of(code));
        }

        /**
         * Adds {@code OXM_OF_ICMPV6_TYPE}.
         *
         * @param type the ICMPv6 type
         * @return this builder
         */
        public Builder icmpv6Type(final int type) {
            return add(OxmIcmpv6Type.of(type));
        }

        /**
         * Adds {@code OXM_OF_ICMPV6_CODE}.
         *
         * @param code the ICMPv6 code
         * @return this builder
         */
        public Builder icmpv6Code(final int code) {
            return add(OxmIcmpv6Code.of(code));
        }

        /**
         * Adds {@code OXM_OF_IPV6_ND_TARGET}.
         *
         * @param target the neighbor discovery target address
         * @return this builder
         */
        public Builder ipv6NdTarget(final Inet6Address target) {
            return add(OxmIpv6NdTarget.of(target));
        }

        /**
         * Adds {@code OXM_OF_MPLS_LABEL}.
         *
         * @param label the 20-bit label
         * @return this builder
         */
        public Builder mplsLabel(final int label) {
            return add(OxmMplsLabel.of(label));
        }

        /**
         * Adds {@code OXM_OF_MPLS_TC}.
         *
         * @param tc the traffic class, 0 to 7
         * @return this builder
         */
        public Builder mplsTc(final int tc) {
            return add(OxmMplsTc.of(tc));
        }

        /**
         * Adds {@code OXM_OF_MPLS_BOS}.
         *
         * @param bos the bottom-of-stack bit, 0 or 1
         * @return this builder
         */
        public Builder mplsBos(final int bos) {
            return add(OxmMplsBos.of(bos));
        }

        /**
         * The match.
         *
         * @return the match holding the fields added so far
         */
        public OfMatch build() {
            return new OfMatch(fields);
        }
    }
}
