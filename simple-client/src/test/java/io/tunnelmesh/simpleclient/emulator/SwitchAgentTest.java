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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfAsyncConfig;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfControllerRole;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfGetConfigReply;
import io.tunnelmesh.openflow.api.message.OfGetConfigRequest;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.OfPacketIn;
import io.tunnelmesh.openflow.api.message.OfPortMod;
import io.tunnelmesh.openflow.api.message.OfPortStatus;
import io.tunnelmesh.openflow.api.message.OfRoleReply;
import io.tunnelmesh.openflow.api.message.OfRoleRequest;
import io.tunnelmesh.openflow.api.message.OfSetConfig;
import io.tunnelmesh.openflow.api.message.OfSwitchConfig;
import io.tunnelmesh.openflow.api.message.multipart.OfDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfPortStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfTableFeaturesRequest;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowMod;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowModCommand;
import io.tunnelmesh.openflow.api.message.v10.Of10Match;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageDecoder;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The switch's protocol logic without a network: what it answers about itself, roles and generation ids, the
 * asynchronous configuration, port-mods, and the bytes its errors carry.
 */
class SwitchAgentTest {
    private static final long DPID = 0x42;
    private static final PortPlan PORTS = PortPlan.of(3);

    private final SwitchAgent agent = new SwitchAgent(7, DPID, PORTS.ports(7), 254,
        InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z")),
        new EncodedRequestBytes(ScriptedController.REGISTRY));

    private SwitchSession session(final OfVersion version) {
        final var session = new SwitchSession();
        session.negotiated(version);
        agent.open(session);
        return session;
    }

    private static OfMessage only(final SwitchAgent.Answer answer) {
        assertEquals(List.of(), answer.events());
        assertEquals(1, answer.replies().size(), answer.toString());
        return answer.replies().get(0);
    }

    /**
     * The error's data must be the request as it went on the wire: decoding it gives the request back.
     */
    private static void assertCarries(final OfMessage request, final OfBytes data) {
        final var frame = Unpooled.wrappedBuffer(data.toByteArray());
        try {
            assertEquals(request, new OfMessageDecoder(ScriptedController.REGISTRY).decode(frame));
        } finally {
            frame.release();
        }
    }

    @Test
    void answersNothingBeforeTheVersionIsNegotiated() {
        final var session = new SwitchSession();
        agent.open(session);
        assertEquals(SwitchAgent.Answer.NONE, agent.handle(OfFeaturesRequest.of(1), session));
    }

    @Test
    void describesItself() {
        final var session = session(OfVersion.OF13);
        assertEquals(new OfFeaturesReply(3, DPID, 0, 254, 0, 0x4f, 0),
            only(agent.handle(OfFeaturesRequest.of(3), session)));
        final var desc = (OfDescReply) ((OfMultipartReply) only(agent.handle(OfMultipartRequest.desc(4), session)))
            .body();
        assertEquals("0000000000000042", desc.serialNumber());
        assertEquals("emulated switch 7", desc.datapath());
        final var stats = (OfPortStatsReply) ((OfMultipartReply) only(agent.handle(OfMultipartRequest.portStats(5,
            OfPortStatsRequest.ANY), session))).body();
        assertEquals(List.of(1, 2, 3, OfActionOutput.LOCAL), stats.ports().stream().map(port -> port.portNo())
            .toList());
        assertEquals(1, ((OfPortStatsReply) ((OfMultipartReply) only(agent.handle(OfMultipartRequest.portStats(6,
            2), session))).body()).ports().size());
    }

    @Test
    void keepsItsConfiguration() {
        final var session = session(OfVersion.OF13);
        assertEquals(new OfGetConfigReply(1, SwitchAgent.DEFAULT_CONFIG),
            only(agent.handle(OfGetConfigRequest.of(1), session)));
        final var config = new OfSwitchConfig(OfSwitchConfig.FRAG_DROP, OfSwitchConfig.NO_BUFFER);
        assertEquals(SwitchAgent.Answer.NONE, agent.handle(new OfSetConfig(2, config), session));
        assertEquals(new OfGetConfigReply(3, config), only(agent.handle(OfGetConfigRequest.of(3), session)));
    }

