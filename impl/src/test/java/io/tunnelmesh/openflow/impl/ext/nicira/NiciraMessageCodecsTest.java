/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.ext.nicira;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvMap;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvTableMod;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvTableReply;
import io.tunnelmesh.openflow.api.ext.nicira.NxTlvTableRequest;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Encode/decode identity of the Nicira TLV table messages over arbitrary contents, through the full pipeline codecs.
 */
class NiciraMessageCodecsTest {
    private static final OfCodecRegistry REGISTRY = NiciraExtensions.addTo(V13Codecs.addTo(OfCodecRegistry.builder()))
        .build();

    @Property(tries = 200)
    void tlvTableMessageRoundTrips(@ForAll("tlvMessages") final OfMessage message) {
        final var first = Unpooled.buffer();
        final var second = Unpooled.buffer();
        try {
            new OfMessageEncoder(REGISTRY).encode(message, first);
            final var decoded = new OfMessageDecoder(REGISTRY).decode(first);
            assertEquals(message, decoded);
            new OfMessageEncoder(REGISTRY).encode((OfMessage) decoded, second);
            assertEquals(ByteBufUtil.hexDump(first), ByteBufUtil.hexDump(second));
        } finally {
            first.release();
            second.release();
        }
    }

    @Provide
    Arbitrary<OfMessage> tlvMessages() {
        final Arbitrary<List<NxTlvMap>> maps = NiciraFieldArbitraries.tlvMaps().list().ofMaxSize(8);
        return Arbitraries.oneOf(List.of(
            Combinators.combine(Arbitraries.integers(), NiciraFieldArbitraries.bits(16), maps).as(NxTlvTableMod::new),
            Arbitraries.integers().map(NxTlvTableRequest::new),
            Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), NiciraFieldArbitraries.bits(16), maps)
                .as(NxTlvTableReply::new)));
    }
}
