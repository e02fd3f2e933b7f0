/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.codec.OxmFieldCodec;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvMap;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtLabel;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtMark;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtState;
import io.tunnelmesh.openflow.api.ext.nicira.NxmCtZone;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshContext;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshFlags;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshMdtype;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshNp;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshSi;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshSpi;
import io.tunnelmesh.openflow.api.ext.nicira.NxmNshTtl;
import io.tunnelmesh.openflow.api.ext.nicira.NxmReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunFlags;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunId;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Src;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Dst;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv6Src;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunMetadata;
import io.tunnelmesh.openflow.api.ext.nicira.OxmPacketType;
import io.tunnelmesh.openflow.api.ext.nicira.OxmPktReg;
import io.tunnelmesh.openflow.api.match.OxmField;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the Nicira model: for each registered field codec, arbitrary fields of exactly that key (masked and
 * not); TLV maps. A codec whose field class has no generator here fails the tests that walk the registry.
 */
final class NiciraFieldArbitraries {
    private NiciraFieldArbitraries() {
        // Hidden on purpose
    }

    /**
     * Fields the given codec decodes: of its class and, for a family, of its member.
     *
     * @param codec a registered codec
     * @return the generator
     * @throws IllegalArgumentException if no generator exists for the codec's field class
     */
    static Arbitrary<? extends OxmField> fieldsOf(final OxmFieldCodec<?> codec) {
        final int field = codec.key().field();
        final var cls = codec.fieldClass();
        if (cls == NxmTunId.class) {
            return masked(Arbitraries.longs(), NxmTunId::new);
        } else if (cls == NxmTunIpv4Src.class) {
            return masked(ipv4(), NxmTunIpv4Src::new);
        } else if (cls == NxmTunIpv4Dst.class) {
            return masked(ipv4(), NxmTunIpv4Dst::new);
        } else if (cls == NxmTunIpv6Src.class) {
            return masked(ipv6(), NxmTunIpv6Src::new);
        } else if (cls == NxmTunIpv6Dst.class) {
            return masked(ipv6(), NxmTunIpv6Dst::new);
        } else if (cls == NxmTunFlags.class) {
            return masked(bits(16), NxmTunFlags::new);
        } else if (cls == NxmCtState.class) {
            return masked(Arbitraries.integers(), NxmCtState::new);
        } else if (cls == NxmCtZone.class) {
            return bits(16).map(NxmCtZone::new);
        } else if (cls == NxmCtMark.class) {
            return masked(Arbitraries.integers(), NxmCtMark::new);
        } else if (cls == NxmCtLabel.class) {
            return masked(bytes(16), NxmCtLabel::new);
        } else if (cls == NxmReg.class) {
            return masked(Arbitraries.integers(), (value, mask) -> new NxmReg(field, value, mask));
        } else if (cls == OxmPktReg.class) {
            return masked(Arbitraries.longs(), (value, mask) -> new OxmPktReg(field, value, mask));
        } else if (cls == NxmTunMetadata.class) {
            return tunMetadata(field - 40);
        } else if (cls == NxmNshFlags.class) {
            return masked(bits(8), NxmNshFlags::new);
        } else if (cls == NxmNshTtl.class) {
            return bits(8).map(NxmNshTtl::new);
        } else if (cls == NxmNshMdtype.class) {
            return bits(8).map(NxmNshMdtype::new);
        } else if (cls == NxmNshNp.class) {
            return bits(8).map(NxmNshNp::new);
        } else if (cls == NxmNshSpi.class) {
            return bits(24).map(NxmNshSpi::new);
        } else if (cls == NxmNshSi.class) {
            return bits(8).map(NxmNshSi::new);
        } else if (cls == NxmNshContext.class) {
            return masked(Arbitraries.integers(), (value, mask) -> new NxmNshContext(field - 5, value, mask));
        } else if (cls == OxmPacketType.class) {
            return Combinators.combine(bits(16), bits(16)).as(OxmPacketType::new);
        }
        throw new IllegalArgumentException("no generator for " + codec + " (" + cls.getName() + ")");
    }

    static Arbitrary<NxmTunMetadata> tunMetadata(final int index) {
        return Arbitraries.integers().between(1, NxmTunMetadata.MAX_LENGTH).flatMap(length -> {
            final var values = bytes(length);
            return Combinators.combine(values, values.injectNull(0.5))
                .as((value, mask) -> new NxmTunMetadata(index, value, mask));
        });
    }

    static Arbitrary<NxTlvMap> tlvMaps() {
        return Combinators.combine(bits(16), bits(8), bits(8), bits(16)).as(NxTlvMap::new);
    }

    static Arbitrary<Integer> bits(final int width) {
        return Arbitraries.integers().between(0, (1 << width) - 1);
    }

    static Arbitrary<OfBytes> bytes(final int length) {
        return Arbitraries.bytes().array(byte[].class).ofSize(length).map(OfBytes::copyOf);
    }

    private static <V, T extends OxmField> Arbitrary<T> masked(final Arbitrary<V> values,
            final MaskedField<V, T> factory) {
        return Combinators.combine(values, values.injectNull(0.5)).as(factory::make);
    }

    private static Arbitrary<Inet4Address> ipv4() {
        return bytes(4).map(bytes -> (Inet4Address) address(bytes.toByteArray()));
    }

    private static Arbitrary<Inet6Address> ipv6() {
        return bytes(16).map(bytes -> {
            try {
                return Inet6Address.getByAddress(null, bytes.toByteArray(), -1);
            } catch (UnknownHostException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static InetAddress address(final byte[] raw) {
        try {
            return InetAddress.getByAddress(raw);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @FunctionalInterface
    private interface MaskedField<V, T> {
        T make(V value, V mask);
    }
}
