/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.netty.buffer.ByteBufAllocator;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmInPhyPort;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.match.OxmUnknown;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import io.tunnelmesh.openflow.impl.codec.v13.V13OxmCodecs;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The match decoder reads exact in_port and tun_id straight into their records only when the registry holds the
 * built-in codecs for them; a registry without them, or with another codec for the same key, decodes those bytes
 * as it decodes any field.
 */
@ExtendWith(NettyLeakDetection.class)
class RegistryCodecContextTest {
    /** in_port=1, tun_id=0x3e9: the match of Open vSwitch's tunnel PACKET_IN. */
    private static final String TUNNEL_MATCH = "00010018" + "8000000400000001" + "80004c08" + "00000000000003e9";

    @Test
    void builtInCodecsAreTheOnesTheStandardSetRegisters() {
        assertSame(OxmFieldCodecs.IN_PORT, V13OxmCodecs.all().get(0));
        assertEquals(1, V13OxmCodecs.all().stream().filter(codec -> codec == OxmFieldCodecs.TUNNEL_ID).count());
    }

    @Test
    void standardRegistryDecodesInPortAndTunnelId() {
        final var registry = V13Codecs.addTo(OfCodecRegistry.builder()).build();
        assertEquals(OfMatch.of(OxmInPort.of(1), OxmTunnelId.of(0x3e9)), decodeMatch(registry, TUNNEL_MATCH));
    }

    @Test
    void maskedTunnelIdGoesThroughItsCodec() {
        final var registry = V13Codecs.addTo(OfCodecRegistry.builder()).build();
        assertEquals(OfMatch.of(OxmTunnelId.masked(0x3e9, 0xffff)), decodeMatch(registry,
            "00010018" + "80004d10" + "00000000000003e9" + "000000000000ffff"));
    }

    @Test
    void registryWithoutFieldCodecsKeepsThemUnknown() {
        final var registry = OfCodecRegistry.builder().addAll(V13Codecs.all()).build();
        assertEquals(OfMatch.of(new OxmUnknown(0x8000, 0, false, OfBytes.ofHex("00000001")),
            new OxmUnknown(0x8000, 38, false, OfBytes.ofHex("00000000000003e9"))),
            decodeMatch(registry, TUNNEL_MATCH));
    }

    @Test
    void anotherCodecForTheInPortKeyIsTheOneUsed() {
        final var registry = OfCodecRegistry.builder().addAll(V13Codecs.all())
            .addField(OxmFieldCodecs.exactInt(OxmKey.basic(0), "in_port as a physical port", OxmInPhyPort.class, 4,
                OxmInPhyPort::new, OxmInPhyPort::value))
            .build();
        assertEquals(OfMatch.of(new OxmInPhyPort(1), new OxmUnknown(0x8000, 38, false,
            OfBytes.ofHex("00000000000003e9"))), decodeMatch(registry, TUNNEL_MATCH));
    }

    private static OfMatch decodeMatch(final OfCodecRegistry registry, final String hex) {
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(HexFormat.of().parseHex(hex));
        try {
            final var match = registry.context(OfVersion.OF13).decodeMatch(in);
            assertEquals(0, in.readableBytes(), "the whole match is read");
            return match;
        } finally {
            in.release();
        }
    }
}
