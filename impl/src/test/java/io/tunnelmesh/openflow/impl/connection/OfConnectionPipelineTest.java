/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason.Cause;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfHelloVersionBitmap;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.pipeline.OfPipelineStage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connection pipeline as a switch sees it: the handshake of OpenFlow 1.3.5 section 6.3.1, the answers to bad
 * input (section 7.4.4), echo and idle handling (section 6.3.2), one disconnect notification per connection.
 */
@ExtendWith(NettyLeakDetection.class)
class OfConnectionPipelineTest {
    @Test
    void stagesAreInTheOrderTheEnumNamesThem() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build());
        final var expected = Arrays.stream(OfPipelineStage.values()).filter(stage -> stage != OfPipelineStage.TLS)
            .map(OfPipelineStage::handlerName).toList();
        assertEquals(expected, peer.channel.pipeline().names().subList(0, expected.size()));
        peer.read();
        assertFalse(peer.channel.finish());
    }

    @Test
    void handshakeOffersVersionsNegotiatesAndExposesFeatures() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build());
        assertEquals("04000010000000010001000800000012", peer.readHex(), "HELLO OF1.3, bitmap of 1.0 and 1.3");
        assertNull(peer.connection.version());
        peer.send(OfHello.offering(7, OfVersion.OF10, OfVersion.OF13));
        assertEquals(OfVersion.OF13, peer.connection.version());
        final var request = assertInstanceOf(OfFeaturesRequest.class, peer.read());
        assertEquals(List.of(), peer.events, "not ready before the features are known");
        peer.send(new OfFeaturesReply(request.xid(), OfEmbeddedSwitch.DPID, 0, 254, 0, 0, 0));
        assertEquals(List.of("handshake done"), peer.events);
        assertEquals(OfEmbeddedSwitch.DPID, peer.connection.features().datapathId());
        assertEquals(254, peer.connection.features().tables());
        assertNull(peer.channel.pipeline().get(OfPipelineStage.HANDSHAKE.handlerName()), "the handshake stage left");
        assertFalse(peer.channel.finish());
    }

    @Test
    void helloWithoutBitmapNegotiatesTheSmallerVersion() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build());
        peer.read();
        peer.sendHex("0600000800000001");
        assertEquals(OfVersion.OF13, peer.connection.version());
        assertEquals(new OfFeaturesRequest(OfVersion.OF13, 2), peer.read());
        assertFalse(peer.channel.finish());
    }

    @Test
    void incompatibleHelloIsAnsweredWithHelloFailedAndClosed() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build());
        peer.read();
        peer.send(new OfHello(OfVersion.OF13, 3, List.of(new OfHelloVersionBitmap(List.of(1 << 5)))));
        final var error = assertInstanceOf(OfError.class, peer.read());
        assertEquals(OfErrorCode.OFPHFC_INCOMPATIBLE, error.error());
        assertEquals(3, error.xid());
        final var text = new String(error.data().toByteArray(), StandardCharsets.US_ASCII);
        assertEquals("no common OpenFlow version: we support [OF1.3, OF1.0], the peer offered OF1.3 with bitmap "
            + "[0x00000020]", text);
        assertFalse(peer.channel.isOpen());
        assertEquals(List.of(Cause.HANDSHAKE_FAILED), peer.disconnects.stream().map(r -> r.cause()).toList());
        assertFalse(peer.channel.finish());
    }

    @Test
    void messageOfAnotherVersionAfterNegotiationGetsBadVersionAndConnectionStays() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build()).handshake();
        peer.sendHex("0102000c00000009cafebabe");
        assertEquals(new OfError(9, OfErrorCode.OFPBRC_BAD_VERSION, OfBytes.ofHex("0102000c00000009cafebabe")),
            peer.read());
        assertTrue(peer.channel.isOpen());
        peer.send(new OfEchoRequest(OfVersion.OF13, 10, OfBytes.EMPTY));
        assertEquals(new OfEchoReply(OfVersion.OF13, 10, OfBytes.EMPTY), peer.read());
        assertFalse(peer.channel.finish());
    }

    @Test
    void undecodableFrameIsAnsweredWithItsErrorAndConnectionStays() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build()).handshake();
        peer.sendHex("04ee000c00000007aabbccdd");
        assertEquals(new OfError(7, OfErrorCode.OFPBRC_BAD_TYPE, OfBytes.ofHex("04ee000c00000007aabbccdd")),
            peer.read());
        peer.sendHex("0406001000000005" + "0000000000000000");
        assertEquals(new OfError(5, OfErrorCode.OFPBRC_BAD_LEN, OfBytes.ofHex("04060010000000050000000000000000")),
            peer.read(), "a FEATURES_REPLY of 16 bytes < 32");
        peer.sendHex("0402000800000009");
        assertEquals(new OfEchoReply(OfVersion.OF13, 9, OfBytes.EMPTY), peer.read(), "the next message is served");
        assertTrue(peer.channel.isOpen());
        assertEquals(2, peer.connection.counters().decodeFailures());
        assertEquals(2, peer.logLines.stream().filter(line -> line.contains("OFPBRC_")).count());
        assertTrue(peer.logLines.stream().noneMatch(line -> line.contains("\tat ")), "no stack traces");
        assertFalse(peer.channel.finish());
    }

    @Test
    void headerLengthBelowEightClosesTheConnection() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build()).handshake();
        peer.sendHex("0402000700000001ff");
        assertFalse(peer.channel.isOpen());
        assertEquals(1, peer.disconnects.size());
        assertEquals(Cause.PROTOCOL_ERROR, peer.disconnects.get(0).cause());
        assertEquals("OFPET_BAD_REQUEST/OFPBRC_BAD_LEN: length 7 < 8", peer.disconnects.get(0).detail());
        assertFalse(peer.channel.finish());
    }

    @Test
    void frameDribbledByteByByteIsBoundedByTheHandshakeTimeout() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build());
        peer.read();
        for (var hex : List.of("04", "00", "ff", "ff", "00", "00")) {
            peer.sendHex(hex);
            peer.advance(Duration.ofMillis(700));
        }
        assertTrue(peer.channel.isOpen(), "4.2 s of a 5 s handshake timeout");
        peer.advance(Duration.ofMillis(900));
        assertFalse(peer.channel.isOpen());
        assertEquals(Cause.HANDSHAKE_FAILED, peer.disconnects.get(0).cause());
        assertEquals("handshake not finished within 5000 ms", peer.disconnects.get(0).detail());
        assertFalse(peer.channel.finish());
    }

    @Test
    void echoRequestIsAnsweredWithItsXidAndData() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build()).handshake();
        peer.send(new OfEchoRequest(OfVersion.OF13, 0xfeedf00d, OfBytes.ofHex("0102030405")));
        assertEquals(new OfEchoReply(OfVersion.OF13, 0xfeedf00d, OfBytes.ofHex("0102030405")), peer.read());
        assertEquals(List.of(), peer.unsolicited, "the echo goes no further");
        assertFalse(peer.channel.finish());
    }

    @Test
    void idlePeerIsProbedThenDisconnectedWithReasonIdle() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build()).handshake();
        peer.advance(Duration.ofSeconds(10));
        assertInstanceOf(OfEchoRequest.class, peer.read());
        assertEquals(List.of("handshake done", "idle"), peer.events);
        peer.advance(Duration.ofSeconds(2));
        assertTrue(peer.channel.isOpen());
        peer.advance(Duration.ofSeconds(1));
        // the echo timeout is over; one more pass of the loop's reads (1 ms) before the connection is given up
        assertTrue(peer.channel.isOpen());
        peer.advance(Duration.ofMillis(1));
        assertFalse(peer.channel.isOpen());
        assertEquals(1, peer.disconnects.size());
        assertEquals(Cause.IDLE, peer.disconnects.get(0).cause());
        assertFalse(peer.channel.finish());
    }

    @Test
    void answeredProbeKeepsTheConnection() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build()).handshake();
        peer.advance(Duration.ofSeconds(10));
        final var probe = assertInstanceOf(OfEchoRequest.class, peer.read());
        peer.send(probe.reply());
        peer.advance(Duration.ofSeconds(5));
        assertTrue(peer.channel.isOpen());
        assertEquals(List.of(), peer.unsolicited, "the echo reply was consumed by the echo stage");
        assertFalse(peer.channel.finish());
    }

    @Test
    void closeNotifiesOnceWithLocalClose() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build()).handshake();
        peer.connection.close();
        peer.channel.runPendingTasks();
        peer.channel.close();
        assertEquals(List.of(Cause.LOCAL_CLOSE), peer.disconnects.stream().map(r -> r.cause()).toList());
        assertFalse(peer.connection.isConnected());
        assertFalse(peer.channel.finish());
    }

    @Test
    void peerCloseNotifiesOnceWithPeerClosed() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build()).handshake();
        peer.channel.pipeline().fireChannelInactive();
        peer.channel.close();
        assertEquals(List.of(Cause.PEER_CLOSED), peer.disconnects.stream().map(r -> r.cause()).toList());
        assertFalse(peer.channel.finish());
    }
}
