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

import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.connection.OfDisconnectReason;
import io.tunnelmesh.openflow.api.connection.OfErrorReplyException;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescReply;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionOutput;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionVendor;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowMod;
import io.tunnelmesh.openflow.api.message.v10.Of10Match;
import io.tunnelmesh.openflow.api.message.v10.Of10PortDesc;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReply;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReplyBody;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequest;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequestBody;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import io.tunnelmesh.simpleclient.emulator.FleetConfig;
import io.tunnelmesh.simpleclient.emulator.PortPlan;
import io.tunnelmesh.simpleclient.emulator.SwitchFleet;
import io.tunnelmesh.simpleclient.switchstate.FlowEntry;
import io.tunnelmesh.simpleclient.switchstate.Packet;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The library's switch connection provider against emulated switches over loopback TCP: the handshake both ways and
 * in both versions, echo, barrier, a flow-mod seen in the switch's flow table and in flow statistics, an error
 * carrying the request, and a switch that goes silent.
 */
@ExtendWith(NettyLeakDetection.class)
class ProviderAgainstEmulatorTest {
    private static final long DPID = 0x5e_0000_0001L;

    @Test
    void switchDialsHandshakesAndTakesFlows() throws Exception {
        try (var controller = RecordingController.start();
             var fleet = SwitchFleet.start(FleetConfig.builder().datapathIdBase(DPID).ports(PortPlan.of(2))
                 .controller(controller.address).threads(1).build())) {
            final var connection = controller.awaitSwitch(DPID);
            assertEquals(254, connection.features().tables());

            final var echo = connection.request(new OfEchoRequest(connection.version(), connection.nextXid(),
                io.tunnelmesh.openflow.api.OfBytes.ofHex("0102"))).get(5, TimeUnit.SECONDS);
            assertEquals(io.tunnelmesh.openflow.api.OfBytes.ofHex("0102"), assertInstanceOf(OfEchoReply.class,
                echo).data());
            connection.barrier().get(5, TimeUnit.SECONDS);

            final var ports = connection.multipartRequest(OfMultipartRequest.portDesc(connection.nextXid()),
                OfMultipartReply.class).get(5, TimeUnit.SECONDS);
            assertEquals(3, ((OfPortDescReply) ports.get(0).body()).ports().size(), "two ports and LOCAL");
            final var desc = connection.multipartRequest(OfMultipartRequest.desc(connection.nextXid()),
                OfMultipartReply.class).get(5, TimeUnit.SECONDS);
            assertEquals(String.format("%016x", DPID), ((OfDescReply) desc.get(0).body()).serialNumber());

            final var match = OfMatch.builder().inPort(1).build();
            connection.send(OfFlowMod.builder().xid(connection.nextXid()).cookie(0x544d_0000_0000_0007L).table(0)
                .priority(300).match(match).applyActions(new OfActionOutput(2, 0)).build()).get(5, TimeUnit.SECONDS);
            connection.barrier().get(5, TimeUnit.SECONDS);
            final var stats = connection.multipartRequest(OfMultipartRequest.flowStats(connection.nextXid(),
                OfFlowMod.ALL_TABLES, 0, 0, OfMatch.builder().build()), OfMultipartReply.class)
                .get(5, TimeUnit.SECONDS);
            final var flows = ((OfFlowStatsReply) stats.get(0).body()).flows();
            assertEquals(1, flows.size());
            assertEquals(0x544d_0000_0000_0007L, flows.get(0).cookie());
            assertEquals(match, flows.get(0).match());
            final var held = fleet.byDatapathId(DPID).query(state -> state.flows()).get(5, TimeUnit.SECONDS);
            assertEquals(1, held.size());
            final FlowEntry entry = held.get(0);
            assertEquals(300, entry.priority());
        }
    }

    @Test
    void anOpenFlow10SwitchHandshakesToo() throws Exception {
        try (var controller = RecordingController.start();
             var fleet = SwitchFleet.start(FleetConfig.builder().datapathIdBase(DPID).versions(OfVersion.OF10)
                 .ports(PortPlan.of(3)).controller(controller.address).threads(1).build())) {
            final var connection = controller.awaitSwitch(DPID);
            assertEquals(OfVersion.OF10, connection.version());
            assertEquals(254, connection.features().tables());
            final var echo = connection.request(new OfEchoRequest(OfVersion.OF10, connection.nextXid(),
                io.tunnelmesh.openflow.api.OfBytes.ofHex("10"))).get(5, TimeUnit.SECONDS);
            assertEquals(OfVersion.OF10, echo.version());
            connection.barrier().get(5, TimeUnit.SECONDS);
            assertEquals(OfVersion.OF10, fleet.byDatapathId(DPID).version());
        }
    }

