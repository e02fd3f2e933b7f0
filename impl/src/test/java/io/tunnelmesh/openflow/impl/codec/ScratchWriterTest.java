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
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ScratchWriter}: big-endian values, zeros written (not assumed) in a reused array, writes past the array
 * refused, and one holder per thread at a time.
 */
@ExtendWith(NettyLeakDetection.class)
class ScratchWriterTest {
    private static String hex(final ScratchWriter writer) {
        final var out = Unpooled.buffer();
        try {
            writer.copyTo(out);
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }

    @Test
    void writesBigEndianAsByteBufDoes() {
        final var writer = new ScratchWriter(24);
        writer.writeByte(0x1ff).writeShort(0x10203).writeMedium(0x40506).writeInt(0x0708090a)
            .writeLong(0x0b0c0d0e0f101112L).writeBytes(OfBytes.ofHex("1314")).writeBytes(new byte[] { 0x15 });
        writer.pad(0);
        assertEquals(24, writer.position());
        assertEquals("ff0203040506" + "0708090a" + "0b0c0d0e0f101112" + "1314" + "15" + "000000", hex(writer));
        writer.setShort(0, 0xabcd);
        writer.setByte(2, 0xef);
        assertEquals("abcdef", hex(writer).substring(0, 6));
    }

    @Test
    void aWritePastTheArrayIsRefused() {
        final var writer = new ScratchWriter(12);
        writer.writeLong(1);
        assertThrows(IndexOutOfBoundsException.class, () -> writer.writeLong(2));
        assertThrows(IndexOutOfBoundsException.class, () -> new ScratchWriter(3).writeZero(4));
    }

    @Test
    void zerosAndPaddingAreWrittenOverWhatAReusedArrayHeld() {
        final var writer = ScratchWriter.acquire();
        assertNotNull(writer);
        try {
            writer.writeLong(-1L).writeLong(-1L);
        } finally {
            writer.release();
        }
        final var again = ScratchWriter.acquire();
        assertNotNull(again);
        try {
            again.writeByte(1).writeZero(3);
            again.pad(0);
            assertEquals("0100000000000000", hex(again));
        } finally {
            again.release();
        }
    }

    @Test
    void aNestedEncodeOnTheSameThreadFindsTheWriterTaken() {
        final var writer = ScratchWriter.acquire();
        assertNotNull(writer);
        try {
            assertNull(ScratchWriter.acquire());
        } finally {
            writer.release();
        }
        final var free = ScratchWriter.acquire();
        assertNotNull(free);
        free.release();
    }
}
