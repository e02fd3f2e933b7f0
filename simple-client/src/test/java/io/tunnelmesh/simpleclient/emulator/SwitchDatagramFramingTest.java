/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import io.tunnelmesh.openflow.impl.pipeline.OfRateLimitedLog;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * One OpenFlow message per datagram, both ways.
 */
class SwitchDatagramFramingTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String ECHO = "0402000800000001";
    private static final String BARRIER = "0414000800000002";
    private static final InetSocketAddress CONTROLLER = new InetSocketAddress("127.0.0.1", 6653);

    private static EmbeddedChannel channel() {
        return new EmbeddedChannel(new SwitchDatagramFraming(OfRateLimitedLog.of(
            LoggerFactory.getLogger(SwitchDatagramFramingTest.class))));
    }

    private static DatagramPacket datagram(final String hex) {
        return new DatagramPacket(Unpooled.wrappedBuffer(HEX.parseHex(hex)), CONTROLLER, CONTROLLER);
    }

    private static String hex(final ByteBuf buffer) {
        try {
            return ByteBufUtil.hexDump(buffer);
        } finally {
            buffer.release();
        }
    }

    @Test
    void aDatagramHoldingOneMessageGoesOnAsItsContent() {
        final var channel = channel();
        assertTrue(channel.writeInbound(datagram(ECHO)));
        assertEquals(ECHO, hex(channel.readInbound()));
        assertFalse(channel.finish());
    }

    @Test
    void aDatagramWhoseLengthIsNotItsSizeIsDropped() {
        final var channel = channel();
        final var truncated = datagram("0402001000000001");
        final var twoMessages = datagram(ECHO + ECHO);
        final var tooShort = datagram("040200");
        assertFalse(channel.writeInbound(truncated, twoMessages, tooShort));
        assertEquals(0, truncated.refCnt() + twoMessages.refCnt() + tooShort.refCnt(), "all released");
        assertFalse(channel.finish());
    }

    @Test
    void aBufferOfSeveralMessagesLeavesAsOneDatagramEach() {
        final var channel = channel();
        assertTrue(channel.writeOutbound(Unpooled.wrappedBuffer(HEX.parseHex(ECHO + BARRIER + ECHO))));
        assertEquals(ECHO, hex(channel.readOutbound()));
        assertEquals(BARRIER, hex(channel.readOutbound()));
        assertEquals(ECHO, hex(channel.readOutbound()));
        assertNull(channel.readOutbound());
        assertTrue(channel.writeOutbound(Unpooled.wrappedBuffer(HEX.parseHex(ECHO))));
        assertEquals(ECHO, hex(channel.readOutbound()));
        assertFalse(channel.finish());
    }
}
