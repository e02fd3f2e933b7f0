/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api;

import java.util.HexFormat;

/**
 * A 48-bit IEEE 802 MAC address, as carried by {@code OXM_OF_ETH_SRC}, {@code OXM_OF_ARP_SHA} or
 * {@code ofp_port.hw_addr}, held in the low 48 bits of a {@code long}.
 *
 * @param bits the address, most significant octet first, in the low 48 bits
 */
public record MacAddress(long bits) {
    /** The all-zero address. */
    public static final MacAddress ZERO = new MacAddress(0);
    /** The broadcast address {@code ff:ff:ff:ff:ff:ff}. */
    public static final MacAddress BROADCAST = new MacAddress(0xffff_ffff_ffffL);

    /** Length of a MAC address on the wire. */
    public static final int LENGTH = 6;

    /**
     * Checks the address fits in 48 bits.
     *
     * @throws IllegalArgumentException if bits above 47 are set
     */
    public MacAddress {
        if ((bits & ~0xffff_ffff_ffffL) != 0) {
            throw new IllegalArgumentException("MAC address wider than 48 bits: " + Long.toHexString(bits));
        }
    }

    /**
     * Parses the colon notation, such as {@code fa:16:3e:00:00:01}.
     *
     * @param text six colon-separated hexadecimal octets
     * @return the address
     * @throws IllegalArgumentException if {@code text} is not in that notation
     */
    public static MacAddress of(final String text) {
        final var parts = text.split(":", -1);
        if (parts.length != LENGTH) {
            throw new IllegalArgumentException("not a MAC address: " + text);
        }
        long bits = 0;
        for (var part : parts) {
            if (part.length() != 2) {
                throw new IllegalArgumentException("not a MAC address: " + text);
            }
            bits = bits << 8 | HexFormat.fromHexDigits(part);
        }
        return new MacAddress(bits);
    }

    @Override
    public String toString() {
        final var sb = new StringBuilder(17);
        for (int shift = 40; shift >= 0; shift -= 8) {
            if (shift != 40) {
                sb.append(':');
            }
            sb.append(HexFormat.of().toHexDigits((byte) (bits >>> shift)));
        }
        return sb.toString();
    }
}
