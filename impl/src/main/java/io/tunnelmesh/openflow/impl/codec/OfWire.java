/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.netty.buffer.ByteBuf;
import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.codec.OfCodecException;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The wire primitives OpenFlow structures are made of: 64-bit alignment padding, back-patched 16-bit lengths, MAC
 * and IP addresses, opaque byte runs. Shared by the codecs of every version.
 */
public final class OfWire {
    /**
     * Whether this JDK's {@code Inet4Address.hashCode()} is the address as a big-endian int, as every OpenJDK's
     * is: then an IPv4 address is written without the copy {@code getAddress()} makes. The specification does not
     * promise it, so it is checked once on addresses that exercise every byte and the sign bit.
     */
    private static final boolean IPV4_HASH_IS_ADDRESS = ipv4HashIsAddress();

    private OfWire() {
        // Hidden on purpose
    }

    /**
     * Bytes of padding that bring a length to the next multiple of 8, as OpenFlow 1.3.5 section 7.2.2 pads matches
     * and section 7.2.5 pads actions.
     *
     * @param length a length in bytes
     * @return 0 to 7
     */
    public static int padding(final int length) {
        return -length & 7;
    }

    /**
     * Two 32-bit words as one 64-bit write, the first one first on the wire: every buffer write costs its bound and
     * reference-count checks, so the encoders' hot paths pack adjacent fixed fields.
     *
     * @param high the word that goes first
     * @param low the word that goes second
     * @return both, big-endian
     */
    public static long pack(final int high, final int low) {
        return (long) high << 32 | low & 0xffff_ffffL;
    }

    /**
     * Writes zero padding up to the next multiple of 8 bytes counted from {@code start}.
     *
     * @param out the buffer
     * @param start where the padded structure starts
     */
    public static void pad(final ByteBuf out, final int start) {
        final int padding = padding(out.writerIndex() - start);
        // most structures come out aligned: skip the buffer's checks then
        if (padding != 0) {
            out.writeZero(padding);
        }
    }

    /**
     * Writes the length of a structure into its 16-bit length field, once the structure is complete.
     *
     * @param out the buffer
     * @param start where the structure starts
     * @param fieldOffset offset of the length field from {@code start}
     * @param length the length to write
     * @param lengthError the error to raise if the length does not fit, the structure's {@code *_BAD_LEN}
     * @throws OfCodecException {@code lengthError} if the length does not fit in 16 bits
     */
    public static void patchLength(final ByteBuf out, final int start, final int fieldOffset, final int length,
            final OfErrorCode lengthError) {
        if (length > 0xffff) {
            throw new OfCodecException(lengthError, "length " + length + " > 65535");
        }
        out.setShort(start + fieldOffset, length);
    }

    /**
     * Reads the rest of a buffer as opaque bytes.
     *
     * @param in the buffer
     * @return its readable bytes, which are consumed
     */
    public static OfBytes readRest(final ByteBuf in) {
        return readBytes(in, in.readableBytes());
    }

    /**
     * Reads opaque bytes.
     *
     * @param in the buffer
     * @param length how many bytes
     * @return the bytes, which are consumed
     */
    public static OfBytes readBytes(final ByteBuf in, final int length) {
        return OfBytes.readFrom(in, length);
    }

    /**
     * Writes opaque bytes.
     *
     * @param out the buffer
     * @param bytes the bytes
     */
    public static void writeBytes(final ByteBuf out, final OfBytes bytes) {
        bytes.writeTo(out);
    }

    /**
     * Reads a 48-bit MAC address.
     *
     * @param in the buffer
     * @return the address
     */
    public static MacAddress readMac(final ByteBuf in) {
        return new MacAddress((long) in.readUnsignedShort() << 32 | in.readUnsignedInt());
    }

    /**
     * Writes a 48-bit MAC address.
     *
     * @param out the buffer
     * @param mac the address
     */
    public static void writeMac(final ByteBuf out, final MacAddress mac) {
        out.writeShort((int) (mac.bits() >>> 32));
        out.writeInt((int) mac.bits());
    }

    /**
     * Writes a 48-bit MAC address into a scratch writer.
     *
     * @param out the scratch writer
     * @param mac the address
     */
    public static void writeMac(final ScratchWriter out, final MacAddress mac) {
        out.writeShort((int) (mac.bits() >>> 32)).writeInt((int) mac.bits());
    }

    /**
     * Reads an IPv4 address.
     *
     * @param in the buffer
     * @return the address
     */
    public static Inet4Address readIpv4(final ByteBuf in) {
        return (Inet4Address) address(in, 4);
    }

    /**
     * Reads an IPv6 address.
     *
     * @param in the buffer
     * @return the address
     */
    public static Inet6Address readIpv6(final ByteBuf in) {
        // getByAddress returns an Inet4Address for IPv4-mapped addresses; build the IPv6 form explicitly
        final var bytes = new byte[16];
        in.readBytes(bytes);
        try {
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are always an IPv6 address", e);
        }
    }

    /**
     * Writes an IPv4 or IPv6 address.
     *
     * @param out the buffer
     * @param address the address
     */
    public static void writeAddress(final ByteBuf out, final InetAddress address) {
        if (IPV4_HASH_IS_ADDRESS && address instanceof Inet4Address) {
            // no byte[] copy per field: see IPV4_HASH_IS_ADDRESS
            out.writeInt(address.hashCode());
        } else {
            out.writeBytes(address.getAddress());
        }
    }

    /**
     * Writes an IPv4 or IPv6 address into a scratch writer.
     *
     * @param out the scratch writer
     * @param address the address
     */
    public static void writeAddress(final ScratchWriter out, final InetAddress address) {
        if (IPV4_HASH_IS_ADDRESS && address instanceof Inet4Address) {
            out.writeInt(address.hashCode());
        } else {
            out.writeBytes(address.getAddress());
        }
    }

    private static boolean ipv4HashIsAddress() {
        final int[] samples = { 0, 0xffffffff, 0xc0000202, 0x0a010203, 0x7f000001, 0x80000000, 0x00ff00ff };
        for (int sample : samples) {
            final byte[] bytes = { (byte) (sample >>> 24), (byte) (sample >>> 16), (byte) (sample >>> 8),
                (byte) sample };
            try {
                if (InetAddress.getByAddress(bytes).hashCode() != sample) {
                    return false;
                }
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress address(final ByteBuf in, final int length) {
        final var bytes = new byte[length];
        in.readBytes(bytes);
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }
}
