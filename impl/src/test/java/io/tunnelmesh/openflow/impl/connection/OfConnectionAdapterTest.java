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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.connection.OfConnectionClosedException;
import io.tunnelmesh.openflow.api.connection.OfCounterSnapshot;
import io.tunnelmesh.openflow.api.connection.OfErrorReplyException;
import io.tunnelmesh.openflow.api.connection.OfMultipartLimitException;
import io.tunnelmesh.openflow.api.connection.OfRequestTimeoutException;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfExperimenter;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGetConfigReply;
import io.tunnelmesh.openflow.api.message.OfGetConfigRequest;
import io.tunnelmesh.openflow.api.message.OfPacketIn;
import io.tunnelmesh.openflow.api.message.OfSwitchConfig;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.pipeline.OfPipelineStage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connection adapter: sends, requests correlated by xid (OpenFlow 1.3.5 section 7.1), errors failing their
 * request (section 7.4.4), barriers (section 7.3.8), multipart assembly with its bounds (section 7.3.5), unsolicited
 * messages to the listener, and the counters.
 */
@ExtendWith(NettyLeakDetection.class)
class OfConnectionAdapterTest {
    private static final OfSwitchConfig CONFIG = new OfSwitchConfig(0, 128);

    private static OfEmbeddedSwitch ready() {
        return ready(new OfEmbeddedSwitch(OfEmbeddedSwitch.config().multipartLimits(3, 200).build()));
    }

    private static OfEmbeddedSwitch ready(final OfEmbeddedSwitch peer) {
        peer.channel.pipeline().addAfter(OfPipelineStage.MESSAGE_DECODER.handlerName(), "test-parts",
            new OfTestPart.Converter());
        return peer.handshake();
    }

    private static Throwable failure(final CompletableFuture<?> future) {
        assertTrue(future.isCompletedExceptionally(), () -> "not failed: " + future);
        final var thrown = assertThrows(CompletionException.class, future::join);
        return thrown.getCause();
    }

    @Test
    void xidsComeFromACounter() {
        final var peer = ready();
        final int first = peer.connection.nextXid();
        assertEquals(first + 1, peer.connection.nextXid());
        assertFalse(peer.channel.finish());
    }

    @Test
    void sendCompletesWhenWritten() {
        final var peer = ready();
        final var written = peer.connection.send(OfBarrierRequest.of(77));
        assertFalse(written.isDone(), "queued until the event loop drains");
        assertEquals(OfBarrierRequest.of(77), peer.read());
        assertTrue(written.isDone() && !written.isCompletedExceptionally());
        assertFalse(peer.channel.finish());
    }

    @Test
    void requestIsCompletedByTheReplyWithItsXid() {
        final var peer = ready();
        final var reply = peer.connection.request(new OfGetConfigRequest(OfVersion.OF13, 40));
        assertEquals(new OfGetConfigRequest(OfVersion.OF13, 40), peer.read());
        peer.send(new OfGetConfigReply(41, CONFIG));
        assertFalse(reply.isDone(), "another xid does not answer it");
        peer.send(new OfGetConfigReply(40, CONFIG));
        assertEquals(new OfGetConfigReply(40, CONFIG), reply.join());
        assertEquals(List.of(new OfGetConfigReply(41, CONFIG)), peer.unsolicited);
        assertFalse(peer.channel.finish());
    }

    @Test
    void errorWithTheRequestsXidFailsItCarryingTheError() {
        final var peer = ready();
        final var flowMod = OfFlowMod.builder().xid(50).match(OfMatch.builder().inPort(1).build())
            .applyActions(OfActionOutput.to(2)).build();
        final var reply = peer.connection.request(flowMod);
        peer.read();
        final var error = new OfError(50, OfErrorCode.OFPFMFC_TABLE_FULL, OfBytes.ofHex("040e"));
        peer.send(error);
        final var thrown = assertInstanceOf(OfErrorReplyException.class, failure(reply));
        assertEquals(error, thrown.error());
        assertEquals("OfFlowMod xid 50 failed: " + error, thrown.getMessage());
        assertFalse(peer.channel.finish());
    }

    @Test
    void unansweredRequestTimesOutNamingXidAndType() {
        final var peer = ready();
        final var reply = peer.connection.request(new OfGetConfigRequest(OfVersion.OF13, 60));
        peer.read();
        peer.advance(Duration.ofMillis(1999));
        assertFalse(reply.isDone());
        peer.advance(Duration.ofMillis(1));
        final var thrown = assertInstanceOf(OfRequestTimeoutException.class, failure(reply));
        assertEquals("no reply to OfGetConfigRequest xid 60 within 2000 ms", thrown.getMessage());
        peer.send(new OfGetConfigReply(60, CONFIG));
        assertEquals(1, peer.unsolicited.size(), "a late reply is unsolicited");
        assertFalse(peer.channel.finish());
    }

    @Test
    void duplicatePendingXidIsRefused() {
        final var peer = ready();
        peer.connection.request(new OfGetConfigRequest(OfVersion.OF13, 61));
        final var second = peer.connection.request(new OfGetConfigRequest(OfVersion.OF13, 61));
        assertEquals("xid 61 is already pending", failure(second).getMessage());
        assertEquals(new OfGetConfigRequest(OfVersion.OF13, 61), peer.read());
        assertEquals(null, peer.readHex(), "sent once");
        assertFalse(peer.channel.finish());
    }

