/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.match.OxmField;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.Arrays;
import java.util.StringJoiner;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A packet as the pipeline sees it: its ingress port, headers and metadata (tunnel fields, registers,
 * {@code metadata}), each a {@link PacketField}, plus its length in bytes for the counters. Immutable: every
 * change gives a new packet. A field never set is 0, as in Open vSwitch's {@code ofproto/trace} flows; so an
 * untagged packet has {@code VLAN_VID} 0 and a packet with {@code ETH_TYPE} 0 has no IP header at all.
 * <pre>{@code
 * Packet.builder().inPort(1).ethDst(MacAddress.of("00:00:00:00:00:02")).ethType(0x0800)
 *     .ipv4Dst(address).ipProto(6).tpDst(80).build();
 * }</pre>
 */
public final class Packet {
    /** The length used when none is given: a minimum Ethernet frame. */
    public static final int DEFAULT_LENGTH = 64;

    private static final PacketSlot[] SLOTS = PacketSlot.values();
    private static final BigInteger[] ZEROS = new BigInteger[SLOTS.length];
    private static final int VLAN_HEADER_LENGTH = 4;

    static {
        Arrays.fill(ZEROS, BigInteger.ZERO);
    }

    private final BigInteger[] slots;
    private final int length;

    private Packet(final BigInteger[] slots, final int length) {
        this.slots = slots;
        this.length = length;
    }

    /**
     * A builder starting from an empty packet (every field 0) of {@value #DEFAULT_LENGTH} bytes.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder(ZEROS.clone(), DEFAULT_LENGTH);
    }

    /**
     * A builder starting from this packet.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(slots.clone(), length);
    }

    /**
     * A field's value.
     *
     * @param field the field
     * @return its value, unsigned, 0 if never set
     */
    public BigInteger get(final PacketField field) {
        return field.fromSlot(slots[field.slot().ordinal()]);
    }

    /**
     * A field's value as a {@code long}, for fields of up to 64 bits.
     *
     * @param field the field
     * @return its value; the low 64 bits for wider fields
     */
    public long longValue(final PacketField field) {
        return get(field).longValue();
    }

    /**
     * The packet with a field changed.
     *
     * @param field the field
     * @param value the new value, bits beyond the field's width ignored
     * @return the changed packet
     */
    public Packet with(final PacketField field, final BigInteger value) {
        return withMasked(field, value, field.mask());
    }

    /**
     * The packet with some bits of a field changed.
     *
     * @param field the field
     * @param value the new bits
     * @param mask which bits of the field to change
     * @return the changed packet
     */
    public Packet withMasked(final PacketField field, final BigInteger value, final BigInteger mask) {
        final int index = field.slot().ordinal();
        final BigInteger slotMask = field.toSlot(mask);
        final BigInteger updated = slots[index].andNot(slotMask).or(field.toSlot(value).and(slotMask));
        if (updated.equals(slots[index])) {
            return this;
        }
        final BigInteger[] copy = slots.clone();
        copy[index] = updated;
        return new Packet(copy, length);
    }

    /**
     * The packet's length in bytes, counted by the flows, groups and meters it passes.
     *
     * @return the length
     */
    public int length() {
        return length;
    }

    /**
     * Whether the packet has the field: its prerequisites hold ({@code IPV4_SRC} needs {@code ETH_TYPE} 0x0800).
     *
     * @param field the field
     * @return whether it exists in this packet
     */
    public boolean has(final PacketField field) {
        return field.prerequisite().isMetBy(this::pinned);
    }

    BigInteger slot(final PacketSlot slot) {
        return slots[slot.ordinal()];
    }

    @Nullable BigInteger pinned(final PacketField field, final BigInteger mask) {
        return get(field).and(mask);
    }

    /**
     * Whether the packet carries a VLAN tag.
     *
     * @return whether {@code OFPVID_PRESENT} is set
     */
    public boolean isVlanTagged() {
        return get(PacketField.VLAN_VID).testBit(12);
    }

