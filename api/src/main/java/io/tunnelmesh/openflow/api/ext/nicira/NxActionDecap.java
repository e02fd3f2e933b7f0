/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.ext.nicira;

import io.tunnelmesh.openflow.api.action.OfActionExtension;

/**
 * {@code NXAST_DECAP} (Nicira subtype 47, 16 bytes; {@code decap()} and {@code decap(packet_type(ns=..,type=..))}
 * in {@code ovs-actions(7)}): remove the outermost header; the packet's new type is {@code packetType}, or is taken
 * from the removed header's next-protocol field when it is {@link #USE_NEXT_PROTO}. Open vSwitch 3.1 supports no
 * properties and answers a longer action with {@code NXBAC_UNKNOWN_ED_PROP}.
 * <pre>
 *   | 0xffff (16) | len = 16 (16) | 0x00002320 (32) | subtype = 47 (16) | pad (16) | new_pkt_type (32) |
 * </pre>
 *
 * @param packetType the packet type (OpenFlow 1.5 section 7.2.3.11): namespace in the upper 16 bits (0 for
 *     Ethernet, 1 for an Ethertype), type in the lower 16
 */
public record NxActionDecap(int packetType) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 47;
    /** Packet type (0, 0xfffe): take the new type from the removed header's next protocol. */
    public static final int USE_NEXT_PROTO = 0x0000fffe;
}
