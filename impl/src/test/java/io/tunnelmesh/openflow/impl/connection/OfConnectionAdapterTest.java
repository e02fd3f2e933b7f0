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

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.connection.OfConnectionClosedException;
import io.tunnelmesh.openflow.api.connection.OfCounterSnapshot;
import io.tunnelmesh.openflow.api.connection.OfErrorReplyException;
import io.tunnelmesh.openflow.api.connection.OfMultipartLimitException;
import io.tunnelmesh.openflow.api.connection.OfRequestTimeoutException;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGetConfigReply;
import io.tunnelmesh.openflow.api.message.OfGetConfigRequest;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.OfPacketIn;
import io.tunnelmesh.openflow.api.message.OfPortDesc;
import io.tunnelmesh.openflow.api.message.OfSwitchConfig;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStats;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsReply;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import io.tunnelmesh.openflow.impl.codec.v13.V13Codecs;
import io.tunnelmesh.openflow.impl.ext.onf.OnfExtensions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
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
    void aBlockOfXidsIsReservedAtOnce() {
        final var peer = ready();
        final int first = peer.connection.nextXids(100);
        assertEquals(first + 100, peer.connection.nextXid(), "the next id follows the block");
        assertThrows(IllegalArgumentException.class, () -> peer.connection.nextXids(0));
        assertFalse(peer.channel.finish());
    }

    @Test
    void sendAllWritesEveryMessageInOrderAndCountsBundledFlowMods() {
        final var peer = ready(new OfEmbeddedSwitch(OfEmbeddedSwitch.config().build(),
            OnfExtensions.addTo(V13Codecs.addTo(OfCodecRegistry.builder())).build()));
        final var before = peer.connection.counters();
        final var flowMod = OfFlowMod.builder().xid(90).match(OfMatch.builder().inPort(1).build())
            .applyActions(OfActionOutput.to(2)).build();
        final var messages = List.<OfMessage>of(OnfBundleAdd.of(7, 0, flowMod), OfBarrierRequest.of(91), flowMod);
        final var written = peer.connection.sendAll(messages);
        assertEquals(messages, List.of(peer.read(), peer.read(), peer.read()));
        assertTrue(written.isDone() && !written.isCompletedExceptionally());
        final var after = peer.connection.counters();
        assertEquals(3, after.encoded() - before.encoded());
        assertEquals(2, after.flowModsIn() - before.flowModsIn(), "the bundled flow-mod and the bare one");
        assertEquals(2, after.flowModsSent() - before.flowModsSent());
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
    void aRequestMayWaitLongerThanTheConfiguredTimeout() {
        final var peer = ready();
        final var reply = peer.connection.request(new OfGetConfigRequest(OfVersion.OF13, 61), Duration.ofSeconds(5));
        peer.read();
        peer.advance(Duration.ofMillis(4999));
        assertFalse(reply.isDone(), "the configured 2 s do not apply");
        peer.advance(Duration.ofMillis(1));
        final var thrown = assertInstanceOf(OfRequestTimeoutException.class, failure(reply));
        assertEquals("no reply to OfGetConfigRequest xid 61 within 5000 ms", thrown.getMessage());
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
        final var parts = peer.connection.multipartRequest(OfMultipartRequest.portDesc(70), OfMultipartReply.class);
        assertEquals(OfMultipartRequest.portDesc(70), peer.read());
        final var first = OfMultipartReply.notLast(70, new OfPortDescReply(List.of(port(1))));
        final var other = OfMultipartReply.last(71, new OfPortDescReply(List.of(port(9))));
        final var second = OfMultipartReply.notLast(70, new OfPortDescReply(List.of(port(2))));
        final var last = OfMultipartReply.last(70, new OfPortDescReply(List.of()));
        peer.send(first);
        peer.send(other);
        peer.send(second);
        assertFalse(parts.isDone());
        peer.send(last);
        assertEquals(List.of(first, second, last), parts.join());
        assertEquals(List.of(other), peer.unsolicited);
        assertFalse(peer.channel.finish());
    }

    @Test
    void messageWithTheXidThatIsNoPartIsUnsolicited() {
        final var peer = ready();
        final var parts = peer.connection.multipartRequest(OfMultipartRequest.tableStats(74), OfMultipartReply.class);
        peer.read();
        peer.send(OfBarrierReply.of(74));
        assertFalse(parts.isDone());
        assertEquals(List.of(OfBarrierReply.of(74)), peer.unsolicited);
        peer.send(OfMultipartReply.last(74, tables(2)));
        assertEquals(List.of(OfMultipartReply.last(74, tables(2))), parts.join());
        assertFalse(peer.channel.finish());
    }

    @Test
    void errorWithTheXidFailsAMultipartRequest() {
        final var peer = ready();
        final var parts = peer.connection.multipartRequest(OfMultipartRequest.tableStats(75), OfMultipartReply.class);
        peer.read();
        peer.send(OfMultipartReply.notLast(75, tables(1)));
        final var error = new OfError(75, OfErrorCode.OFPBRC_BAD_MULTIPART, OfBytes.ofHex("04120010"));
        peer.send(error);
        assertEquals(error, assertInstanceOf(OfErrorReplyException.class, failure(parts)).error());
        assertFalse(peer.channel.finish());
    }

    @Test
    void aMultipartRequestMayWaitLongerThanTheConfiguredTimeout() {
        final var peer = ready();
        final var parts = peer.connection.multipartRequest(OfMultipartRequest.portDesc(73), OfMultipartReply.class,
            Duration.ofSeconds(4));
        peer.read();
        peer.send(OfMultipartReply.notLast(73, new OfPortDescReply(List.of(port(1)))));
        peer.advance(Duration.ofMillis(3999));
        assertFalse(parts.isDone(), "the configured 2 s do not apply");
        peer.advance(Duration.ofMillis(1));
        final var thrown = assertInstanceOf(OfRequestTimeoutException.class, failure(parts));
        assertEquals("no reply to OfMultipartRequest xid 73 within 4000 ms", thrown.getMessage());
        assertFalse(peer.channel.finish());
    }

    @Test
    void multipartReplyWithTooManyPartsFails() {
        final var peer = ready();
        final var parts = peer.connection.multipartRequest(OfMultipartRequest.tableStats(72), OfMultipartReply.class);
        peer.read();
        for (int i = 0; i < 4; i++) {
            peer.send(OfMultipartReply.notLast(72, tables(0)));
        }
        assertEquals("multipart reply too large: 4 parts > 3", failure(parts).getMessage());
        assertInstanceOf(OfMultipartLimitException.class, failure(parts));
        assertTrue(peer.channel.isOpen());
        assertFalse(peer.channel.finish());
    }

    @Test
    void multipartReplyWithTooManyBytesFailsCountingWireBytes() {
        final var peer = ready();
        final var parts = peer.connection.multipartRequest(OfMultipartRequest.tableStats(73), OfMultipartReply.class);
        peer.read();
        // ofp_multipart_reply is 16 bytes, each ofp_table_stats 24
        peer.send(OfMultipartReply.notLast(73, tables(4)));
        peer.send(OfMultipartReply.notLast(73, tables(3)));
        assertFalse(parts.isDone(), "112 + 88 = 200 bytes on the wire, the limit");
        peer.send(OfMultipartReply.last(73, tables(1)));
        assertEquals("multipart reply too large: 240 bytes > 200", failure(parts).getMessage());
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

    private static OfPortDesc port(final int number) {
        return new OfPortDesc(number, new MacAddress(0x0200_0000_0000L | number), "p" + number, 0, 0, 0, 0, 0, 0,
            10_000_000, 10_000_000);
    }

    private static OfTableStatsReply tables(final int count) {
        return new OfTableStatsReply(IntStream.range(0, count).mapToObj(id -> new OfTableStats(id, 1, 100, 90))
            .toList());
    }
}
