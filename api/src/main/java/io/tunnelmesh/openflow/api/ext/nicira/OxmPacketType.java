/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.match.OxmExtensionField;

/**
 * {@code OXM_OF_PACKET_TYPE} (OpenFlow 1.5 section 7.2.3.11, class {@code OFPXMC_OPENFLOW_BASIC} field 44, 4 bytes, not
 * maskable; Open vSwitch accepts it in OpenFlow 1.3 as {@code packet_type}): the type of the packet's outermost
 * header, a namespace and a type within it. Namespace 0 is OpenFlow's own (type 0 is Ethernet); namespace 1 holds
 * Ethertypes, so {@code packet_type=(1,0x894f)} is a bare NSH packet.
 * <pre>
 *   | ns 16 | ns_type 16 |
 * </pre>
 *
 * @param namespace the namespace, 16 bits
 * @param nsType the type within the namespace, 16 bits
 */
public record OxmPacketType(int namespace, int nsType) implements OxmExtensionField {
    /** Namespace 0, type 0: Ethernet. */
    public static final OxmPacketType ETHERNET = new OxmPacketType(0, 0);
    /** The namespace of Ethertypes. */
    public static final int NS_ETHERTYPE = 1;

    /**
     * Checks the widths.
     *
     * @throws IllegalArgumentException if a part does not fit in 16 bits
     */
    public OxmPacketType {
        OfUnsigned.check("OXM_OF_PACKET_TYPE ns", namespace, 16);
        OfUnsigned.check("OXM_OF_PACKET_TYPE ns_type", nsType, 16);
    }

    /**
     * A packet whose outermost header has an Ethertype, such as 0x894f for NSH.
     *
     * @param ethertype the Ethertype
     * @return the field
     */
    public static OxmPacketType ofEthertype(final int ethertype) {
        return new OxmPacketType(NS_ETHERTYPE, ethertype);
    }
}
