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

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason.Cause;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With OpenFlow 1.0 negotiated, every error the pipeline sends is an OpenFlow 1.0 {@code OFPT_ERROR} with the 1.0 type
 * and code (OpenFlow 1.0.0 section 5.4.4): undecodable frames, frames of another version, and {@code HELLO_FAILED} to
 * a peer whose highest version is 1.0 (as Open vSwitch sends it, in the peer's version). The expected bytes were
 * printed with {@code ovs-ofctl ofp-print} (Open vSwitch 3.1), as quoted.
 */
@ExtendWith(NettyLeakDetection.class)
class Of10ConnectionErrorsTest {
    /** A connection that negotiated OpenFlow 1.0 (HELLO both ways); the FEATURES exchange is not needed here. */
    private static OfEmbeddedSwitch of10Session() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().supportedVersions(OfVersion.OF10).build(),
            OpenFlowCodecs.standard());
        assertEquals(OfVersion.OF10, assertInstanceOf(OfHello.class, peer.read()).version());
        peer.send(OfHello.offering(1, OfVersion.OF10));
        assertEquals(OfVersion.OF10, assertInstanceOf(OfFeaturesRequest.class, peer.read()).version());
        return peer;
    }

    @Test
    void undecodableFramesAreAnsweredWithOf10Errors() {
        final var peer = of10Session();
        peer.sendHex("01ee000c00000007aabbccdd");
        // OFPT_ERROR (xid=0x7): OFPBRC_BAD_TYPE
        assertEquals("0101001800000007" + "00010001" + "01ee000c00000007aabbccdd", peer.readHex());
        peer.sendHex("0106001000000005" + "0000000000000000");
        // OFPT_ERROR (xid=0x5): OFPBRC_BAD_LEN (a FEATURES_REPLY of 16 bytes < 32)
        assertEquals("0101001c00000005" + "00010006" + "01060010000000050000000000000000", peer.readHex());
        assertTrue(peer.channel.isOpen());
        assertEquals(2, peer.connection.counters().decodeFailures());
        assertFalse(peer.channel.finish());
    }

    @Test
    void frameOfAnotherVersionGetsAnOf10BadVersion() {
        final var peer = of10Session();
        peer.sendHex("0402000c00000009cafebabe");
        // OFPT_ERROR (xid=0x9): OFPBRC_BAD_VERSION, data the OF1.3 ECHO_REQUEST
        assertEquals("0101001800000009" + "00010000" + "0402000c00000009cafebabe", peer.readHex());
        assertTrue(peer.channel.isOpen());
        assertFalse(peer.channel.finish());
    }

    @Test
    void of10OnlyPeerGetsHelloFailedInOf10() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().supportedVersions(OfVersion.OF13).build(),
            OpenFlowCodecs.standard());
        peer.read();
        peer.sendHex("01000008000000aa");
        final var error = assertInstanceOf(Of10Error.class, peer.read());
        assertEquals(Of10ErrorCode.OFPHFC_INCOMPATIBLE, error.error());
        assertEquals(0xaa, error.xid());
        assertEquals("no common OpenFlow version: we support [OF1.3], the peer offered OF1.0",
            new String(error.data().toByteArray(), StandardCharsets.US_ASCII));
        assertFalse(peer.channel.isOpen());
        assertEquals(List.of(Cause.HANDSHAKE_FAILED), peer.disconnects.stream().map(r -> r.cause()).toList());
        assertFalse(peer.channel.finish());
    }

    @Test
    void of10OnlyPeerIsClosedEvenWithoutOf10Codecs() {
        final var peer = new OfEmbeddedSwitch(OfEmbeddedSwitch.config().supportedVersions(OfVersion.OF13).build());
        peer.read();
        peer.sendHex("01000008000000ab");
        assertNull(peer.readHex(), "no OpenFlow 1.0 error codec: nothing can be said");
        assertFalse(peer.channel.isOpen());
        assertEquals(List.of(Cause.HANDSHAKE_FAILED), peer.disconnects.stream().map(r -> r.cause()).toList());
        assertFalse(peer.channel.finish());
    }
}
