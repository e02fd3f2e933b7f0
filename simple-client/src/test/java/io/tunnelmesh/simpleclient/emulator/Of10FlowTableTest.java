/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionEnqueue;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionOutput;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetDlDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetNwTos;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpDst;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetTpSrc;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionSetVlanVid;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionStripVlan;
import io.tunnelmesh.openflow.api.message.v10.Of10ActionVendor;
import io.tunnelmesh.openflow.api.message.v10.Of10Error;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowMod;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowModCommand;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowRemoved;
import io.tunnelmesh.openflow.api.message.v10.Of10FlowStats;
import io.tunnelmesh.openflow.api.message.v10.Of10Match;
import io.tunnelmesh.openflow.api.message.v10.Of10PortDesc;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReply;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReplyBody;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequest;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequestBody;
import io.tunnelmesh.simpleclient.switchstate.Packet;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OpenFlow 1.0 flow-mods on the emulator's flow table, through the switch agent as a 1.0 controller reaches it:
 * adds, modifies and deletes with 1.0's rules, matches and actions read back from flow statistics as they were
 * sent, the packets they forward, flow-removed messages in 1.0 form, and refusals with 1.0 error codes.
 */
class Of10FlowTableTest {
    private static final int ALL_TABLES = 0xff;
    private static final int TCP = 6;

    private final SwitchAgent agent = new SwitchAgent(1, 0x10, PortPlan.of(4).ports(1), 254,
        InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z")),
        new EncodedRequestBytes(ScriptedController.REGISTRY));
    private final SwitchSession session = session();

    private SwitchSession session() {
        final var opened = new SwitchSession();
        opened.negotiated(OfVersion.OF10);
        agent.open(opened);
        return opened;
    }

    private static Inet4Address ipv4(final String text) throws UnknownHostException {
        return (Inet4Address) InetAddress.getByName(text);
    }

    private SwitchAgent.Answer send(final OfMessage message) {
        return agent.handle(message, session);
    }

    private void accepted(final OfMessage message) {
        final var answer = send(message);
        assertEquals(List.of(), answer.replies(), () -> message + " refused");
    }

    private Of10ErrorCode refused(final Of10FlowMod mod) {
        final var replies = send(mod).replies();
        assertEquals(1, replies.size(), replies::toString);
        final var error = assertInstanceOf(Of10Error.class, replies.get(0));
        assertEquals(mod.xid(), error.xid());
        return error.error();
    }

    private List<Of10FlowStats> flows(final Of10Match match, final int outPort) {
        final var reply = assertInstanceOf(Of10StatsReply.class, send(new Of10StatsRequest(9, 0,
            new Of10StatsRequestBody.Flow(match, ALL_TABLES, outPort))).replies().get(0));
        return ((Of10StatsReplyBody.Flow) reply.body()).flows();
    }

    private List<Integer> outputs(final Packet packet) {
        return agent.state().evaluate(packet).outputs().stream().map(output -> output.port()).toList();
    }

    private static Of10Match web() throws UnknownHostException {
        return Of10Match.builder().inPort(1).dlType(0x0800).nwDst(ipv4("10.0.0.0"), 8).nwProto(TCP).tpDst(80)
            .build();
    }

    @Test
    void aFlowComesBackFromStatisticsAsItWasSentAndForwards() throws UnknownHostException {
        final var mod = Of10FlowMod.builder().xid(3).cookie(0x77).priority(300).match(web()).actions(
            new Of10ActionSetNwTos(0x20), new Of10ActionSetTpDst(8080), Of10ActionOutput.to(2),
            new Of10ActionEnqueue(3, 1), Of10ActionOutput.to(Of10PortDesc.OFPP_CONTROLLER)).build();
        accepted(mod);
        final var flows = flows(Of10Match.ALL, Of10PortDesc.OFPP_NONE);
        assertEquals(1, flows.size());
        final var flow = flows.get(0);
        assertEquals(web(), flow.match());
        assertEquals(mod.actions(), flow.actions());
        assertEquals(0x77, flow.cookie());
        assertEquals(300, flow.priority());
        assertEquals(0, flow.tableId());

        final var packet = Packet.builder().inPort(1).ethType(0x0800).ipv4Dst(ipv4("10.9.8.7")).ipProto(TCP)
            .tpDst(80).build();
        assertEquals(List.of(2, 3, 0xfffffffd), outputs(packet));
        assertEquals(List.of(), outputs(packet.toBuilder().tpDst(443).build()));
        assertEquals(List.of(), outputs(packet.toBuilder().ipv4Dst(ipv4("11.0.0.1")).build()));
        assertEquals(1, flows(web(), 3).size(), "out_port 3 is an enqueue's");
        assertEquals(0, flows(web(), 4).size());
    }

