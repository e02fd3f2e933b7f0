/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static io.tunnelmesh.simpleclient.switchstate.TestSwitches.errorOf;
import static io.tunnelmesh.simpleclient.switchstate.TestSwitches.onfCodeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionPushVlan;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionExit;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionNote;
import io.tunnelmesh.openflow.api.ext.nicira.NxActionRegLoad;
import io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionGotoTable;
import io.tunnelmesh.openflow.api.instruction.OfInstructionMeter;
import io.tunnelmesh.openflow.api.instruction.OfInstructionUnknown;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteActions;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthType;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmIpv4Dst;
import io.tunnelmesh.openflow.api.match.OxmMetadata;
import io.tunnelmesh.openflow.api.match.OxmTcpDst;
import io.tunnelmesh.openflow.api.match.OxmUnknown;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowTablesTest {
    private final TestSwitches.TestClock clock = new TestSwitches.TestClock();
    private final SwitchState state = TestSwitches.switchState(clock);

    private static OfFlowMod.Builder flow(final int table, final int priority, final int inPort) {
        return OfFlowMod.builder().table(table).priority(priority).match(OfMatch.of(OxmInPort.of(inPort)));
    }

    private static Packet from(final int inPort) {
        return Packet.builder().inPort(inPort).build();
    }

    private OfErrorCode refusal(final OfFlowMod mod) {
        return errorOf(state.handle(mod));
    }

    @Test
    void flowCountsByCookieMarkFollowAddsReplacesAndDeletes() throws RequestRefusedException {
        final long mark = 0x544dL << 48;
        final long markMask = 0xffffL << 48;
        state.apply(flow(0, 100, 1).cookie(mark | 1).build());
        state.apply(flow(10, 100, 2).cookie(mark | 2).build());
        state.apply(flow(10, 100, 3).cookie(7).build());
        // an add with the same match and priority replaces: still two of ours
        state.apply(flow(10, 100, 2).cookie(mark | 3).build());
        assertEquals(2, state.flowCount(mark, markMask));
        assertEquals(1, state.flowCount(0, markMask));
        state.apply(flow(0, 100, 1).command(OfFlowModCommand.DELETE_STRICT).build());
        assertEquals(1, state.flowCount(mark, markMask));
        // another mask counts by looking
        assertEquals(1, state.flowCount(7, -1L));
    }

    @Test
    void theHighestPriorityMatchingFlowWins() throws RequestRefusedException {
        state.apply(OfFlowMod.builder().priority(0).applyActions(OfActionOutput.to(5)).build());
        state.apply(flow(0, 100, 1).applyActions(OfActionOutput.to(2)).build());
        state.apply(OfFlowMod.builder().priority(200).match(OfMatch.of(OxmInPort.of(1), OxmMetadata.of(0)))
            .applyActions(OfActionOutput.to(3)).build());
        assertEquals(List.of(3), state.evaluate(from(1)).ports());
        assertEquals(List.of(5), state.evaluate(from(4)).ports());
    }

    @Test
    void anIdenticalAddReplacesTheFlowAndKeepsItsCountersUnlessReset() throws RequestRefusedException {
        state.apply(flow(0, 100, 1).cookie(1).applyActions(OfActionOutput.to(2)).build());
        state.receive(from(1));
        state.receive(from(1));
        state.apply(flow(0, 100, 1).cookie(2).applyActions(OfActionOutput.to(3)).build());
        assertEquals(1, state.flowCount());
        final FlowEntry replaced = state.flows().get(0);
        assertEquals(2, replaced.cookie());
        assertEquals(2, replaced.packetCount());
        assertEquals(2 * Packet.DEFAULT_LENGTH, replaced.byteCount());
        assertEquals(List.of(3), state.evaluate(from(1)).ports());

        state.apply(flow(0, 100, 1).flags(OfFlowMod.RESET_COUNTS).applyActions(OfActionOutput.to(3)).build());
        assertEquals(0, state.flows().get(0).packetCount());
    }

    @Test
    void checkOverlapRefusesAnOverlappingFlowOfTheSamePriority() throws RequestRefusedException {
        state.apply(OfFlowMod.builder().priority(5).match(OfMatch.of(OxmEthType.of(0x0800))).build());
        final OfFlowMod overlapping = OfFlowMod.builder().priority(5).flags(OfFlowMod.CHECK_OVERLAP)
            .match(OfMatch.of(OxmEthType.of(0x0800), OxmIpv4Dst.of(TestSwitches.ipv4("10.0.0.1")))).build();
        assertEquals(OfErrorCode.OFPFMFC_OVERLAP, refusal(overlapping));
        // an identical flow overlaps too
        assertEquals(OfErrorCode.OFPFMFC_OVERLAP, refusal(OfFlowMod.builder().priority(5)
            .flags(OfFlowMod.CHECK_OVERLAP).match(OfMatch.of(OxmEthType.of(0x0800))).build()));
        assertEquals(1, state.flowCount());
        // another priority, or a disjoint match, does not overlap
        state.apply(OfFlowMod.builder().priority(6).flags(OfFlowMod.CHECK_OVERLAP)
            .match(OfMatch.of(OxmEthType.of(0x0800))).build());
        state.apply(OfFlowMod.builder().priority(5).flags(OfFlowMod.CHECK_OVERLAP)
            .match(OfMatch.of(OxmEthType.of(0x0806))).build());
        assertEquals(3, state.flowCount());
    }

    @Test
    void modifyReplacesInstructionsOfTheFlowsWithinTheMatchAndCookie() throws RequestRefusedException {
        state.apply(flow(1, 10, 1).cookie(0x11).timeouts(30, 0).flags(OfFlowMod.SEND_FLOW_REM)
            .applyActions(OfActionOutput.to(2)).build());
        state.apply(flow(1, 20, 1).cookie(0x21).applyActions(OfActionOutput.to(2)).build());
        state.apply(flow(1, 10, 2).cookie(0x12).applyActions(OfActionOutput.to(2)).build());
        state.apply(OfFlowMod.builder().table(1).priority(99).build());
        clock.advance(Duration.ofSeconds(3));
        // non-strict: every flow whose match is within in_port=1, cookie 0x?1 under mask 0x0f; in priority order
        state.apply(OfFlowMod.builder().command(OfFlowModCommand.MODIFY).table(1)
            .match(OfMatch.of(OxmInPort.of(1))).cookie(0x01, 0x0f).applyActions(OfActionOutput.to(4)).build());
        final List<FlowEntry> flows = state.flows();
        assertEquals(List.of(0, 4, 4, 2), flows.stream().map(FlowTablesTest::firstOutput).toList(),
            flows::toString);
        final FlowEntry modified = flows.stream().filter(entry -> entry.cookie() == 0x11).findFirst().orElseThrow();
        // cookie, timeouts, flags and duration stay
        assertEquals(OfFlowMod.SEND_FLOW_REM, modified.flags());
        assertEquals(3, modified.stats(clock.instant()).durationSec());
        assertEquals(30, modified.stats(clock.instant()).idleTimeout());
    }

    @Test
    void modifyStrictNeedsTheSameMatchAndPriorityAndAddsNothingWhenNoneMatches() throws RequestRefusedException {
        state.apply(flow(0, 10, 1).applyActions(OfActionOutput.to(2)).build());
        state.apply(flow(0, 11, 1).command(OfFlowModCommand.MODIFY_STRICT).applyActions(OfActionOutput.to(3))
            .build());
        state.apply(flow(0, 10, 2).command(OfFlowModCommand.MODIFY).applyActions(OfActionOutput.to(3)).build());
        assertEquals(1, state.flowCount());
        assertEquals(List.of(2), state.evaluate(from(1)).ports());
        state.apply(flow(0, 10, 1).command(OfFlowModCommand.MODIFY_STRICT).applyActions(OfActionOutput.to(3))
            .build());
        assertEquals(List.of(3), state.evaluate(from(1)).ports());
    }

    @Test
    void modifyWithResetCountsResetsTheCounters() throws RequestRefusedException {
        state.apply(flow(0, 10, 1).applyActions(OfActionOutput.to(2)).build());
        state.receive(from(1));
        state.apply(flow(0, 10, 1).command(OfFlowModCommand.MODIFY).applyActions(OfActionOutput.to(3)).build());
        assertEquals(1, state.flows().get(0).packetCount());
        state.apply(flow(0, 10, 1).command(OfFlowModCommand.MODIFY).flags(OfFlowMod.RESET_COUNTS)
            .applyActions(OfActionOutput.to(3)).build());
        assertEquals(0, state.flows().get(0).packetCount());
    }

    @Test
    void deleteFiltersByOutPortOutGroupAndCookieAndSendsFlowRemovedWhenAsked() throws RequestRefusedException {
        state.apply(OfGroupMod.add(7, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(1))));
        state.apply(flow(0, 10, 1).cookie(1).flags(OfFlowMod.SEND_FLOW_REM).applyActions(OfActionOutput.to(2))
            .build());
        state.apply(flow(0, 10, 2).cookie(2).flags(OfFlowMod.SEND_FLOW_REM)
            .instruction(OfInstructionWriteActions.of(OfActionOutput.to(3))).build());
        state.apply(flow(3, 10, 3).cookie(3).applyActions(OfActionGroup.of(7)).build());
        state.apply(flow(4, 10, 4).cookie(4).flags(OfFlowMod.SEND_FLOW_REM).applyActions(OfActionOutput.to(2))
            .build());

        // out_port 3 matches the write-actions output only
        final List<OfFlowRemoved> byPort = state.apply(OfFlowMod.builder().command(OfFlowModCommand.DELETE)
            .table(OfFlowMod.ALL_TABLES).out(3, OfFlowMod.ANY).build());
        assertEquals(List.of(2L), byPort.stream().map(OfFlowRemoved::cookie).toList());
        assertEquals(FlowRemovedReason.DELETE.code(), byPort.get(0).reason());
        // out_group: the flow of table 3; no flow-removed, it did not ask
        assertEquals(List.of(), state.apply(OfFlowMod.builder().command(OfFlowModCommand.DELETE)
            .table(OfFlowMod.ALL_TABLES).out(OfFlowMod.ANY, 7).build()));
        assertEquals(List.of(1L, 4L), state.flows().stream().map(FlowEntry::cookie).toList());
        // cookie under mask, every table
        final List<OfFlowRemoved> byCookie = state.apply(OfFlowMod.builder().command(OfFlowModCommand.DELETE)
            .table(OfFlowMod.ALL_TABLES).cookie(4, 0xff).build());
        assertEquals(4, byCookie.get(0).tableId());
        assertEquals(1, state.flowCount());
    }

    @Test
    void deleteStrictNeedsTheSameMatchAndPriority() throws RequestRefusedException {
        state.apply(flow(0, 10, 1).build());
        state.apply(flow(0, 11, 1).build());
        state.apply(OfFlowMod.builder().priority(10).build());
        state.apply(flow(0, 10, 1).command(OfFlowModCommand.DELETE_STRICT).build());
        assertEquals(List.of(11, 10), state.flows().stream().map(FlowEntry::priority).toList());
        // non-strict: everything within in_port=1, whatever the priority
        state.apply(flow(0, 0, 1).command(OfFlowModCommand.DELETE).build());
        assertEquals(1, state.flowCount());
    }

    @Test
    void flowsExpireOnTheirIdleAndHardTimeouts() throws RequestRefusedException {
        state.apply(flow(0, 1, 1).timeouts(10, 0).flags(OfFlowMod.SEND_FLOW_REM).build());
        state.apply(flow(0, 1, 2).timeouts(0, 15).flags(OfFlowMod.SEND_FLOW_REM).build());
        state.apply(flow(0, 1, 3).timeouts(10, 0).build());
        clock.advance(Duration.ofSeconds(8));
        state.receive(from(1));
        assertEquals(List.of(), state.expire(clock.instant().plusSeconds(1)));

        clock.advance(Duration.ofSeconds(7));
        final List<OfFlowRemoved> removed = state.expire(clock.instant());
        // in_port=3 idled out silently; in_port=2 hit its hard timeout; in_port=1 was hit 7 s ago
        assertEquals(1, removed.size());
        assertEquals(FlowRemovedReason.HARD_TIMEOUT.code(), removed.get(0).reason());
        assertEquals(15, removed.get(0).durationSec());
        assertEquals(1, state.flowCount());

        final List<OfFlowRemoved> idle = state.expire(clock.instant().plusSeconds(3));
        assertEquals(FlowRemovedReason.IDLE_TIMEOUT.code(), idle.get(0).reason());
        assertEquals(1, idle.get(0).packetCount());
        assertEquals(0, state.flowCount());
    }

    @Test
    void tableErrorsAreThoseOfOpenVswitch() {
        assertEquals(OfErrorCode.OFPBRC_EPERM, refusal(flow(254, 1, 1).build()));
        assertEquals(OfErrorCode.OFPBRC_EPERM, refusal(flow(254, 1, 1).command(OfFlowModCommand.DELETE).build()));
        assertEquals(OfErrorCode.OFPFMFC_BAD_TABLE_ID, refusal(flow(OfFlowMod.ALL_TABLES, 1, 1).build()));
        assertEquals(OfErrorCode.OFPBIC_BAD_TABLE_ID, refusal(flow(5, 1, 1).gotoTable(5).build()));
        assertEquals(OfErrorCode.OFPBIC_BAD_TABLE_ID, refusal(flow(5, 1, 1).gotoTable(3).build()));
        // with OFPTT_ALL every goto-table is backwards
        assertEquals(OfErrorCode.OFPBIC_BAD_TABLE_ID, refusal(flow(OfFlowMod.ALL_TABLES, 1, 1)
            .command(OfFlowModCommand.MODIFY).gotoTable(200).build()));
    }

    @Test
    void commandFlagsAndInstructionErrors() {
        assertEquals(OfErrorCode.OFPFMFC_BAD_COMMAND, refusal(flow(0, 1, 1).command(OfFlowModCommand.valueOf(5))
            .build()));
        assertEquals(OfErrorCode.OFPFMFC_BAD_FLAGS, refusal(flow(0, 1, 1).flags(0x20).build()));
        assertEquals(OnfErrorCodes.OFPBIC_DUP_INST.code(), onfCodeOf(state.handle(flow(0, 1, 1)
            .applyActions(OfActionOutput.to(1)).applyActions(OfActionOutput.to(2)).build()).get(0)));
        assertEquals(OfErrorCode.OFPBIC_UNKNOWN_INST, refusal(flow(0, 1, 1)
            .instruction(new OfInstructionUnknown(7, OfBytes.ofHex("00000000"))).build()));
        assertEquals(0, state.flowCount());
    }

    @Test
    void groupAndMeterReferencesMustExist() throws RequestRefusedException {
        assertEquals(OfErrorCode.OFPBAC_BAD_OUT_GROUP, refusal(flow(0, 1, 1).applyActions(OfActionGroup.of(9))
            .build()));
        assertEquals(OfErrorCode.OFPBAC_BAD_OUT_GROUP, refusal(flow(0, 1, 1)
            .instruction(OfInstructionWriteActions.of(OfActionGroup.of(9))).build()));
        assertEquals(OfErrorCode.OFPBAC_BAD_OUT_GROUP, refusal(flow(0, 1, 1).applyActions(OfActionGroup.of(-2))
            .build()));
        assertEquals(OfErrorCode.OFPMMFC_INVALID_METER, refusal(flow(0, 1, 1).instruction(OfInstructionMeter.of(3))
            .build()));
        assertEquals(OfErrorCode.OFPMMFC_INVALID_METER, refusal(flow(0, 1, 1).instruction(OfInstructionMeter.of(0))
            .build()));
        state.apply(OfGroupMod.add(9, OfGroupType.INDIRECT, OfBucket.of(OfActionOutput.to(1))));
        state.apply(OfMeterMod.builder(3).kbps().drop(1000, 0).build());
        state.apply(flow(0, 1, 1).instruction(OfInstructionMeter.of(3)).applyActions(OfActionGroup.of(9)).build());
        assertEquals(1, state.flowCount());
    }

    @Test
    void actionErrorsAreThoseOfOpenVswitch() {
        assertEquals(OfErrorCode.OFPBAC_BAD_OUT_PORT, refusal(flow(0, 1, 1).applyActions(OfActionOutput.to(0xffffff01))
            .build()));
        assertEquals(OfErrorCode.OFPBAC_BAD_OUT_PORT, refusal(flow(0, 1, 1).applyActions(OfActionOutput.to(
            OfActionOutput.ANY)).build()));
        assertEquals(OfErrorCode.OFPBAC_BAD_SET_ARGUMENT, refusal(flow(0, 1, 1)
            .applyActions(OfActionSetField.of(OxmEthType.of(0x0800))).build()));
        assertEquals(OfErrorCode.OFPBAC_BAD_SET_TYPE, refusal(flow(0, 1, 1).applyActions(OfActionSetField.of(
            new OxmUnknown(0x8000, 63, false, OfBytes.ofHex("00000001")))).build()));
        assertEquals(OfErrorCode.OFPBAC_MATCH_INCONSISTENT, refusal(flow(0, 1, 1).applyActions(OfActionSetField.of(
            OxmIpv4Dst.of(TestSwitches.ipv4("10.0.0.1")))).build()));
        assertEquals(OfErrorCode.OFPBAC_MATCH_INCONSISTENT, refusal(flow(0, 1, 1).applyActions(
            new NxActionRegLoad(NxFieldRef.of(0x00000e04), 0, 32, 5)).build()));
        assertEquals(OfErrorCode.OFPBAC_BAD_ARGUMENT, refusal(flow(0, 1, 1).applyActions(new OfActionPushVlan(0x0801))
            .build()));
        assertEquals(OfErrorCode.OFPBAC_BAD_TYPE, refusal(flow(0, 1, 1)
            .instruction(OfInstructionWriteActions.of(new NxActionNote(OfBytes.ofHex("000000000000")))).build()));
        assertEquals(OfErrorCode.OFPBAC_BAD_TYPE, refusal(flow(0, 1, 1)
            .instruction(OfInstructionWriteActions.of(new NxActionExit())).build()));
        assertEquals(OfErrorCode.OFPBMC_BAD_PREREQ, refusal(OfFlowMod.builder().match(OfMatch.of(OxmTcpDst.of(80)))
            .build()));
        assertEquals(0, state.flowCount());
    }

    @Test
    void setFieldOfAFieldTheMatchPinsIsAccepted() throws RequestRefusedException {
        state.apply(OfFlowMod.builder().match(OfMatch.of(OxmEthType.of(0x0800)))
            .instruction(OfInstructionApplyActions.of(OfActionSetField.of(OxmIpv4Dst.of(TestSwitches.ipv4(
                "10.0.0.1"))), OfActionOutput.to(2)))
            .instruction(OfInstructionGotoTable.of(1)).build());
        assertTrue(state.flows().get(0).instructions().size() == 2);
    }

    @Test
    void refusedFlowModsChangeNothing() throws RequestRefusedException {
        state.apply(flow(0, 5, 1).applyActions(OfActionOutput.to(2)).build());
        assertThrows(RequestRefusedException.class, () -> state.apply(flow(0, 5, 1)
            .command(OfFlowModCommand.MODIFY).applyActions(OfActionGroup.of(1)).build()));
        assertEquals(List.of(2), state.evaluate(from(1)).ports());
    }

    private static int firstOutput(final FlowEntry entry) {
        return entry.checkedInstructions().applyActions().stream().filter(OfActionOutput.class::isInstance)
            .map(action -> ((OfActionOutput) action).port()).findFirst().orElse(0);
    }

    @Test
    void aSharedFlowModsInstancesAreCheckedAsTheFlowModsTheyBelongTo() throws RequestRefusedException {
        final OfFlowMod mod = flow(10, 100, 1).cookie(5).applyActions(OfActionOutput.to(2)).build();
        final OfFlowMod shared = SwitchState.share(mod);
        assertEquals(mod, shared);
        // the same instances in a flow-mod refused for what is not theirs: the table, a goto backwards
        final OfFlowMod readOnly = new OfFlowMod(2, 5, 0, 254, OfFlowModCommand.ADD, 0, 0, 100, -1, -1, -1, 0,
            shared.match(), shared.instructions());
        assertEquals(OfErrorCode.OFPBRC_EPERM, refusal(readOnly));
        final OfFlowMod gotoBack = SwitchState.share(flow(20, 100, 1).gotoTable(30).build());
        assertEquals(OfErrorCode.OFPBIC_BAD_TABLE_ID, refusal(new OfFlowMod(3, 0, 0, 40, OfFlowModCommand.ADD, 0, 0,
            100, -1, -1, -1, 0, gotoBack.match(), gotoBack.instructions())));
        // accepted in its own table, then deleted with the same instances
        state.apply(new OfFlowMod(4, 6, 0, 10, OfFlowModCommand.ADD, 0, 0, 200, -1, -1, -1, 0, shared.match(),
            shared.instructions()));
        final FlowEntry entry = state.flows().get(0);
        assertEquals(200, entry.priority());
        assertEquals(2, firstOutput(entry));
        state.apply(new OfFlowMod(5, 0, 0, 10, OfFlowModCommand.DELETE, 0, 0, 0, -1, -1, -1, 0, shared.match(),
            shared.instructions()));
        assertEquals(0, state.flowCount());
    }
}
