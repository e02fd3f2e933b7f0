/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.impl.pipeline.OfVersionDetector.Detected;
import io.tunnelmesh.openflow.impl.pipeline.OfVersionDetector.Invalid;
import io.tunnelmesh.openflow.impl.pipeline.OfVersionDetector.NeedMoreData;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link OfVersionDetector}: need more data below four bytes, invalid below length 8, otherwise the header, and
 * never a moved reader index. Wrapped (untracked) buffers: nothing here is allocated from a pool.
 */
class OfVersionDetectorTest {
    @ParameterizedTest
    @ValueSource(strings = { "", "04", "0400", "040000" })
    void needsFourBytes(final String hex) {
        assertSame(NeedMoreData.INSTANCE, OfVersionDetector.detect(Unpooled.wrappedBuffer(HexFormat.of()
            .parseHex(hex))));
    }

    @Test
    void lengthBelowHeaderIsBadLen() {
        final var in = Unpooled.wrappedBuffer(HexFormat.of().parseHex("0400000700000001"));
        final var detection = OfVersionDetector.detect(in);
        assertEquals(new Invalid(OfErrorCode.OFPBRC_BAD_LEN, "length 7 < 8"), detection);
        assertEquals("OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: length 7 < 8", detection.toString());
        assertEquals(0, in.readerIndex());
    }

    @Test
    void zeroLengthIsBadLenAfterFourBytes() {
        assertEquals(new Invalid(OfErrorCode.OFPBRC_BAD_LEN, "length 0 < 8"),
            OfVersionDetector.detect(Unpooled.wrappedBuffer(new byte[] { 4, 0, 0, 0 })));
    }

    @Test
    void detectsKnownAndUnknownVersions() {
        assertEquals(new Detected(OfVersion.OF13, 14, 56),
            OfVersionDetector.detect(Unpooled.wrappedBuffer(HexFormat.of().parseHex("040e0038"))));
        final var unknown = OfVersionDetector.detect(Unpooled.wrappedBuffer(HexFormat.of().parseHex("06000010")));
        assertEquals(new Detected(OfVersion.valueOf(6), 0, 16), unknown);
        assertFalse(((Detected) unknown).version().isKnown());
    }

    @Test
    void readsAtTheReaderIndexWithoutMovingIt() {
        final var in = Unpooled.wrappedBuffer(HexFormat.of().parseHex("ffffff01040008"));
        in.skipBytes(3);
        assertEquals(new Detected(OfVersion.OF10, 4, 8), OfVersionDetector.detect(in));
        assertEquals(3, in.readerIndex());
    }
}
