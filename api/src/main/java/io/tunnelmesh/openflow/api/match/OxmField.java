/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.match;

/**
 * One OXM TLV of a match or a set-field action (OpenFlow 1.3.5 section 7.2.3.2).
 * <pre>
 *    0                   1                   2                   3
 *    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *   |          oxm_class          |  oxm_field  |M|   oxm_length    |
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *   |  value (oxm_length bytes, or half of them followed by the mask when M is set) ...
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * The records of class {@code OFPXMC_OPENFLOW_BASIC} (0x8000) model the fields TunnelMesh matches on; any other
 * field, of any class, decodes into {@link OxmUnknown}.
 */
public sealed interface OxmField permits OxmInPort, OxmMetadata, OxmEthDst, OxmEthSrc, OxmEthType, OxmVlanVid,
        OxmIpProto, OxmIpv4Src, OxmIpv4Dst, OxmTcpSrc, OxmTcpDst, OxmUdpSrc, OxmUdpDst, OxmArpOp, OxmArpSpa, OxmArpTpa,
        OxmArpSha, OxmArpTha, OxmIpv6Src, OxmIpv6Dst, OxmTunnelId, OxmUnknown, OxmExtensionField,
        OxmInPhyPort, OxmVlanPcp, OxmIpDscp, OxmIpEcn, OxmSctpSrc, OxmSctpDst, OxmIcmpv4Type, OxmIcmpv4Code,
        OxmIpv6Flabel, OxmIcmpv6Type, OxmIcmpv6Code, OxmIpv6NdTarget, OxmIpv6NdSll, OxmIpv6NdTll, OxmMplsLabel,
        OxmMplsTc, OxmMplsBos, OxmPbbIsid, OxmIpv6Exthdr {
    // Sealed: one record per modelled field.
}
