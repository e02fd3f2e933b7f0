/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v10;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.GoldenVectorHarness;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every OpenFlow 1.0 codec against bytes Open vSwitch produced or printed: encoding a vector's message gives exactly
 * its bytes, decoding its bytes gives exactly its message. The registry speaks 1.0 and 1.3 at once, as a controller's
 * does, so every vector also shows that frames are decoded by the codec of their header's version. And no 1.0 codec
 * goes without a vector: each (version, type) and each message class a 1.0 codec encodes must be covered.
 */
@ExtendWith(NettyLeakDetection.class)
class V10GoldenVectorTest {
    static final OfCodecRegistry REGISTRY = V10Codecs.addTo(V13Codecs.addTo(OfCodecRegistry.builder())).build();
    private static final GoldenVectorHarness HARNESS = new GoldenVectorHarness(REGISTRY);

    static Stream<V10GoldenVector> vectors() {
        return Stream.concat(V10OvsProducedVectors.all().stream(), V10HandBuiltVectors.all().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void encodesToGoldenBytes(final V10GoldenVector vector) {
        HARNESS.assertEncodes(vector);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decodesGoldenBytes(final V10GoldenVector vector) {
        HARNESS.assertDecodes(vector);
    }

    @Test
    void everyV10CodecHasGoldenVectors() {
        vectors().forEach(vector -> assertEquals(OfVersion.OF10, OfVersion.valueOf(vector.wire().get(0)),
            vector.toString()));
        assertEquals(Set.of(), GoldenVectorHarness.uncovered(V10Codecs.all(), vectors()),
            "codecs without a golden vector");
        assertEquals(22, V10Codecs.all().size(), "one codec per OpenFlow 1.0 message type, 0 to 21");
    }
}