    /**
     * The packet with a VLAN tag pushed: VLAN id 0, priority 0, 4 bytes longer. Only one tag is modelled.
     *
     * @return the tagged packet
     * @throws IllegalStateException if the packet is already tagged
     */
    Packet pushVlan() {
        if (isVlanTagged()) {
            throw new IllegalStateException("a second VLAN tag is not modelled");
        }
        final BigInteger[] copy = slots.clone();
        copy[PacketSlot.VLAN_TCI.ordinal()] = BigInteger.valueOf(0x1000);
        return new Packet(copy, length + VLAN_HEADER_LENGTH);
    }

    /**
     * The packet with its VLAN tag removed, 4 bytes shorter; unchanged if untagged.
     *
     * @return the untagged packet
     */
    Packet popVlan() {
        if (!isVlanTagged()) {
            return this;
        }
        final BigInteger[] copy = slots.clone();
        copy[PacketSlot.VLAN_TCI.ordinal()] = BigInteger.ZERO;
        return new Packet(copy, length - VLAN_HEADER_LENGTH);
    }

    /**
     * The ingress port.
     *
     * @return the port number
     */
    public int inPort() {
        return get(PacketField.IN_PORT).intValue();
    }

    /**
     * The Ethernet source.
     *
     * @return the address
     */
    public MacAddress ethSrc() {
        return Bits.mac(get(PacketField.ETH_SRC));
    }

    /**
     * The Ethernet destination.
     *
     * @return the address
     */
    public MacAddress ethDst() {
        return Bits.mac(get(PacketField.ETH_DST));
    }

    /**
     * The Ethertype after any VLAN tag.
     *
     * @return the Ethertype
     */
    public int ethType() {
        return get(PacketField.ETH_TYPE).intValue();
    }

    /**
     * The VLAN id in OXM form: {@code 0x1000 | vid} when tagged, 0 when not.
     *
     * @return the 13-bit value
     */
    public int vlanVid() {
        return get(PacketField.VLAN_VID).intValue();
    }

    /**
     * The IPv4 source (meaningful when {@code ETH_TYPE} is 0x0800).
     *
     * @return the address
     */
    public Inet4Address ipv4Src() {
        return Bits.ipv4(get(PacketField.IPV4_SRC));
    }

    /**
     * The IPv4 destination.
     *
     * @return the address
     */
    public Inet4Address ipv4Dst() {
        return Bits.ipv4(get(PacketField.IPV4_DST));
    }

    /**
     * The tunnel key.
     *
     * @return {@code tun_id}, unsigned
     */
    public long tunId() {
        return longValue(PacketField.TUN_ID);
    }

    /**
     * The outer IPv4 source of a tunnel.
     *
     * @return {@code tun_src}, 0.0.0.0 when not set
     */
    public Inet4Address tunIpv4Src() {
        return Bits.ipv4(get(PacketField.TUN_IPV4_SRC));
    }

    /**
     * The outer IPv4 destination of a tunnel.
     *
     * @return {@code tun_dst}, 0.0.0.0 when not set
     */
    public Inet4Address tunIpv4Dst() {
        return Bits.ipv4(get(PacketField.TUN_IPV4_DST));
    }

    /**
     * The outer IPv6 destination of a tunnel.
     *
     * @return {@code tun_ipv6_dst}, :: when not set
     */
    public Inet6Address tunIpv6Dst() {
        return Bits.ipv6(get(PacketField.TUN_IPV6_DST));
    }

    /**
     * Whether a tunnel destination (IPv4 or IPv6) is set: what a flow-based tunnel port needs to send.
     *
     * @return whether {@code tun_dst} or {@code tun_ipv6_dst} is not zero
     */
    public boolean hasTunnelDestination() {
        return get(PacketField.TUN_IPV4_DST).signum() != 0 || get(PacketField.TUN_IPV6_DST).signum() != 0;
    }

    /**
     * A register.
     *
     * @param index 0 to 15
     * @return {@code reg<index>}, unsigned in an int
     */
    public int reg(final int index) {
        return get(PacketField.reg(index)).intValue();
    }