    @Test
    void refusesStaleGenerationIdsAndDemotesTheOldMaster() {
        final var first = session(OfVersion.OF13);
        final var second = session(OfVersion.OF13);
        assertEquals(new OfRoleReply(1, OfControllerRole.MASTER, 10),
            only(agent.handle(new OfRoleRequest(1, OfControllerRole.MASTER, 10), first)));
        assertEquals(new OfRoleReply(2, OfControllerRole.MASTER, 11),
            only(agent.handle(new OfRoleRequest(2, OfControllerRole.MASTER, 11), second)));
        assertEquals(OfControllerRole.SLAVE, first.role());
        // 10 - 11 < 0: stale
        final var stale = new OfRoleRequest(3, OfControllerRole.MASTER, 10);
        final var error = assertInstanceOf(OfError.class, only(agent.handle(stale, first)));
        assertEquals(OfErrorCode.OFPRRFC_STALE, error.error());
        assertCarries(stale, error.data());
        // the comparison wraps around: 0x8000000000000000 is newer than 11 as a difference
        assertEquals(new OfRoleReply(4, OfControllerRole.SLAVE, Long.MIN_VALUE + 5), only(agent.handle(
            new OfRoleRequest(4, OfControllerRole.SLAVE, Long.MIN_VALUE + 5), first)));
        // NOCHANGE reads; EQUAL carries no generation id that counts
        assertEquals(new OfRoleReply(5, OfControllerRole.MASTER, Long.MIN_VALUE + 5),
            only(agent.handle(new OfRoleRequest(5, OfControllerRole.NOCHANGE, 0), second)));
        assertEquals(new OfRoleReply(6, OfControllerRole.EQUAL, Long.MIN_VALUE + 5),
            only(agent.handle(new OfRoleRequest(6, OfControllerRole.EQUAL, 0), first)));
        assertEquals(OfErrorCode.OFPRRFC_BAD_ROLE, assertInstanceOf(OfError.class, only(agent.handle(
            new OfRoleRequest(7, OfControllerRole.valueOf(9), 0), first))).error());
    }

    @Test
    void aSlaveMayReadButNotModify() {
        final var slave = session(OfVersion.OF13);
        agent.handle(new OfRoleRequest(1, OfControllerRole.SLAVE, 1), slave);
        final var flowMod = OfFlowMod.builder().xid(2).table(0).priority(1).match(OfMatch.builder().build()).build();
        final var error = assertInstanceOf(OfError.class, only(agent.handle(flowMod, slave)));
        assertEquals(OfErrorCode.OFPBRC_IS_SLAVE, error.error());
        assertEquals(2, error.xid());
        assertCarries(flowMod, error.data());
        assertEquals(0, agent.flowCount());
        assertInstanceOf(OfMultipartReply.class, only(agent.handle(OfMultipartRequest.flowStats(3, 0xff, 0, 0,
            OfMatch.builder().build()), slave)));
    }

    @Test
    void sendsAsynchronousMessagesAsTheRoleAndConfigurationSay() {
        final var session = session(OfVersion.OF13);
        final var removed = new OfFlowRemoved(0, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, OfMatch.builder().build());
        final var packetIn = new OfPacketIn(0, OfPacketIn.NO_BUFFER, 0, 2, 0, 0, OfMatch.builder().build(),
            OfBytes.EMPTY);
        assertTrue(session.wants(removed));
        // OFPR_INVALID_TTL is off by default
        assertFalse(session.wants(packetIn));
        agent.handle(new OfRoleRequest(1, OfControllerRole.SLAVE, 1), session);
        assertFalse(session.wants(removed));
        assertTrue(session.wants(new OfPortStatus(0, OfPortStatus.REASON_MODIFY, PORTS.ports(7).get(0).desc())));
        session.async(new OfAsyncConfig(0, 1 << 2, 0, 0, 0, 1 << 2));
        assertTrue(session.wants(packetIn));
        assertTrue(session.wants(removed));
    }

