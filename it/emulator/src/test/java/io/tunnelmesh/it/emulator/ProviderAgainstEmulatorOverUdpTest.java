/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.OfTransport;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsReply;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.simpleclient.emulator.FleetConfig;
import io.tunnelmesh.simpleclient.emulator.SwitchFleet;
import io.tunnelmesh.simpleclient.emulator.SwitchTransport;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The library's provider against emulated switches over UDP (one datagram per message, one logical connection per
 * switch socket): handshake, echo, a flow-mod read back from flow statistics; a switch that leaves is noticed by the
 * controller's echo probe (a datagram socket says nothing when it closes); a controller that drops a switch makes it
 * start over on its next datagram.
 */
@ExtendWith(NettyLeakDetection.class)
class ProviderAgainstEmulatorOverUdpTest {
    private static final long DPID = 0x0d90_0000_0001L;

    private static SwitchConnectionConfig.Builder udpController() {
        return SwitchConnectionConfig.builder().port(0).transport(OfTransport.UDP);
    }

    @Test
    void aSwitchDialsOverUdpHandshakesEchoesAndTakesAFlow() throws Exception {
        try (var controller = new RecordingController(udpController().build());
             var fleet = SwitchFleet.start(FleetConfig.builder().datapathIdBase(DPID).controller(controller.address)
                 .transport(SwitchTransport.UDP).threads(1).build())) {
            final var connection = controller.awaitSwitch(DPID);
            final var echo = connection.request(new OfEchoRequest(connection.version(), connection.nextXid(),
                OfBytes.ofHex("0d90"))).get(5, TimeUnit.SECONDS);
            assertEquals(OfBytes.ofHex("0d90"), assertInstanceOf(OfEchoReply.class, echo).data());

            connection.send(OfFlowMod.builder().xid(connection.nextXid()).cookie(0xd9).priority(7)
                .match(OfMatch.builder().inPort(2).build()).applyActions(OfActionOutput.to(1)).build())
                .get(5, TimeUnit.SECONDS);
            connection.barrier().get(5, TimeUnit.SECONDS);
            final var stats = connection.multipartRequest(OfMultipartRequest.flowStats(connection.nextXid(),
                OfFlowMod.ALL_TABLES, 0, 0, OfMatch.builder().build()), OfMultipartReply.class)
                .get(5, TimeUnit.SECONDS);
            final var flows = ((OfFlowStatsReply) stats.get(0).body()).flows();
            assertEquals(1, flows.size());
            assertEquals(0xd9, flows.get(0).cookie());
            assertEquals(1, fleet.byDatapathId(DPID).flowCount());
        }
    }

    @Test
    void aSwitchThatLeavesIsDroppedByTheControllersEchoProbe() throws Exception {
        final var config = udpController().idleTimeout(Duration.ofMillis(200)).echoTimeout(Duration.ofMillis(200))
            .build();
        try (var controller = new RecordingController(config);
             var fleet = SwitchFleet.start(FleetConfig.builder().datapathIdBase(DPID).controller(controller.address)
                 .transport(SwitchTransport.UDP).reconnect(Duration.ofSeconds(30), Duration.ofSeconds(30))
                 .threads(1).build())) {
            controller.awaitSwitch(DPID);
            fleet.byDatapathId(DPID).disconnect().get(5, TimeUnit.SECONDS);
            final var reason = controller.awaitDisconnect();
            assertEquals(OfDisconnectReason.Cause.IDLE, reason.cause(), reason::toString);
            assertTrue(reason.detail().startsWith("no ECHO_REPLY"), reason.detail());
        }
    }

    @Test
    void aSwitchTheControllerDroppedStartsOverOnItsNextDatagram() throws Exception {
        try (var controller = new RecordingController(udpController().build());
             var fleet = SwitchFleet.start(FleetConfig.builder().datapathIdBase(DPID).controller(controller.address)
                 .transport(SwitchTransport.UDP).echo(Duration.ofMillis(100), Duration.ofSeconds(5))
                 .reconnect(Duration.ofMillis(20), Duration.ofMillis(50)).threads(1).build())) {
            final var connection = controller.awaitSwitch(DPID);
            connection.close().get(5, TimeUnit.SECONDS);
            // the switch's next echo probe reaches a new connection, whose HELLO tells the switch to start over
            final var again = controller.awaitSwitchAgain(DPID, connection);
            again.barrier().get(5, TimeUnit.SECONDS);
            final var reason = fleet.byDatapathId(DPID).lastDisconnect();
            assertNotNull(reason);
            assertTrue(reason.detail().contains("HELLO again"), reason::toString);
        }
    }
}