    /**
     * The metadata.
     *
     * @return {@code metadata}
     */
    public long metadata() {
        return longValue(PacketField.METADATA);
    }

    @Override
    public boolean equals(final @Nullable Object obj) {
        return obj instanceof Packet other && length == other.length && Arrays.equals(slots, other.slots);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(slots) * 31 + length;
    }

    /**
     * The fields that are not 0, in Open vSwitch's flow syntax, such as
     * {@code in_port=1,tun_id=0x1388,tun_dst=192.168.1.2,dl_dst=00:00:00:00:00:02}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        final var out = new StringJoiner(",");
        for (PacketSlot slot : SLOTS) {
            final BigInteger value = slots[slot.ordinal()];
            if (value.signum() != 0) {
                appendSlot(out, slot, value);
            }
        }
        return out.toString();
    }

    private static void appendSlot(final StringJoiner out, final PacketSlot slot, final BigInteger value) {
        switch (slot.format()) {
            case DECIMAL -> out.add(slot.displayName() + "=" + value);
            case HEX -> out.add(slot.displayName() + "=0x" + value.toString(16));
            case MAC -> out.add(slot.displayName() + "=" + Bits.mac(value));
            case IPV4 -> out.add(slot.displayName() + "=" + Bits.ipv4(value).getHostAddress());
            case IPV6 -> out.add(slot.displayName() + "=" + Bits.ipv6(value).getHostAddress());
            case REGISTERS -> {
                for (int index = 0; index < 16; index++) {
                    final BigInteger register = PacketField.reg(index).fromSlot(value);
                    if (register.signum() != 0) {
                        out.add("reg" + index + "=0x" + register.toString(16));
                    }
                }
            }
            default -> throw new IllegalStateException("unexpected format " + slot.format());
        }
    }

    /**
     * Builds a packet field by field; fields not set are 0.
     */
    public static final class Builder {
        private Packet packet;

        private Builder(final BigInteger[] slots, final int length) {
            packet = new Packet(slots, length);
        }

        /**
         * Sets any field.
         *
         * @param field the field
         * @param value the value, bits beyond the field's width ignored
         * @return this builder
         */
        public Builder set(final PacketField field, final BigInteger value) {
            packet = packet.with(field, value);
            return this;
        }

        /**
         * Sets any field of up to 64 bits.
         *
         * @param field the field
         * @param value the value, unsigned
         * @return this builder
         */
        public Builder set(final PacketField field, final long value) {
            return set(field, Bits.of(value));
        }

        /**
         * Sets the field an OXM or NXM value names, such as {@code NxmTunIpv4Dst.of(address)}; a mask, if any, says
         * which bits to set.
         *
         * @param field the field and value
         * @return this builder
         * @throws IllegalArgumentException if the field is not one {@link PacketField} models
         */
        public Builder set(final OxmField field) {
            final FieldValue value = OxmFields.valueOf(field);
            if (value == null) {
                throw new IllegalArgumentException("not a modelled packet field: " + field);
            }
            packet = packet.withMasked(value.field(), value.value(), value.mask());
            return this;
        }

        /**
         * Sets the ingress port.
         *
         * @param port the port number
         * @return this builder
         */
        public Builder inPort(final int port) {
            return set(PacketField.IN_PORT, Integer.toUnsignedLong(port));
        }

        /**
         * Sets the Ethernet source.
         *
         * @param mac the address
         * @return this builder
         */
        public Builder ethSrc(final MacAddress mac) {
            return set(PacketField.ETH_SRC, mac.bits());
        }

        /**
         * Sets the Ethernet destination.
         *
         * @param mac the address
         * @return this builder
         */
        public Builder ethDst(final MacAddress mac) {
            return set(PacketField.ETH_DST, mac.bits());
        }

        /**
         * Sets the Ethertype (after any VLAN tag).
         *
         * @param ethType the Ethertype
         * @return this builder
         */
        public Builder ethType(final int ethType) {
            return set(PacketField.ETH_TYPE, ethType);
        }

