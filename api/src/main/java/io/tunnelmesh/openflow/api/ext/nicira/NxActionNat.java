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
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code NXAST_NAT} (Nicira subtype 36, a multiple of 8 bytes, at least 16;
 * {@code nat(src=a-b:p-q,persistent,hash|random)} in {@code ovs-actions(7)}): network address translation, valid only
 * inside {@link NxActionCt}. Which range fields follow the header is said by {@code range_present}; each is present
 * here exactly when it is non-null or nonzero, because Open vSwitch rejects a present field whose value is zero.
 * <pre>
 *   | 0xffff (16) | len (16) | 0x00002320 (32) | subtype = 36 (16) | pad (16) | flags (16) | range_present (16) |
 *   | [ipv4_min (32)] [ipv4_max (32)] [ipv6_min (128)] [ipv6_max (128)] [proto_min (16)] [proto_max (16)] |
 *   | zero pad to 8 bytes |
 * </pre>
 * Open vSwitch answers {@code OFPBAC_BAD_ARGUMENT} for unknown or contradictory flags ({@code src} with {@code dst},
 * {@code hash} with {@code random}), for a range field that is missing, zero, below its minimum or of the other
 * address family, and for a port range without an address range. We also refuse unknown {@code range_present} bits,
 * which Open vSwitch ignores and would not re-encode.
 *
 * @param flags {@link #SRC}, {@link #DST}, {@link #PERSISTENT}, {@link #PROTO_HASH}, {@link #PROTO_RANDOM}
 * @param minAddress the first address of the range, IPv4 or IPv6; null for none
 * @param maxAddress the last address, same family, not below {@code minAddress}; null for none
 * @param minPort the first port, 0 for none
 * @param maxPort the last port, 0 for none
 */
public record NxActionNat(int flags, @Nullable InetAddress minAddress, @Nullable InetAddress maxAddress,
        int minPort, int maxPort) implements OfActionExtension {
    /** The Nicira subtype. */
    public static final int SUBTYPE = 36;
    /** {@code NX_NAT_F_SRC}: source NAT. */
    public static final int SRC = 1;
    /** {@code NX_NAT_F_DST}: destination NAT. */
    public static final int DST = 2;
    /** {@code NX_NAT_F_PERSISTENT}: keep the mapping across restarts of the tracker. */
    public static final int PERSISTENT = 4;
    /** {@code NX_NAT_F_PROTO_HASH}: pick the port by hash. */
    public static final int PROTO_HASH = 8;
    /** {@code NX_NAT_F_PROTO_RANDOM}: pick the port at random. */
    public static final int PROTO_RANDOM = 16;
    /** {@code NX_NAT_F_MASK}: every defined flag. */
    public static final int FLAGS_MASK = 0x1f;

    /**
     * Checks the flags and the ranges as Open vSwitch's {@code decode_NXAST_RAW_NAT} does.
     *
     * @throws IllegalArgumentException if they are inconsistent
     */
    public NxActionNat {
        check(flags, minAddress, maxAddress, minPort, maxPort);
    }

    /**
     * {@code nat} without arguments: apply the NAT the connection already has.
     *
     * @return the action
     */
    public static NxActionNat existing() {
        return new NxActionNat(0, null, null, 0, 0);
    }

    // A separate method: SpotBugs takes a null check inside a compact constructor for a store of null into a
    // non-null field, although the components are @Nullable.
    private static void check(final int flags, final @Nullable InetAddress minAddress,
            final @Nullable InetAddress maxAddress, final int minPort, final int maxPort) {
        OfUnsigned.check("flags", flags, 16);
        if ((flags & ~FLAGS_MASK) != 0 || (flags & (SRC | DST)) == (SRC | DST)
                || (flags & (PROTO_HASH | PROTO_RANDOM)) == (PROTO_HASH | PROTO_RANDOM)) {
            throw new IllegalArgumentException("invalid NAT flags 0x" + Integer.toHexString(flags));
        }
        OfUnsigned.check("proto_min", minPort, 16);
        OfUnsigned.check("proto_max", maxPort, 16);
        if (minAddress == null) {
            if (maxAddress != null || minPort != 0 || maxPort != 0) {
                throw new IllegalArgumentException("a NAT range needs a minimum address");
            }
        } else {
            if (isZero(minAddress)) {
                throw new IllegalArgumentException("the minimum NAT address is zero");
            }
            if (maxAddress != null && (maxAddress instanceof Inet4Address != minAddress instanceof Inet4Address
                    || Arrays.compareUnsigned(maxAddress.getAddress(), minAddress.getAddress()) < 0)) {
                throw new IllegalArgumentException("NAT address range " + minAddress + "-" + maxAddress
                    + " is not ordered within one family");
            }
            if (minPort == 0 && maxPort != 0 || maxPort != 0 && maxPort < minPort) {
                throw new IllegalArgumentException("NAT port range " + minPort + "-" + maxPort + " is invalid");
            }
        }
    }

    private static boolean isZero(final InetAddress address) {
        for (byte b : address.getAddress()) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
