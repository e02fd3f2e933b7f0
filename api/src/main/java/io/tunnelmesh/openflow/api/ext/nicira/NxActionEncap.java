/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.action.OfActionExtension;
import java.util.List;

/**
 * {@code NXAST_ENCAP} (Nicira subtype 46, a multiple of 8 bytes, at least 16; {@code encap(nsh(md_type=1))},
 * {@code encap(ethernet)}, {@code encap(mpls)} in {@code ovs-actions(7)}): push a new outer header; the packet's type
 * becomes {@code packetType}. Properties, each padded to 8 bytes, fill the rest of the action.
 * <pre>
 *   | 0xffff (16) | len (16) | 0x00002320 (32) | subtype = 46 (16) | hdr_size (16) | new_pkt_type (32) |
 *   | properties ... |
 * </pre>
 * Open vSwitch answers {@code NXBAC_BAD_HEADER_TYPE} for a packet type other than Ethernet, NSH, MPLS and MPLS
 * multicast, {@code OFPBAC_BAD_LEN} for a property that does not fit, {@code NXBAC_BAD_ED_PROP} for a malformed NSH
 * property and {@code NXBAC_UNKNOWN_ED_PROP} for other properties; we map the first and third to
 * {@code OFPBAC_BAD_ARGUMENT} and keep unknown properties opaque ({@link NxEncapProperty.Unknown}).
 *
 * @param headerSize the header size in bytes, 0 for unspecified
 * @param packetType the new packet type (namespace in the upper 16 bits), such as {@link #ETHERNET} or {@link #NSH}
 * @param properties the properties in order
 */
public record NxActionEncap(int headerSize, int packetType, List<NxEncapProperty> properties)
        implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 46;
    /** Packet type (0, 0): Ethernet. */
    public static final int ETHERNET = 0;
    /** Packet type (1, 0x894f): NSH. */
    public static final int NSH = 0x0001894f;
    /** Packet type (1, 0x8847): MPLS. */
    public static final int MPLS = 0x00018847;
    /** Packet type (1, 0x8848): MPLS multicast. */
    public static final int MPLS_MC = 0x00018848;

    /**
     * Checks the header size and copies the properties.
     *
     * @throws IllegalArgumentException if the header size is not 16 bits
     */
    public NxActionEncap {
        OfUnsigned.check("hdr_size", headerSize, 16);
        properties = List.copyOf(properties);
    }
}