    @Test
    void anOpenFlow10SwitchTakesFlowModsAndAnswersFlowStatistics() throws Exception {
        try (var controller = RecordingController.start();
             var fleet = SwitchFleet.start(FleetConfig.builder().datapathIdBase(DPID).versions(OfVersion.OF10)
                 .ports(PortPlan.of(3)).controller(controller.address).threads(1).build())) {
            final var connection = controller.awaitSwitch(DPID);
            final var match = Of10Match.builder().inPort(1).dlType(0x0800).nwProto(17).tpDst(4789).build();
            connection.send(Of10FlowMod.builder().xid(connection.nextXid()).cookie(0x10).priority(200).match(match)
                .actions(new Of10ActionSetTpDst(4790), Of10ActionOutput.to(3)).build()).get(5, TimeUnit.SECONDS);
            connection.send(Of10FlowMod.builder().xid(connection.nextXid()).priority(100)
                .match(Of10Match.builder().inPort(1).build()).actions(Of10ActionOutput.to(2)).build())
                .get(5, TimeUnit.SECONDS);
            connection.barrier().get(5, TimeUnit.SECONDS);
            assertEquals(List.of(), List.copyOf(controller.errors));

            final var stats = connection.multipartRequest(new Of10StatsRequest(connection.nextXid(), 0,
                new Of10StatsRequestBody.Flow(Of10Match.ALL, 0xff, Of10PortDesc.OFPP_NONE)), Of10StatsReply.class)
                .get(5, TimeUnit.SECONDS);
            final var flows = ((Of10StatsReplyBody.Flow) stats.get(0).body()).flows();
            assertEquals(2, flows.size());
            assertEquals(match, flows.stream().filter(flow -> flow.cookie() == 0x10).findFirst().orElseThrow()
                .match());

            final var vxlan = Packet.builder().inPort(1).ethType(0x0800).ipProto(17).tpDst(4789).build();
            final var where = fleet.byDatapathId(DPID).query(state -> state.evaluate(vxlan)).get(5, TimeUnit.SECONDS);
            assertEquals(List.of(3), where.outputs().stream().map(output -> output.port()).toList());
            assertEquals(vxlan.toBuilder().tpDst(4790).build(), where.outputs().get(0).packet());

            // vendor actions are not modelled: OFPBAC_BAD_VENDOR, in OpenFlow 1.0's form
            connection.send(Of10FlowMod.builder().xid(connection.nextXid()).actions(new Of10ActionVendor(0x2320,
                io.tunnelmesh.openflow.api.OfBytes.ofHex("0000000000000000"))).build()).get(5, TimeUnit.SECONDS);
            connection.barrier().get(5, TimeUnit.SECONDS);
            assertEquals(Of10ErrorCode.OFPBAC_BAD_VENDOR, assertInstanceOf(Of10Error.class,
                controller.errors.peek()).error());
        }
    }

    @Test
    void errorsComeBackWithTheRequestsBytes() throws Exception {
        try (var controller = RecordingController.start();
             var fleet = SwitchFleet.start(FleetConfig.builder().datapathIdBase(DPID).controller(controller.address)
                 .threads(1).build())) {
            final var connection = controller.awaitSwitch(DPID);
            // goto-table must go forward: OFPBIC_BAD_TABLE_ID
            final var bad = OfFlowMod.builder().xid(connection.nextXid()).table(3).priority(1)
                .match(OfMatch.builder().build()).gotoTable(2).build();
            final var failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> connection.request(bad).get(5, TimeUnit.SECONDS));
            final var error = assertInstanceOf(OfError.class, assertInstanceOf(OfErrorReplyException.class,
                failure.getCause()).error());
            assertEquals(OfErrorCode.OFPBIC_BAD_TABLE_ID, error.error());
            final var frame = Unpooled.wrappedBuffer(error.data().toByteArray());
            try {
                assertEquals(bad, new OfMessageDecoder(OpenFlowCodecs.standard()).decode(frame));
            } finally {
                frame.release();
            }
            assertEquals(0, fleet.counters().flows());
        }
    }

    @Test
    void controllerDialsAListeningSwitch() throws Exception {
        try (var controller = RecordingController.start();
             var fleet = SwitchFleet.start(FleetConfig.builder().switches(3).datapathIdBase(DPID).threads(1)
                 .listen(InetAddress.getLoopbackAddress(), 0).build())) {
            fleet.started().get(5, TimeUnit.SECONDS);
            final var target = fleet.bySwitchNumber(3).listenAddress();
            assertNotNull(target);
            final var connection = controller.provider.connect(target).get(5, TimeUnit.SECONDS);
            final var done = controller.awaitSwitch(DPID + 2);
            assertTrue(connection == done, "the connection connect() returned is the one that handshook");
            connection.barrier().get(5, TimeUnit.SECONDS);
            assertTrue(fleet.awaitHandshaken(1, Duration.ofSeconds(5)));
            assertEquals(1, fleet.counters().handshaken());
        }
    }

    @Test
    void aSwitchThatGoesSilentIsProbedThenDropped() throws Exception {
        final var config = SwitchConnectionConfig.builder().port(0).idleTimeout(Duration.ofMillis(300))
            .echoTimeout(Duration.ofMillis(300)).build();
        try (var controller = new RecordingController(config);
             var fleet = SwitchFleet.start(FleetConfig.builder().datapathIdBase(DPID).controller(controller.address)
                 .reconnect(Duration.ofSeconds(30), Duration.ofSeconds(30)).threads(1).build())) {
            controller.awaitSwitch(DPID);
            // stuck: it reads nothing, so the controller's echo request stays unanswered
            fleet.byDatapathId(DPID).pauseReading();
            final var reason = controller.awaitDisconnect();
            assertEquals(OfDisconnectReason.Cause.IDLE, reason.cause());
            assertTrue(reason.detail().startsWith("no ECHO_REPLY"), reason.detail());
            assertTrue(controller.idles.get() >= 1, "the controller's listener heard the switch go idle");
        }
    }
}
