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

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.codec.OfCodecKey;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
    private static final OfMessageEncoder ENCODER = new OfMessageEncoder(REGISTRY);
    private static final OfMessageDecoder DECODER = new OfMessageDecoder(REGISTRY);

    static Stream<GoldenVector> vectors() {
        return Stream.of(OvsProducedVectors.all(), HandBuiltVectors.all(), MultipartRequestVectors.all(),
            MultipartReplyVectors.all(), ModsOvsVectors.all(), ModsHandBuiltVectors.all(), NiciraFieldVectors.all(),
            OnfBundleVectors.all()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void encodesToGoldenBytes(final GoldenVector vector) {
        final var out = ByteBufAllocator.DEFAULT.buffer();
        try {
            ENCODER.encode(vector.message(), out);
            assertEquals(vector.wire().toHex(), ByteBufUtil.hexDump(out));
        } finally {
            out.release();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decodesGoldenBytes(final GoldenVector vector) {
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(vector.wire().toByteArray());
        try {
            assertEquals(vector.message(), DECODER.decode(in));
        } finally {
            in.release();
        }
    }

    @Test
    void everyRegisteredCodecHasGoldenVectors() {
        final var covered = new HashSet<OfCodecKey>();
        final var coveredClasses = new HashSet<Class<?>>();
        vectors().forEach(vector -> {
            covered.add(new OfCodecKey(OfVersion.valueOf(vector.wire().get(0)), vector.type()));
            coveredClasses.add(vector.message().getClass());
        });

        final Set<String> missing = new TreeSet<>();
        // OpenFlow 1.0 codecs have their own vectors and coverage test (codec.v10.V10GoldenVectorTest)
        for (var codec : REGISTRY.codecs().stream().filter(codec -> OfVersion.OF13.equals(codec.version())).toList()) {
            final var key = new OfCodecKey(codec.version(), codec.type());
            if (!covered.contains(key)) {
                missing.add(key + " " + codec);
            }
            for (var messageClass : concrete(codec.messageClass())) {
                if (!coveredClasses.contains(messageClass)) {
                    missing.add(key + " " + messageClass.getSimpleName());
                }
            }
        }
        assertEquals(Set.of(), missing, "codecs without a golden vector");
        assertTrue(REGISTRY.codecs().size() >= 19, "the registry lost codecs: " + REGISTRY.codecs());
    }

    private static List<Class<?>> concrete(final Class<?> declared) {
        final var permitted = declared.getPermittedSubclasses();
        if (permitted == null) {
            return List.of(declared);
        }
        final var result = new ArrayList<Class<?>>();
        Arrays.stream(permitted).forEach(sub -> result.addAll(concrete(sub)));
        return result;
    }
}
