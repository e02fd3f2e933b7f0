/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.api;

import java.util.Optional;

/**
 * The overlay encapsulations TunnelMesh builds, a closed set: code that depends on the encapsulation switches over
 * this enum exhaustively and never matches strings.
 *
 * <p>Each encapsulation carries the network's segment in a header field of a fixed width:
 * <pre>
 *   VXLAN      RFC 7348 section 5     VNI           24 bits
 *   Geneve     RFC 8926 section 3.4   VNI           24 bits
 *   GRE        RFC 2890 section 2.1   Key           32 bits
 *   STT        draft-davie-stt-08 3.1 Context ID    64 bits
 *   VXLAN-GPE  draft-ietf-nvo3-vxlan-gpe section 3  VNI 24 bits
 * </pre>
 * Segment ID 0 is refused for every encapsulation: Open vSwitch flow-based tunnels ({@code options:key=flow}) read
 * a packet received without a key as {@code tun_id=0}, so segment 0 cannot be told apart from "no segment".
 */
public enum Encapsulation {
    /** VXLAN, 24-bit VNI. */
    VXLAN("vxlan", 24),
    /** Geneve, 24-bit VNI. */
    GENEVE("geneve", 24),
    /** GRE, 32-bit key. */
    GRE("gre", 32),
    /** STT, 64-bit context ID (legacy). */
    STT("stt", 64),
    /** VXLAN-GPE, 24-bit VNI; carries NSH between service function forwarders. */
    VXLAN_GPE("vxlan-gpe", 24);

    private final String yangName;
    private final int segmentBits;

    Encapsulation(final String yangName, final int segmentBits) {
        this.yangName = yangName;
        this.segmentBits = segmentBits;
    }

    /**
     * The name of the YANG identity of this encapsulation in module {@code tunnelmesh}.
     *
     * @return the identity name, such as {@code vxlan-gpe}
     */
    public String yangName() {
        return yangName;
    }

    /**
     * Width of the segment identifier field on the wire.
     *
     * @return the number of bits, 24, 32 or 64
     */
    public int segmentBits() {
        return segmentBits;
    }

    /**
     * The largest segment ID this encapsulation can carry, as an unsigned 64-bit value.
     *
     * @return {@code 2^segmentBits - 1}, unsigned
     */
    public long maxSegmentId() {
        return segmentBits == Long.SIZE ? -1L : (1L << segmentBits) - 1;
    }

    /**
     * Whether an unsigned 64-bit segment ID can be used by a network of this encapsulation.
     *
     * @param segmentId the segment ID, read as unsigned
     * @return true when {@code 1 <= segmentId <= maxSegmentId()}
     */
    public boolean isValidSegmentId(final long segmentId) {
        return segmentId != 0 && Long.compareUnsigned(segmentId, maxSegmentId()) <= 0;
    }

    /**
     * The encapsulation of a YANG identity name.
     *
     * @param name an identity name such as {@code geneve}
     * @return the encapsulation, or empty when the name is not one of ours
     */
    public static Optional<Encapsulation> ofYangName(final String name) {
        for (var encapsulation : values()) {
            if (encapsulation.yangName.equals(name)) {
                return Optional.of(encapsulation);
            }
        }
        return Optional.empty();
    }
}
