/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfMessageCodec;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What every version's golden vector test does, once: encode a vector's message and compare the bytes, decode its
 * bytes and compare the message (buffers released whatever happens, so the leak detector sees every one), and list
 * the codecs no vector covers: a (version, type) without a vector, or a message class a codec encodes that no vector
 * holds.
 */
public final class GoldenVectorHarness {
    /**
     * A golden vector as the harness needs it.
     */
    public interface Vector {
        /**
         * The bytes.
         *
         * @return the wire bytes of one message
         */
        OfBytes wire();

        /**
         * The message the bytes are.
         *
         * @return the message
         */
        OfMessage message();
    }

    private final OfMessageEncoder encoder;
    private final OfMessageDecoder decoder;

    /**
     * A harness for the codecs of a registry.
     *
     * @param registry the codecs under test
     */
    public GoldenVectorHarness(final OfCodecRegistry registry) {
        encoder = new OfMessageEncoder(registry);
        decoder = new OfMessageDecoder(registry);
    }

    /**
     * Encoding the vector's message gives exactly its bytes.
     *
     * @param vector the vector
     */
    public void assertEncodes(final Vector vector) {
        final var out = ByteBufAllocator.DEFAULT.buffer();
        try {
            encoder.encode(vector.message(), out);
            assertEquals(vector.wire().toHex(), ByteBufUtil.hexDump(out));
        } finally {
            out.release();
        }
    }

    /**
     * Decoding the vector's bytes gives exactly its message.
     *
     * @param vector the vector
     */
    public void assertDecodes(final Vector vector) {
        final var in = ByteBufAllocator.DEFAULT.buffer().writeBytes(vector.wire().toByteArray());
        try {
            assertEquals(vector.message(), decoder.decode(in));
        } finally {
            in.release();
        }
    }

    /**
     * The codecs the vectors leave uncovered.
     *
     * @param codecs the codecs that must be covered
     * @param vectors the vectors
     * @return one line per missing (version, type) or message class; empty when all are covered
     */
    public static Set<String> uncovered(final Collection<? extends OfMessageCodec<?>> codecs,
            final Stream<? extends Vector> vectors) {
        final var covered = new HashSet<OfCodecKey>();
        final var coveredClasses = new HashSet<Class<?>>();
        vectors.forEach(vector -> {
            covered.add(new OfCodecKey(OfVersion.valueOf(vector.wire().get(0)), vector.wire().get(1)));
            coveredClasses.add(vector.message().getClass());
        });
        final Set<String> missing = new TreeSet<>();
        for (var codec : codecs) {
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
        return missing;
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
