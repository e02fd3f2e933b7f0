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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfHelloVersionBitmap;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsReply;
import io.tunnelmesh.openflow.api.message.v10.Of10FeaturesReply;
import io.tunnelmesh.openflow.api.message.v10.Of10PortDesc;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Emulated switches on real loopback sockets against a controller the test scripts: the switch side of the
 * handshake in both versions, echo keepalive, bad frames, flows, flow-removed, passive mode and the load generator.
 */
@ExtendWith(NettyLeakDetection.class)
class EmulatedSwitchTest {
    private static final long DPID = 0x0000_00ab_cdef_0001L;

    private final ScriptedController controller = new ScriptedController();
    private SwitchFleet fleet;

    @AfterEach
    void stop() throws Exception {
        if (fleet != null) {
            fleet.stop().get(10, TimeUnit.SECONDS);
        }
        controller.close();
    }

    private FleetConfig.Builder dialing() throws InterruptedException {
        return FleetConfig.builder().datapathIdBase(DPID).controller(controller.listen()).threads(1);
    }

    private void handshake(final OfVersion version) throws Exception {
        controller.expect(OfHello.class);
        controller.send(OfHello.offering(1, version));
        controller.send(new OfFeaturesRequest(version, 2));
    }

    @Test
    void sendsItsHelloAtOnceAndAnswersFeaturesWithItsDatapathId() throws Exception {
        fleet = SwitchFleet.start(dialing().build());
        final var hello = controller.expect(OfHello.class);
        assertEquals(OfVersion.OF13, hello.version());
        final var bitmap = (OfHelloVersionBitmap) hello.elements().get(0);
        assertTrue(bitmap.supports(OfVersion.OF13));
        assertFalse(bitmap.supports(OfVersion.OF10));
        assertEquals(SwitchStatus.CONNECTED, fleet.bySwitchNumber(1).status());

        controller.send(OfHello.offering(1, OfVersion.OF10, OfVersion.OF13));
        controller.send(OfFeaturesRequest.of(7));
        final var features = controller.expect(OfFeaturesReply.class);
        assertEquals(7, features.xid());
        assertEquals(DPID, features.datapathId());
        assertEquals(254, features.tables());
        assertTrue(fleet.awaitHandshaken(1, Duration.ofSeconds(5)));
        assertEquals(OfVersion.OF13, fleet.bySwitchNumber(1).version());
    }

    @Test
    void speaksOpenFlow10() throws Exception {
        fleet = SwitchFleet.start(dialing().versions(OfVersion.OF10).ports(PortPlan.of(2)).build());
        assertEquals(OfVersion.OF10, controller.expect(OfHello.class).version());
        // an OpenFlow 1.0 controller's HELLO has no bitmap
        controller.send(new OfHello(OfVersion.OF10, 1, List.of()));
        controller.send(new OfFeaturesRequest(OfVersion.OF10, 2));
        final var features = controller.expect(Of10FeaturesReply.class);
        assertEquals(DPID, features.datapathId());
        assertEquals(List.of(1, 2, Of10PortDesc.OFPP_LOCAL), features.ports().stream().map(Of10PortDesc::portNo)
            .toList());
        assertEquals("s1-eth2", features.ports().get(1).name());
        controller.send(new OfEchoRequest(OfVersion.OF10, 3, OfBytes.ofHex("cafe")));
        assertEquals(new OfEchoReply(OfVersion.OF10, 3, OfBytes.ofHex("cafe")), controller.expect(OfEchoReply.class));
        controller.send(new OfBarrierRequest(OfVersion.OF10, 4));
        assertEquals(new OfBarrierReply(OfVersion.OF10, 4), controller.expect(OfBarrierReply.class));
        assertTrue(fleet.awaitHandshaken(1, Duration.ofSeconds(5)));
    }

    @Test
    void refusesAControllerWithoutACommonVersion() throws Exception {
        fleet = SwitchFleet.start(dialing().build());
        controller.expect(OfHello.class);
        controller.send(OfHello.offering(1, OfVersion.OF10));
        final var error = controller.expect(OfError.class);
        assertEquals(OfErrorCode.OFPHFC_INCOMPATIBLE, error.error());
        assertTrue(new String(error.data().toByteArray(), java.nio.charset.StandardCharsets.US_ASCII)
            .startsWith("no common OpenFlow version"));
        controller.closed().get(5, TimeUnit.SECONDS);
    }

    @Test
    void answersAnUndecodableFrameWithAnErrorAndKeepsTheConnection() throws Exception {
        fleet = SwitchFleet.start(dialing().build());
        handshake(OfVersion.OF13);
        controller.expect(OfFeaturesReply.class);
        // type 0x63 does not exist
        controller.sendRaw("0463000800000042");
        final var error = controller.expect(OfError.class);
        assertEquals(OfErrorCode.OFPBRC_BAD_TYPE, error.error());
        assertEquals(0x42, error.xid());
        assertEquals(OfBytes.ofHex("0463000800000042"), error.data());
        controller.send(OfBarrierRequest.of(9));
        assertEquals(OfBarrierReply.of(9), controller.expect(OfBarrierReply.class));
        assertEquals(1, fleet.counters().decodeFailures());
    }

