/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec.v13;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.codec.GoldenVectorHarness;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every OpenFlow 1.3 codec against bytes Open vSwitch produced or printed: encoding a vector's message gives exactly
 * its bytes, decoding its bytes gives exactly its message. And no codec goes without a vector: the registry is
 * walked, and each (version, type) and each message class a codec encodes must be covered.
 */
@ExtendWith(NettyLeakDetection.class)
class V13GoldenVectorTest {
    /** The full registry: OpenFlow 1.3 and every extension, as a controller builds it. */
    static final OfCodecRegistry REGISTRY = OpenFlowCodecs.standard();
    private static final GoldenVectorHarness HARNESS = new GoldenVectorHarness(REGISTRY);

    static Stream<GoldenVector> vectors() {
        return Stream.of(OvsProducedVectors.all(), HandBuiltVectors.all(), MultipartRequestVectors.all(),
            MultipartReplyVectors.all(), ModsOvsVectors.all(), ModsHandBuiltVectors.all(), NiciraFieldVectors.all(),
            OnfBundleVectors.all()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void encodesToGoldenBytes(final GoldenVector vector) {
        HARNESS.assertEncodes(vector);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decodesGoldenBytes(final GoldenVector vector) {
        HARNESS.assertDecodes(vector);
    }

    @Test
    void everyRegisteredCodecHasGoldenVectors() {
        // OpenFlow 1.0 codecs have their own vectors and coverage test (codec.v10.V10GoldenVectorTest)
        assertEquals(Set.of(), GoldenVectorHarness.uncovered(REGISTRY.codecs().stream()
            .filter(codec -> OfVersion.OF13.equals(codec.version())).toList(), vectors()),
            "codecs without a golden vector");
        assertTrue(REGISTRY.codecs().size() >= 19, "the registry lost codecs: " + REGISTRY.codecs());
    }
}
