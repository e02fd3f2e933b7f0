/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.action.OfActionDecNwTtl;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPopVlan;
import io.tunnelmesh.openflow.api.action.OfActionPushVlan;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionCt;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionExit;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionOutputReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad2;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegMove;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmit;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionResubmitTable;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionSetTunnel64;
import io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef;
import io.tunnelmesh.openflow.api.ext.nicira.NxmReg;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.instruction.OfInstructionClearActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteMetadata;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmIpv4Dst;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmVlanVid;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.OfPortDesc;
import io.tunnelmesh.openflow.api.message.multipart.OfTableStatsReply;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineRunTest {
    /** {@code NXM_NX_REG0}, 4 bytes. */
    private static final NxFieldRef REG0 = NxFieldRef.of(0x00010004);
    /** {@code NXM_NX_REG1}. */
    private static final NxFieldRef REG1 = NxFieldRef.of(0x00010204);
    /** {@code NXM_OF_IN_PORT}, 2 bytes. */
    private static final NxFieldRef NXM_IN_PORT = NxFieldRef.of(0x00000002);

    private final TestSwitches.TestClock clock = new TestSwitches.TestClock();
    private final SwitchState state = new SwitchState(TestSwitches.withTunnel(), clock, RequestBytes.NONE);

    private void add(final OfFlowMod.Builder flow) {
        try {
            state.apply(flow.build());
        } catch (RequestRefusedException e) {
            throw new AssertionError(e);
        }
    }

    private static OfFlowMod.Builder table(final int table, final int priority) {
        return OfFlowMod.builder().table(table).priority(priority);
    }

    private static Packet from(final int inPort) {
        return Packet.builder().inPort(inPort).build();
    }

    @Test
    void aTableMissDropsThePacket() {
        final PipelineResult result = state.evaluate(from(1));
        assertTrue(result.isDropped());
        assertNull(result.failure());
        assertTrue(result.trace().get(0).contains("no match"), result.trace()::toString);
    }

    @Test
    void specialPortsResolveToTheSwitchsPorts() {
        add(table(0, 1).match(OfMatch.of(OxmInPort.of(1))).applyActions(OfActionOutput.to(1),
            OfActionOutput.to(OfActionOutput.IN_PORT), OfActionOutput.to(OfActionOutput.LOCAL),
            OfActionOutput.to(OfActionOutput.CONTROLLER), OfActionOutput.to(99)));
        add(table(0, 1).match(OfMatch.of(OxmInPort.of(2))).applyActions(OfActionOutput.to(OfActionOutput.ALL)));
        final PipelineResult one = state.evaluate(from(1));
        // output:1 from port 1 is skipped, IN_PORT is not; port 99 does not exist
        assertEquals(List.of(1, OfActionOutput.LOCAL, OfActionOutput.CONTROLLER), one.ports());
        assertTrue(one.outputs().get(2).isController());
        // ALL: every port but the ingress one; the tunnel port needs a tunnel destination
        assertEquals(List.of(1, 3, 4, 5, TestSwitches.TUNNEL_PORT, OfActionOutput.LOCAL),
            state.evaluate(from(2).toBuilder().tunIpv4Dst(TestSwitches.ipv4("192.168.1.2")).build()).ports());
        assertEquals(List.of(1, 3, 4, 5, OfActionOutput.LOCAL), state.evaluate(from(2)).ports());
    }

    @Test
    void aPortWithNoForwardDropsWhatIsOutputToItAPortThatIsDownDoesNot() {
        final OfPortDesc p4 = TestSwitches.port(4, "p4");
        state.putPort(SwitchPort.of(new OfPortDesc(4, p4.hwAddress(), "p4", SwitchPort.CONFIG_NO_FWD, p4.state(), 0, 0,
            0, 0, 0, 0)));
        state.putPort(SwitchPort.of(TestSwitches.downPort(3, "p3")));
        add(table(0, 1).applyActions(OfActionOutput.to(3), OfActionOutput.to(4)));
        // as in Open vSwitch, where a port that is down still gets its datapath action
        assertEquals(List.of(3), state.evaluate(from(1)).ports());
    }

    @Test
    void applyActionsChangeTheHeadersOfLaterOutputsOnly() {
        add(table(0, 1).match(OfMatch.of(OxmInPort.of(1))).applyActions(OfActionOutput.to(2),
            OfActionSetField.of(OxmEthDst.of(TestSwitches.mac(9))), new NxActionSetTunnel64(0x1388),
            OfActionSetField.of(NxmTunIpv4Dst.of(TestSwitches.ipv4("192.168.1.2"))),
            OfActionOutput.to(TestSwitches.TUNNEL_PORT)));
        final Packet input = from(1).toBuilder().ethDst(TestSwitches.mac(1)).build();
        final PipelineResult result = state.evaluate(input);
        assertEquals(List.of(2, TestSwitches.TUNNEL_PORT), result.ports());
        assertEquals(input, result.outputs().get(0).packet());
        final Packet tunnelled = result.outputs().get(1).packet();
        assertEquals(TestSwitches.mac(9), tunnelled.ethDst());
        assertEquals(0x1388, tunnelled.tunId());
        assertEquals(TestSwitches.ipv4("192.168.1.2"), tunnelled.tunIpv4Dst());
    }

    @Test
    void pushAndPopVlan() {
        add(table(0, 1).match(OfMatch.of(OxmInPort.of(1))).applyActions(new OfActionPushVlan(0x8100),
            OfActionSetField.of(OxmVlanVid.of(0x1000 | 100)), OfActionOutput.to(2)));
        add(table(0, 1).match(OfMatch.of(OxmInPort.of(3), OxmVlanVid.of(0x1000 | 100)))
            .applyActions(OfActionPopVlan.INSTANCE, OfActionOutput.to(4)));
        final Packet tagged = state.evaluate(from(1)).outputs().get(0).packet();
        assertEquals(0x1000 | 100, tagged.vlanVid());
        assertEquals(Packet.DEFAULT_LENGTH + 4, tagged.length());
        final Packet untagged = state.evaluate(tagged.toBuilder().inPort(3).build()).outputs().get(0).packet();
        assertEquals(0, untagged.vlanVid());
        assertEquals(Packet.DEFAULT_LENGTH, untagged.length());
    }

    @Test
    void setFieldOnAPacketWithoutTheFieldIsIgnored() {
        add(table(0, 1).match(OfMatch.of(OxmEthType.of(0x0800))).applyActions(OfActionSetField.of(
            OxmIpv4Dst.of(TestSwitches.ipv4("10.0.0.9"))), OfActionSetField.of(OxmVlanVid.of(0x1005)),
            OfActionOutput.to(2)));
        final Packet out = state.evaluate(from(1).toBuilder().ethType(0x0800).build()).outputs().get(0).packet();
        assertEquals(TestSwitches.ipv4("10.0.0.9"), out.ipv4Dst());
        // untagged: the VLAN id is not set
        assertEquals(0, out.vlanVid());
    }

    @Test
    void writeActionsRunAtTheEndInSpecOrderAndClearActionsEmptiesTheSet() {
        add(table(0, 1).instruction(OfInstructionWriteActions.of(OfActionOutput.to(2))).gotoTable(1));
        add(table(1, 1).match(OfMatch.of(OxmInPort.of(1))).applyActions(OfActionOutput.to(3))
            .instruction(OfInstructionClearActions.INSTANCE)
            .instruction(OfInstructionWriteActions.of(OfActionOutput.to(4), OfActionSetField.of(
                OxmVlanVid.of(0x1000 | 100)), new OfActionPushVlan(0x8100))));
        // port 1: apply output:3 first, then the set (push_vlan before set_field, output last)
        final PipelineResult one = state.evaluate(from(1));
        assertEquals(List.of(3, 4), one.ports());
        assertEquals(0x1000 | 100, one.outputs().get(1).packet().vlanVid());
        // port 3 misses table 1, but the action set written by table 0 still runs, as in Open vSwitch
        assertEquals(List.of(2), state.evaluate(from(3)).ports());
    }

    @Test
    void aGroupInTheActionSetWinsOverTheOutput() throws RequestRefusedException {
        state.apply(OfGroupMod.add(1, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(5))));
        add(table(0, 1).instruction(OfInstructionWriteActions.of(OfActionOutput.to(2),
            OfActionGroup.of(1))));
        assertEquals(List.of(5), state.evaluate(from(1)).ports());
    }

    @Test
    void writeMetadataUnderItsMaskReachesTheNextTable() {
        add(table(0, 1).instruction(OfInstructionWriteMetadata.of(0x1234, 0xff00)).gotoTable(7));
        add(table(7, 1).match(OfMatch.of(OxmMetadata.of(0x1200))).applyActions(OfActionOutput.to(3)));
        final PipelineResult result = state.evaluate(from(1).toBuilder().metadata(0xff).build());
        assertEquals(List.of(), result.ports(), result.trace()::toString);
        final PipelineResult clean = state.evaluate(from(1));
        assertEquals(List.of(3), clean.ports());
        assertEquals(0x1200, clean.outputs().get(0).packet().metadata());
    }

    @Test
    void resubmitLooksUpAnotherTableAndComesBack() {
        add(table(0, 1).match(OfMatch.of(OxmInPort.of(1))).applyActions(new NxActionResubmitTable(0xfff8, 3),
            OfActionOutput.to(2)));
        add(table(3, 1).match(OfMatch.of(OxmInPort.of(1))).applyActions(OfActionOutput.to(4)));
        add(table(0, 1).match(OfMatch.of(OxmInPort.of(5))).applyActions(new NxActionResubmit(1)));
        assertEquals(List.of(4, 2), state.evaluate(from(1)).ports());
        // resubmit(1): table 0 again with in_port 1, which then outputs to 4 and 2; the ingress port is 5 again after
        final PipelineResult result = state.evaluate(from(5));
        assertEquals(List.of(4, 2), result.ports());
        assertEquals(1, result.outputs().get(0).packet().inPort());
    }

    @Test
    void resubmitLoopsStopAtDepth64AndDropEverything() {
        add(table(0, 1).applyActions(OfActionOutput.to(2), new NxActionResubmitTable(0xfff8, 0)));
        final PipelineResult result = state.evaluate(from(1));
        assertTrue(result.isDropped());
        assertEquals("over max translation depth 64", result.failure());
        // 64 nested resubmits are allowed: a chain of 64 tables resubmitting to the next one still forwards
        for (int table = 10; table < 10 + PipelineRun.MAX_DEPTH; table++) {
            add(table(table, 1).applyActions(new NxActionResubmitTable(0xfff8, table + 1)));
        }
        add(table(10 + PipelineRun.MAX_DEPTH, 1).applyActions(OfActionOutput.to(3)));
        add(table(0, 2).match(OfMatch.of(OxmInPort.of(4))).applyActions(new NxActionResubmitTable(0xfff8, 11)));
        assertEquals(List.of(3), state.evaluate(from(4)).ports());
        add(table(0, 2).match(OfMatch.of(OxmInPort.of(5))).applyActions(new NxActionResubmitTable(0xfff8, 10)));
        assertNotNull(state.evaluate(from(5)).failure());
    }

    @Test
    void registerLoadsAndMovesWorkOnSubfields() {
        add(table(0, 1).match(OfMatch.of(OxmInPort.of(1))).applyActions(
            new NxActionRegLoad(REG0, 4, 8, 0xab),
            new NxActionRegMove(NXM_IN_PORT, 0, REG1, 16, 16),
            new NxActionRegLoad2(NxmReg.masked(2, 0x0000_00f0, 0x0000_00f0)),
            new NxActionResubmitTable(0xfff8, 1)));
        add(table(1, 1).match(OfMatch.of(NxmReg.of(0, 0xab0), NxmReg.of(1, 0x0001_0000)))
            .applyActions(new NxActionOutputReg(REG0, 4, 4, 0)));
        final PipelineResult result = state.evaluate(from(1));
        // output_reg reads bits 4..7 of reg0: 0xb = 11, a port that does not exist; nothing leaves
        assertEquals(List.of(), result.ports(), result.trace()::toString);
        assertTrue(result.trace().stream().anyMatch(line -> line.contains("nonexistent port 11")),
            result.trace()::toString);
    }

    @Test
    void decTtlSendsAnExpiringPacketToTheController() {
        add(table(0, 1).match(OfMatch.of(OxmEthType.of(0x0800))).applyActions(OfActionDecNwTtl.INSTANCE,
            OfActionOutput.to(2)));
        final Packet ip = from(1).toBuilder().ethType(0x0800).ipTtl(2).build();
        final PipelineResult alive = state.evaluate(ip);
        assertEquals(List.of(2), alive.ports());
        assertEquals(1, alive.outputs().get(0).packet().get(PacketField.IP_TTL).intValue());
        final PipelineResult expiring = state.evaluate(ip.toBuilder().ipTtl(1).build());
        assertEquals(List.of(OfActionOutput.CONTROLLER), expiring.ports());
    }

    @Test
    void exitStopsEverythingIncludingTheActionSet() {
        add(table(0, 1).instruction(OfInstructionWriteActions.of(OfActionOutput.to(2))).gotoTable(1));
        add(table(1, 1).applyActions(OfActionOutput.to(3), new NxActionExit(), OfActionOutput.to(5)));
        assertEquals(List.of(3), state.evaluate(from(1)).ports());
    }

    @Test
    void actionsNotModelledFailThePipeline() {
        add(table(0, 1).applyActions(OfActionOutput.to(2), new NxActionCt(0, new NxActionCt.ImmediateZone(0),
            0xff, 0, List.of())));
        final PipelineResult result = state.evaluate(from(1));
        assertTrue(result.isDropped());
        assertTrue(result.failure() != null && result.failure().contains("not modelled"), result::toString);
    }

    @Test
    void receivingCountsFlowsAndTablesEvaluatingDoesNot() throws RequestRefusedException {
        add(table(0, 1).match(OfMatch.of(OxmInPort.of(1))).gotoTable(1));
        add(table(1, 1).applyActions(OfActionOutput.to(2)));
        state.evaluate(from(1));
        assertEquals(0, state.flows().get(0).packetCount());
        state.receive(from(1).toBuilder().length(100).build());
        state.receive(from(3));
        assertEquals(List.of(1L, 1L), state.flows().stream().map(FlowEntry::packetCount).toList());
        assertEquals(100, state.flows().get(1).byteCount());
        final var tables = state.handle(OfMultipartRequest.tableStats(1));
        final var stats = ((OfTableStatsReply) ((OfMultipartReply) tables.get(0)).body()).tables();
        assertEquals(254, stats.size());
        assertEquals(2, stats.get(0).lookupCount());
        assertEquals(1, stats.get(0).matchedCount());
        assertEquals(1, stats.get(1).lookupCount());
    }
}