    @Test
    void fieldsWhosePrerequisitesAreWildcardedAreIgnoredAndArpUsesTheNetworkFields() throws UnknownHostException {
        // nw_src without dl_type: Open vSwitch drops it, and so the flow matches everything from port 2
        accepted(Of10FlowMod.builder().priority(10).match(Of10Match.builder().inPort(2).nwSrc(ipv4("1.2.3.4"))
            .build()).actions(Of10ActionOutput.to(1)).build());
        assertEquals(Of10Match.builder().inPort(2).build(), flows(Of10Match.ALL, Of10PortDesc.OFPP_NONE).get(0)
            .match());
        final var arp = Of10Match.builder().dlType(0x0806).nwProto(1).nwDst(ipv4("192.168.0.9")).build();
        accepted(Of10FlowMod.builder().priority(20).match(arp).actions(Of10ActionOutput.to(4)).build());
        final var request = Packet.builder().inPort(3).ethType(0x0806).build().toBuilder()
            .set(io.tunnelmesh.openflow.api.match.OxmArpOp.of(1))
            .set(io.tunnelmesh.openflow.api.match.OxmArpTpa.of(ipv4("192.168.0.9"))).build();
        assertEquals(List.of(4), outputs(request));
        assertEquals(2, flows(Of10Match.ALL, Of10PortDesc.OFPP_NONE).size());
        assertEquals(arp, flows(arp, Of10PortDesc.OFPP_NONE).get(0).match());
    }

    @Test
    void anUntaggedMatchAndVlanActionsRoundTrip() {
        final var untagged = Of10Match.builder().dlVlan(Of10Match.VLAN_NONE).build();
        accepted(Of10FlowMod.builder().match(untagged).actions(new Of10ActionSetVlanVid(5), Of10ActionOutput.to(1))
            .build());
        final var tagged = Of10Match.builder().dlVlan(7).build();
        accepted(Of10FlowMod.builder().match(tagged).actions(Of10ActionStripVlan.INSTANCE, Of10ActionOutput.to(2))
            .build());
        assertEquals(List.of(1), outputs(Packet.builder().inPort(3).build()));
        assertEquals(List.of(2), outputs(Packet.builder().inPort(3).vlan(7).build()));
        assertEquals(List.of(new Of10ActionSetVlanVid(5), Of10ActionOutput.to(1)), flows(untagged,
            Of10PortDesc.OFPP_NONE).stream().filter(flow -> flow.match().equals(untagged)).findFirst().orElseThrow()
            .actions());
    }

    @Test
    void modifyAddsWhenNothingMatchesAndDeleteSendsA10FlowRemoved() throws UnknownHostException {
        final var modify = Of10FlowMod.builder().command(Of10FlowModCommand.MODIFY_STRICT).priority(5).match(web())
            .flags(Of10FlowMod.SEND_FLOW_REM).actions(Of10ActionOutput.to(1)).build();
        accepted(modify);
        assertEquals(List.of(Of10ActionOutput.to(1)), flows(Of10Match.ALL, Of10PortDesc.OFPP_NONE).get(0).actions());
        accepted(Of10FlowMod.builder().command(Of10FlowModCommand.MODIFY).match(Of10Match.builder().inPort(1)
            .build()).actions(Of10ActionOutput.to(4)).build());
        final var flows = flows(Of10Match.ALL, Of10PortDesc.OFPP_NONE);
        assertEquals(1, flows.size(), "a modify matching a flow adds nothing");
        assertEquals(List.of(Of10ActionOutput.to(4)), flows.get(0).actions());

        // a strict delete of another priority misses; the right one removes it
        assertEquals(List.of(), send(Of10FlowMod.builder().command(Of10FlowModCommand.DELETE_STRICT).priority(6)
            .match(web()).build()).events());
        final var events = send(Of10FlowMod.builder().command(Of10FlowModCommand.DELETE_STRICT).priority(5)
            .match(web()).build()).events();
        assertEquals(1, events.size());
        final Of10FlowRemoved removed = Of10FlowTable.flowRemoved((OfFlowRemoved) events.get(0));
        assertEquals(web(), removed.match());
        assertEquals(5, removed.priority());
        assertEquals(2, removed.reason(), "OFPRR_DELETE");
        assertEquals(0, agent.flowCount());
    }