    @Test
    void portModChangesTheConfigurationAndAnnouncesIt() {
        final var session = session(OfVersion.OF13);
        final var port = PORTS.ports(7).get(1).desc();
        final var answer = agent.handle(new OfPortMod(1, port.portNo(), port.hwAddress(), OfPortMod.PORT_DOWN,
            OfPortMod.PORT_DOWN, 0), session);
        assertEquals(List.of(), answer.replies());
        final var status = assertInstanceOf(OfPortStatus.class, answer.events().get(0));
        assertEquals(OfPortStatus.REASON_MODIFY, status.reason());
        assertEquals(OfPortMod.PORT_DOWN, status.port().config());
        assertEquals(OfPortMod.PORT_DOWN, agent.port(port.portNo()).desc().config());
        // the same again changes nothing and says nothing
        assertEquals(SwitchAgent.Answer.NONE, agent.handle(new OfPortMod(2, port.portNo(), port.hwAddress(),
            OfPortMod.PORT_DOWN, OfPortMod.PORT_DOWN, 0), session));
        assertEquals(OfErrorCode.OFPPMFC_BAD_PORT, assertInstanceOf(OfError.class, only(agent.handle(
            new OfPortMod(3, 99, port.hwAddress(), 0, 1, 0), session))).error());
        assertEquals(OfErrorCode.OFPPMFC_BAD_HW_ADDR, assertInstanceOf(OfError.class, only(agent.handle(
            new OfPortMod(4, port.portNo(), MacAddress.ZERO, 0, 1, 0), session))).error());
    }

    @Test
    void splitsFlowRemovedFromReplies() {
        final var session = session(OfVersion.OF13);
        agent.handle(OfFlowMod.builder().xid(1).table(0).priority(1).flags(OfFlowMod.SEND_FLOW_REM)
            .match(OfMatch.builder().inPort(1).build()).build(), session);
        assertEquals(1, agent.flowCount());
        final var answer = agent.handle(OfFlowMod.builder().xid(2).command(OfFlowModCommand.DELETE)
            .table(OfFlowMod.ALL_TABLES).match(OfMatch.builder().build()).build(), session);
        assertEquals(List.of(), answer.replies());
        assertInstanceOf(OfFlowRemoved.class, answer.events().get(0));
        assertEquals(0, agent.flowCount());
    }

    @Test
    void refusesWhatItDoesNotModel() {
        final var session = session(OfVersion.OF13);
        final var request = OfMultipartRequest.tableFeatures(1);
        final var error = assertInstanceOf(OfError.class, only(agent.handle(request, session)));
        assertEquals(OfErrorCode.OFPBRC_BAD_MULTIPART, error.error());
        assertCarries(request, error.data());
        assertEquals(OfTableFeaturesRequest.READ, request.body());
        assertEquals(OfErrorCode.OFPBRC_BAD_TYPE, assertInstanceOf(OfError.class, only(agent.handle(
            new OfFeaturesReply(2, 1, 0, 1, 0, 0, 0), session))).error());
    }

    @Test
    void anOpenFlow10SwitchRefusesEmergencyFlowsWithTheRequestsFirstBytes() throws java.net.UnknownHostException {
        final var session = session(OfVersion.OF10);
        final var any = (java.net.Inet4Address) java.net.InetAddress.getByAddress(new byte[4]);
        final var all = new Of10Match(Of10Match.OFPFW_ALL, 0, MacAddress.ZERO, MacAddress.ZERO, 0, 0, 0, 0, 0, any, any,
            0, 0);
        final var flowMod = new Of10FlowMod(5, all, 0, Of10FlowModCommand.ADD, 0, 0, 1, -1, 0xffff,
            Of10FlowMod.EMERG, List.of());
        final var error = assertInstanceOf(Of10Error.class, only(agent.handle(flowMod, session)));
        assertEquals(Of10ErrorCode.OFPFMFC_UNSUPPORTED, error.error());
        assertEquals(5, error.xid());
        assertEquals(64, error.data().length(), "the first 64 bytes of the 72-byte flow-mod");
        assertInstanceOf(io.tunnelmesh.openflow.api.message.OfBarrierReply.class,
            only(agent.handle(new OfBarrierRequest(OfVersion.OF10, 6), session)));
    }
}