    @Test
    void probesASilentControllerThenDisconnectsAndDialsAgain() throws Exception {
        fleet = SwitchFleet.start(dialing().echo(Duration.ofMillis(200), Duration.ofMillis(300))
            .reconnect(Duration.ofMillis(20), Duration.ofMillis(40)).build());
        handshake(OfVersion.OF13);
        controller.expect(OfFeaturesReply.class);
        final long silentSince = System.nanoTime();
        controller.expect(OfEchoRequest.class);
        assertTrue(System.nanoTime() - silentSince >= TimeUnit.MILLISECONDS.toNanos(150),
            "the probe must wait for the echo interval");
        controller.closed().get(5, TimeUnit.SECONDS);
        final var emulated = fleet.bySwitchNumber(1);
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (fleet.counters().connectAttempts() < 2 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        final var reason = emulated.lastDisconnect();
        assertNotNull(reason);
        assertEquals(OfDisconnectReason.Cause.IDLE, reason.cause());
        assertTrue(fleet.counters().connectAttempts() >= 2, "the switch dials again after its backoff");
    }

    @Test
    void holdsFlowsAnswersFlowStatsAndSendsFlowRemovedOnDelete() throws Exception {
        fleet = SwitchFleet.start(dialing().build());
        handshake(OfVersion.OF13);
        controller.expect(OfFeaturesReply.class);
        final var match = OfMatch.builder().inPort(1).build();
        controller.send(OfFlowMod.builder().xid(10).cookie(0x544d000000000001L).table(0).priority(200).match(match)
            .flags(OfFlowMod.SEND_FLOW_REM).applyActions(new OfActionOutput(2, 0)).build());
        controller.send(OfMultipartRequest.flowStats(11, OfFlowMod.ALL_TABLES, 0, 0, OfMatch.builder().build()));
        final var stats = (OfFlowStatsReply) controller.expect(OfMultipartReply.class).body();
        assertEquals(1, stats.flows().size());
        assertEquals(0x544d000000000001L, stats.flows().get(0).cookie());
        assertEquals(match, stats.flows().get(0).match());
        assertEquals(1, fleet.counters().flows());
        assertEquals(1, fleet.bySwitchNumber(1).query(state -> state.flowCount()).get(5, TimeUnit.SECONDS));

        controller.send(OfFlowMod.builder().xid(12).command(OfFlowModCommand.DELETE).table(OfFlowMod.ALL_TABLES)
            .match(OfMatch.builder().build()).build());
        final var removed = controller.expect(OfFlowRemoved.class);
        // OFPRR_DELETE
        assertEquals(2, removed.reason());
        assertEquals(0x544d000000000001L, removed.cookie());
        controller.send(OfBarrierRequest.of(13));
        controller.expect(OfBarrierReply.class);
        assertEquals(0, fleet.counters().flows());
    }

    @Test
    void expiresFlowsAndSaysSo() throws Exception {
        fleet = SwitchFleet.start(dialing().build());
        handshake(OfVersion.OF13);
        controller.expect(OfFeaturesReply.class);
        controller.send(OfFlowMod.builder().xid(10).table(0).priority(5).timeouts(0, 1)
            .flags(OfFlowMod.SEND_FLOW_REM).match(OfMatch.builder().inPort(3).build()).build());
        final var removed = controller.expect(OfFlowRemoved.class);
        // OFPRR_HARD_TIMEOUT
        assertEquals(1, removed.reason());
        assertEquals(1, removed.hardTimeout());
        assertEquals(0, fleet.counters().flows());
    }

    @Test
    void listensForControllersInPassiveMode() throws Exception {
        fleet = SwitchFleet.start(FleetConfig.builder().switches(2).datapathIdBase(DPID).threads(1)
            .listen(InetAddress.getLoopbackAddress(), 0).build());
        fleet.started().get(5, TimeUnit.SECONDS);
        assertEquals(SwitchStatus.LISTENING, fleet.bySwitchNumber(2).status());
        final InetSocketAddress second = fleet.bySwitchNumber(2).listenAddress();
        assertNotNull(second);
        assertEquals(2, fleet.listenAddresses().size());
        controller.dial(second);
        handshake(OfVersion.OF13);
        assertEquals(DPID + 1, controller.expect(OfFeaturesReply.class).datapathId());
        assertTrue(fleet.awaitHandshaken(1, Duration.ofSeconds(5)));
        assertEquals(SwitchStatus.LISTENING, fleet.bySwitchNumber(1).status());
    }

    @Test
    void generatesExactlyTheMessagesAskedFor() throws Exception {
        fleet = SwitchFleet.start(dialing().build());
        handshake(OfVersion.OF13);
        controller.expect(OfFeaturesReply.class);
        final int count = 20_000;
        final int[] xid = {0};
        final long written = fleet.bySwitchNumber(1).generate(() -> OfEchoRequest.of(++xid[0]), count)
            .get(10, TimeUnit.SECONDS);
        assertEquals(count, written);
        for (int expected = 1; expected <= count; expected++) {
            assertEquals(expected, controller.expect(OfEchoRequest.class).xid());
        }
        controller.expectNothing(Duration.ofMillis(100));
    }
}