        /**
         * Tags the packet with a VLAN id (priority 0).
         *
         * @param vid the 12-bit VLAN id
         * @return this builder
         */
        public Builder vlan(final int vid) {
            return set(PacketField.VLAN_TCI, 0x1000 | vid & 0xfff);
        }

        /**
         * Sets the IPv4 source.
         *
         * @param address the address
         * @return this builder
         */
        public Builder ipv4Src(final Inet4Address address) {
            return set(PacketField.IPV4_SRC, Bits.of(address));
        }

        /**
         * Sets the IPv4 destination.
         *
         * @param address the address
         * @return this builder
         */
        public Builder ipv4Dst(final Inet4Address address) {
            return set(PacketField.IPV4_DST, Bits.of(address));
        }

        /**
         * Sets the IPv6 source.
         *
         * @param address the address
         * @return this builder
         */
        public Builder ipv6Src(final Inet6Address address) {
            return set(PacketField.IPV6_SRC, Bits.of(address));
        }

        /**
         * Sets the IPv6 destination.
         *
         * @param address the address
         * @return this builder
         */
        public Builder ipv6Dst(final Inet6Address address) {
            return set(PacketField.IPV6_DST, Bits.of(address));
        }

        /**
         * Sets the IP protocol.
         *
         * @param proto the protocol, such as 6 for TCP
         * @return this builder
         */
        public Builder ipProto(final int proto) {
            return set(PacketField.IP_PROTO, proto);
        }

        /**
         * Sets the IP TTL (IPv4) or hop limit (IPv6).
         *
         * @param ttl the TTL
         * @return this builder
         */
        public Builder ipTtl(final int ttl) {
            return set(PacketField.IP_TTL, ttl);
        }

        /**
         * Sets the transport source port (TCP, UDP or SCTP, as {@code ip_proto} says).
         *
         * @param port the port
         * @return this builder
         */
        public Builder tpSrc(final int port) {
            return set(PacketField.TCP_SRC, port);
        }

        /**
         * Sets the transport destination port (TCP, UDP or SCTP, as {@code ip_proto} says).
         *
         * @param port the port
         * @return this builder
         */
        public Builder tpDst(final int port) {
            return set(PacketField.TCP_DST, port);
        }

        /**
         * Sets the tunnel key, as a packet received from a tunnel carries it.
         *
         * @param tunId the key
         * @return this builder
         */
        public Builder tunId(final long tunId) {
            return set(PacketField.TUN_ID, tunId);
        }

        /**
         * Sets the outer IPv4 source of a packet received from a tunnel.
         *
         * @param address the remote end's address
         * @return this builder
         */
        public Builder tunIpv4Src(final Inet4Address address) {
            return set(PacketField.TUN_IPV4_SRC, Bits.of(address));
        }

        /**
         * Sets the outer IPv4 destination of a packet received from a tunnel.
         *
         * @param address the local end's address
         * @return this builder
         */
        public Builder tunIpv4Dst(final Inet4Address address) {
            return set(PacketField.TUN_IPV4_DST, Bits.of(address));
        }

        /**
         * Sets a register.
         *
         * @param index 0 to 15
         * @param value the value, unsigned
         * @return this builder
         */
        public Builder reg(final int index, final int value) {
            return set(PacketField.reg(index), Integer.toUnsignedLong(value));
        }

        /**
         * Sets the metadata.
         *
         * @param metadata the value
         * @return this builder
         */
        public Builder metadata(final long metadata) {
            return set(PacketField.METADATA, metadata);
        }

        /**
         * Sets the length counted by flows, groups and meters.
         *
         * @param bytes the length, at least 14 (an Ethernet header)
         * @return this builder
         * @throws IllegalArgumentException if shorter
         */
        public Builder length(final int bytes) {
            if (bytes < 14) {
                throw new IllegalArgumentException("a packet has at least an Ethernet header: " + bytes);
            }
            packet = new Packet(packet.slots, bytes);
            return this;
        }

        /**
         * The packet.
         *
         * @return the packet built so far
         */
        public Packet build() {
            return packet;
        }
    }
}