    @Test
    void refusalsCarryOpenFlow10Codes() throws UnknownHostException {
        assertEquals(Of10ErrorCode.OFPBAC_BAD_VENDOR, refused(Of10FlowMod.builder().xid(11)
            .actions(new Of10ActionVendor(0x2320, OfBytes.ofHex("0000000000000000"))).build()));
        // a transport port set on a flow that does not pin TCP or UDP: OFPBAC_MATCH_INCONSISTENT in 1.3
        assertEquals(Of10ErrorCode.OFPBAC_BAD_ARGUMENT, refused(Of10FlowMod.builder().xid(12)
            .actions(new Of10ActionSetTpSrc(1)).build()));
        assertEquals(Of10ErrorCode.OFPBAC_BAD_OUT_PORT, refused(Of10FlowMod.builder().xid(13)
            .actions(Of10ActionOutput.to(0xff01)).build()));
        assertEquals(Of10ErrorCode.OFPFMFC_UNSUPPORTED, refused(Of10FlowMod.builder().xid(14)
            .flags(Of10FlowMod.EMERG).build()));
        accepted(Of10FlowMod.builder().priority(9).match(web()).build());
        assertEquals(Of10ErrorCode.OFPFMFC_OVERLAP, refused(Of10FlowMod.builder().xid(15).priority(9)
            .flags(Of10FlowMod.CHECK_OVERLAP).match(Of10Match.builder().inPort(1).build()).build()));
        assertEquals(Of10ErrorCode.OFPFMFC_BAD_COMMAND, refused(new Of10FlowMod(16, Of10Match.ALL, 0,
            Of10FlowModCommand.valueOf(7), 0, 0, 0, -1, Of10PortDesc.OFPP_NONE, 0, List.of())));
        final var error = (Of10Error) send(Of10FlowMod.builder().xid(17).actions(new Of10ActionSetDlDst(
            MacAddress.BROADCAST), new Of10ActionVendor(1, OfBytes.ofHex("0000000000000000"))).build()).replies()
            .get(0);
        assertEquals(17, error.data().toByteArray()[7], "the error carries the 1.0 request");
        assertEquals(1, error.data().toByteArray()[0], "version 1.0");
    }

    @Test
    void aggregateAndTableStatisticsCountTable0() throws UnknownHostException {
        accepted(Of10FlowMod.builder().priority(1).match(web()).actions(Of10ActionOutput.to(2)).build());
        accepted(Of10FlowMod.builder().priority(2).actions(Of10ActionOutput.to(3)).build());
        final var aggregate = (Of10StatsReply) send(new Of10StatsRequest(4, 0, new Of10StatsRequestBody.Aggregate(
            Of10Match.ALL, ALL_TABLES, Of10PortDesc.OFPP_NONE))).replies().get(0);
        assertEquals(2, ((Of10StatsReplyBody.Aggregate) aggregate.body()).flowCount());
        final var tables = (Of10StatsReply) send(new Of10StatsRequest(5, 0, Of10StatsRequestBody.Table.INSTANCE))
            .replies().get(0);
        final var table = ((Of10StatsReplyBody.Table) tables.body()).tables();
        assertEquals(1, table.size());
        assertEquals(2, table.get(0).activeCount());
    }
}
