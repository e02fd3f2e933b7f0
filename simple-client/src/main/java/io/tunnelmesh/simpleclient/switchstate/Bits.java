/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Conversions between the api's typed values (addresses, byte strings) and the unsigned bit strings packets and
 * matches are compared in.
 */
final class Bits {
    private Bits() {
        // Hidden on purpose
    }

    static BigInteger ofInt(final int unsigned) {
        return BigInteger.valueOf(Integer.toUnsignedLong(unsigned));
    }

    static BigInteger of(final long unsigned) {
        return unsigned >= 0 ? BigInteger.valueOf(unsigned)
            : BigInteger.valueOf(unsigned & Long.MAX_VALUE).setBit(63);
    }

    static BigInteger of(final MacAddress mac) {
        return BigInteger.valueOf(mac.bits());
    }

    static BigInteger of(final InetAddress address) {
        return new BigInteger(1, address.getAddress());
    }

    static BigInteger of(final OfBytes bytes) {
        return new BigInteger(1, bytes.toByteArray());
    }

    static MacAddress mac(final BigInteger value) {
        return new MacAddress(value.longValue() & 0xffff_ffff_ffffL);
    }

    static Inet4Address ipv4(final BigInteger value) {
        return (Inet4Address) address(value, 4);
    }

    static Inet6Address ipv6(final BigInteger value) {
        final var address = address(value, 16);
        if (address instanceof Inet6Address ipv6) {
            return ipv6;
        }
        // InetAddress turns an IPv4-mapped address (::ffff:a.b.c.d) into an Inet4Address; build it explicitly
        try {
            return Inet6Address.getByAddress(null, bytes(value, 16), -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are an IPv6 address", e);
        }
    }

    private static InetAddress address(final BigInteger value, final int length) {
        try {
            return InetAddress.getByAddress(bytes(value, length));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(length + " bytes are an IP address", e);
        }
    }

    /**
     * The low {@code length} bytes of a value, big-endian.
     */
    static byte[] bytes(final BigInteger value, final int length) {
        final byte[] raw = value.toByteArray();
        final var out = new byte[length];
        final int copy = Math.min(length, raw.length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }
}