    @Test
    void barrierWaitsForItsReply() {
        final var peer = ready();
        final var barrier = peer.connection.barrier();
        final var request = assertInstanceOf(OfBarrierRequest.class, peer.read());
        assertFalse(barrier.isDone());
        peer.send(OfBarrierReply.of(request.xid()));
        assertEquals(OfBarrierReply.of(request.xid()), barrier.join());
        assertFalse(peer.channel.finish());
    }

    @Test
    void multipartPartsAreAssembledUntilTheLastOne() {
        final var peer = ready();
        final var parts = peer.connection.multipartRequest(new OfGetConfigRequest(OfVersion.OF13, 70),
            OfTestPart.class);
        peer.read();
        peer.send(part(70, true, 8));
        peer.send(part(71, false, 8));
        peer.send(part(70, true, 8));
        assertFalse(parts.isDone());
        peer.send(part(70, false, 0));
        assertEquals(List.of(new OfTestPart(70, true, 8), new OfTestPart(70, true, 8), new OfTestPart(70, false, 0)),
            parts.join());
        assertEquals(List.of(new OfTestPart(71, false, 8)), peer.unsolicited);
        assertFalse(peer.channel.finish());
    }

    @Test
    void multipartReplyWithTooManyPartsFails() {
        final var peer = ready();
        final var parts = peer.connection.multipartRequest(new OfGetConfigRequest(OfVersion.OF13, 72),
            OfTestPart.class);
        peer.read();
        for (int i = 0; i < 4; i++) {
            peer.send(part(72, true, 0));
        }
        assertEquals("multipart reply too large: 4 parts > 3", failure(parts).getMessage());
        assertInstanceOf(OfMultipartLimitException.class, failure(parts));
        assertTrue(peer.channel.isOpen());
        assertFalse(peer.channel.finish());
    }

    @Test
    void multipartReplyWithTooManyBytesFailsCountingWireBytes() {
        final var peer = ready();
        final var parts = peer.connection.multipartRequest(new OfGetConfigRequest(OfVersion.OF13, 73),
            OfTestPart.class);
        peer.read();
        peer.send(part(73, true, 84));
        assertFalse(parts.isDone(), "100 bytes on the wire");
        peer.send(part(73, true, 85));
        assertEquals("multipart reply too large: 201 bytes > 200", failure(parts).getMessage());
        assertFalse(peer.channel.finish());
    }

    @Test
    void unsolicitedMessagesGoToTheListener() {
        final var peer = ready();
        final var packetIn = new OfPacketIn(0, OfPacketIn.NO_BUFFER, 4, 0, 0, 0, OfMatch.builder().inPort(3).build(),
            OfBytes.ofHex("01020304"));
        peer.send(packetIn);
        assertEquals(List.of(packetIn), peer.unsolicited);
        assertFalse(peer.channel.finish());
    }

    @Test
    void closeFailsPendingRequests() {
        final var peer = ready();
        final var reply = peer.connection.request(new OfGetConfigRequest(OfVersion.OF13, 80));
        peer.read();
        peer.connection.close();
        assertInstanceOf(OfConnectionClosedException.class, failure(reply));
        final var late = peer.connection.send(OfBarrierRequest.of(81));
        assertInstanceOf(OfConnectionClosedException.class, failure(late));
        assertFalse(peer.channel.finish());
    }

    @Test
    void countersCountEachStageAndAddUpInTheProvider() {
        final var peer = ready();
        final var flowMod = OfFlowMod.builder().xid(90).match(OfMatch.builder().inPort(1).build())
            .applyActions(OfActionOutput.to(2)).build();
        peer.connection.send(flowMod);
        peer.read();
        final var unencodable = peer.connection.send(new OfFeaturesRequest(OfVersion.OF10, 91));
        peer.channel.runPendingTasks();
        assertTrue(unencodable.isCompletedExceptionally());
        peer.sendHex("04ee000800000092");
        peer.read();
        // in: HELLO, FEATURES_REPLY, bad frame; decoded 2; passed up: the FEATURES_REPLY is the handshake's
        // out: HELLO, FEATURES_REQUEST, FLOW_MOD, the OF1.0 FEATURES_REQUEST (fails), the ERROR
        final var expected = new OfCounterSnapshot(3, 2, 1, 0, 4, 1, 1, 1);
        assertEquals(expected, peer.connection.counters());
        assertEquals(expected, peer.providerCounters.snapshot());
        peer.send(OfBarrierReply.of(5));
        assertEquals(1, peer.connection.counters().passedUp());
        assertNotEquals(expected, peer.connection.counters());
        assertFalse(peer.channel.finish());
    }

    private static OfExperimenter part(final int xid, final boolean more, final int dataLength) {
        return new OfExperimenter(xid, OfTestPart.Converter.EXPERIMENTER, more ? 1 : 0,
            OfBytes.copyOf(new byte[dataLength]));
    }
}
