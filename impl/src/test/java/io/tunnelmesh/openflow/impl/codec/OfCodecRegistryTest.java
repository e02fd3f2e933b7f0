/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.codec.OfCodecContext;
import io.tunnelmesh.openflow.api.codec.OfHeader;
import io.tunnelmesh.openflow.api.codec.OfMessageCodec;
import io.tunnelmesh.openflow.api.ext.nicira.NxErrorCodes;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfExperimenterError;
import io.tunnelmesh.openflow.api.message.OfExtensionMessage;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link OfCodecRegistry}: one codec per key, duplicates refused, sealed message interfaces resolved to their
 * records, and a third party's codec registered through the same public builder the standard codecs use.
 */
@ExtendWith(NettyLeakDetection.class)
class OfCodecRegistryTest {
    /** A message a third party defines: type 200 of OpenFlow 1.3, a 32-bit counter. */
    record CounterMessage(int xid, int counter) implements OfExtensionMessage {
        @Override
        public OfVersion version() {
            return OfVersion.OF13;
        }
    }

    /** Its codec, written against the public SPI only. */
    static final class CounterCodec implements OfMessageCodec<CounterMessage> {
        private final int type;

        CounterCodec(final int type) {
            this.type = type;
        }

        @Override
        public OfVersion version() {
            return OfVersion.OF13;
        }

        @Override
        public int type() {
            return type;
        }

        @Override
        public Class<CounterMessage> messageClass() {
            return CounterMessage.class;
        }

        @Override
        public int minLength() {
            return 12;
        }

        @Override
        public CounterMessage decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
            return new CounterMessage(header.xid(), body.readInt());
        }

        @Override
        public void encodeBody(final CounterMessage message, final ByteBuf out, final OfCodecContext context) {
            out.writeInt(message.counter());
        }
    }

    @Test
    void duplicateKeyIsAnError() {
        final var builder = V13Codecs.addTo(OfCodecRegistry.builder());
        final var duplicate = V13Codecs.all().get(0);
        final var thrown = assertThrows(IllegalArgumentException.class, () -> builder.add(duplicate));
        assertTrue(thrown.getMessage().startsWith("duplicate codec for (OF1.3, type 0): "), thrown.getMessage());
    }

    @Test
    void sameClassUnderTwoTypesIsAnError() {
        final var builder = OfCodecRegistry.builder().add(new CounterCodec(200)).add(new CounterCodec(201));
        final var thrown = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(thrown.getMessage().startsWith("two codecs encode "), thrown.getMessage());
    }

    @Test
    void sealedInterfaceResolvesToEachRecord() {
        final var registry = V13Codecs.addTo(OfCodecRegistry.builder()).build();
        final var errorCodec = registry.decoder(OfVersion.OF13, 1);
        assertNotNull(errorCodec);
        assertSame(errorCodec, registry.encoder(new OfError(1, OfErrorCode.OFPBRC_BAD_LEN, OfBytes.EMPTY)));
        assertSame(errorCodec, registry.encoder(new OfExperimenterError(1, NxErrorCodes.NXBRC_MUST_BE_ZERO,
            OfBytes.EMPTY)));
    }

    @Test
    void lookupsMissReturnNull() {
        final var registry = V13Codecs.addTo(OfCodecRegistry.builder()).build();
        assertNull(registry.decoder(OfVersion.OF13, 200));
        assertNull(registry.decoder(OfVersion.OF10, 0));
        assertNull(registry.encoder(new CounterMessage(1, 2)));
    }

    @Test
    void extensionRegistersThroughPublicBuilderAndRoundTrips() {
        final var standard = V13Codecs.addTo(OfCodecRegistry.builder()).build();
        final var extended = standard.toBuilder().add(new CounterCodec(200)).build();
        assertNull(standard.encoder(new CounterMessage(1, 2)), "the published snapshot never changes");
        assertEquals(standard.codecs().size() + 1, extended.codecs().size());

        final var out = ByteBufAllocator.DEFAULT.buffer();
        try {
            new OfMessageEncoder(extended).encode(new CounterMessage(7, 0x01020304), out);
            assertEquals("04c8000c0000000701020304", ByteBufUtil.hexDump(out));
            assertEquals(new CounterMessage(7, 0x01020304), new OfMessageDecoder(extended).decode(out));
        } finally {
            out.release();
        }
    }

    @Test
    void codecsAreListedInRegistrationOrder() {
        final var registry = V13Codecs.addTo(OfCodecRegistry.builder()).build();
        assertEquals(V13Codecs.all(), registry.codecs());
        assertThrows(UnsupportedOperationException.class, () -> registry.codecs().clear());
    }

    @Test
    void openInterfaceCannotBeRegistered() {
        final var open = new OfMessageCodec<OfExtensionMessage>() {
            @Override
            public OfVersion version() {
                return OfVersion.OF13;
            }

            @Override
            public int type() {
                return 202;
            }

            @Override
            public Class<OfExtensionMessage> messageClass() {
                return OfExtensionMessage.class;
            }

            @Override
            public int minLength() {
                return 8;
            }

            @Override
            public OfExtensionMessage decode(final OfHeader header, final ByteBuf body, final OfCodecContext context) {
                return new CounterMessage(header.xid(), 0);
            }

            @Override
            public void encodeBody(final OfExtensionMessage message, final ByteBuf out, final OfCodecContext context) {
                // nothing
            }
        };
        final var builder = OfCodecRegistry.builder().add(open);
        assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals(List.of(), OfCodecRegistry.builder().build().codecs());
    }
}
