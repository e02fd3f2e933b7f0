/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.reconciler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.instruction.OfInstructionGotoTable;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteMetadata;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthSrc;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStats;
import io.tunnelmesh.tunnel.impl.planner.FlowSpec;
import io.tunnelmesh.tunnel.impl.planner.OverlayPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FlowDiffTest {
    private static final long COOKIE = OverlayPipeline.COOKIE_MARK | 0x42;
    private static final MacAddress MAC = MacAddress.of("02:00:00:00:00:0a");
    private static final List<OfInstruction> CLASSIFY = List.of(new OfInstructionWriteMetadata(7, -1L),
        OfInstructionGotoTable.of(10));
    private static final FlowSpec PLANNED = new FlowSpec(0, 100, COOKIE,
        OfMatch.of(OxmInPort.of(1), OxmEthSrc.of(MAC)), CLASSIFY);

    private static OfFlowStats reported(final long cookie, final OfMatch match, final List<OfInstruction> actions) {
        return new OfFlowStats(0, 12, 0, 100, 0, 0, 0, cookie, 5, 500, match, actions);
    }

    @Test
    void fieldAndInstructionOrderAsTheSwitchReportsThemIsNoChange() {
        final var held = reported(COOKIE, OfMatch.of(OxmEthSrc.of(MAC), OxmInPort.of(1)),
            List.of(OfInstructionGotoTable.of(10), new OfInstructionWriteMetadata(7, -1L)));
        assertSame(FlowChanges.NONE, FlowDiff.between(List.of(PLANNED), List.of(held)));
    }

    /** An audit that also carries a change of plan blames on others only what the plan did not change. */
    @Test
    void beyondLeavesWhatThePlanChangedItself() {
        final var second = new FlowSpec(0, 100, COOKIE, OfMatch.of(OxmInPort.of(2)), CLASSIFY);
        final var third = new FlowSpec(0, 100, COOKIE, OfMatch.of(OxmInPort.of(3)), CLASSIFY);
        final var planned = FlowDiff.since(List.of(PLANNED, third), List.of(PLANNED, second));
        // the switch lost PLANNED behind our back, and still holds third, which the new plan drops
        final var found = FlowDiff.between(List.of(PLANNED, second),
            List.of(reported(COOKIE, third.match(), CLASSIFY)));
        assertEquals(2, found.additions().size());
        assertEquals(1, found.deletions().size());
        final var foreign = FlowDiff.beyond(found, planned);
        assertEquals(List.of(PLANNED), foreign.additions());
        assertEquals(List.of(), foreign.deletions());
        assertSame(found, FlowDiff.beyond(found, FlowChanges.NONE));
    }

    @Test
    void missingOrDifferentFlowsAreAdded() {
        assertEquals(List.of(PLANNED), FlowDiff.between(List.of(PLANNED), List.of()).additions());
        final var otherActions = reported(COOKIE, PLANNED.match(),
            List.of(OfInstructionApplyActions.of(OfActionOutput.to(3))));
        assertEquals(List.of(PLANNED), FlowDiff.between(List.of(PLANNED), List.of(otherActions)).additions());
        final var otherCookie = reported(OverlayPipeline.COOKIE_MARK | 0x43, PLANNED.match(), CLASSIFY);
        final var changes = FlowDiff.between(List.of(PLANNED), List.of(otherCookie));
        assertEquals(List.of(PLANNED), changes.additions(), "the add replaces the entry, cookie included");
        assertEquals(List.of(), changes.deletions());
    }

    @Test
    void oursNotPlannedAreDeletedForeignFlowsAreLeftAlone() {
        final var stale = reported(COOKIE, OfMatch.of(OxmInPort.of(9)), CLASSIFY);
        final var foreign = reported(0x1234, OfMatch.of(OxmInPort.of(8)), CLASSIFY);
        final var changes = FlowDiff.between(List.of(), List.of(stale, foreign));
        assertEquals(List.of(new FlowSpec(0, 100, COOKIE, stale.match(), CLASSIFY)), changes.deletions());
        final var xids = new AtomicInteger(40);
        final var mods = changes.toMessages(xids::incrementAndGet);
        assertEquals(1, mods.size());
        // nothing of its cookie is planned: the cookie is cleared, by exactly that cookie, in every table
        final var delete = (OfFlowMod) mods.get(0);
        assertEquals(OfFlowModCommand.DELETE, delete.command());
        assertEquals(OfFlowMod.ALL_TABLES, delete.tableId());
        assertEquals(COOKIE, delete.cookie());
        assertEquals(-1L, delete.cookieMask(), "guarded by the exact cookie");
        assertEquals(41, delete.xid());
    }

    @Test
    void timeoutsOnOurFlowAreReplaced() {
        final var timed = new OfFlowStats(0, 12, 0, 100, 30, 0, 0, COOKIE, 5, 500, PLANNED.match(), CLASSIFY);
        assertEquals(List.of(PLANNED), FlowDiff.between(List.of(PLANNED), List.of(timed)).additions());
    }

    @Test
    void sinceWhatWasAppliedSendsOnlyTheDifference() {
        final var other = new FlowSpec(10, 100, COOKIE, OfMatch.of(OxmInPort.of(2)), CLASSIFY);
        final var changed = new FlowSpec(0, 100, COOKIE, PLANNED.match(),
            List.of(OfInstructionApplyActions.of(OfActionOutput.to(3))));
        assertSame(FlowChanges.NONE, FlowDiff.since(List.of(PLANNED, other), List.of(PLANNED, other)));
        final var changes = FlowDiff.since(List.of(PLANNED, other), List.of(changed));
        assertEquals(List.of(changed), changes.additions());
        assertEquals(List.of(other), changes.deletions());
    }

    @Test
    void sinceComparesFlowsSharingATableAndPriorityByMatch() {
        final var kept = new FlowSpec(10, 100, COOKIE, OfMatch.of(OxmInPort.of(2)), CLASSIFY);
        final var before = new FlowSpec(10, 100, COOKIE, OfMatch.of(OxmInPort.of(1)), CLASSIFY);
        final var after = new FlowSpec(10, 100, COOKIE, OfMatch.of(OxmInPort.of(1)),
            List.of(OfInstructionApplyActions.of(OfActionOutput.to(3))));
        final var gone = new FlowSpec(20, 5, COOKIE, OfMatch.of(OxmInPort.of(3)), CLASSIFY);
        final var sameSlot = new FlowSpec(10, 100, COOKIE, OfMatch.of(OxmInPort.of(4)), CLASSIFY);
        final var newSlot = new FlowSpec(30, 1, COOKIE, OfMatch.of(OxmInPort.of(5)), CLASSIFY);
        final var recookied = new FlowSpec(20, 5, COOKIE + 1, OfMatch.of(OxmInPort.of(6)), CLASSIFY);
        final var changes = FlowDiff.since(
            List.of(before, kept, gone, new FlowSpec(20, 5, COOKIE, OfMatch.of(OxmInPort.of(6)), CLASSIFY)),
            List.of(after, sameSlot, kept, newSlot, recookied));
        assertEquals(List.of(after, sameSlot, newSlot, recookied), changes.additions());
        assertEquals(List.of(gone), changes.deletions());
        assertEquals(new FlowChanges(List.of(after, kept), List.of()), FlowDiff.since(List.of(), List.of(after, kept)));
        // nothing of the cookie planned any more: one delete clears it
        assertEquals(new FlowChanges(List.of(), List.of(kept, gone), GroupChanges.NONE, List.of(COOKIE)),
            FlowDiff.since(List.of(gone, kept), List.of()), "by table");
    }

    @Test
    void aCookieThePlanNoLongerHasGoesInOneDeleteWhateverItsFlows() {
        final long network = OverlayPipeline.COOKIE_MARK | 0x77;
        final var base = new FlowSpec(0, 0, OverlayPipeline.COOKIE_MARK, OfMatch.ALL, List.of());
        final var flows = new ArrayList<FlowSpec>();
        for (int port = 1; port <= 1000; port++) {
            flows.add(new FlowSpec(10, 100, network, OfMatch.of(OxmInPort.of(port)), CLASSIFY));
        }
        final var held = new ArrayList<FlowSpec>(flows);
        held.add(base);
        held.add(PLANNED);
        // the network gone, PLANNED's cookie kept: one non-strict delete of the network's cookie, a strict one for the
        // other cookie's flow that went
        final var kept = new FlowSpec(20, 5, COOKIE, OfMatch.of(OxmInPort.of(7)), CLASSIFY);
        held.add(kept);
        final var changes = FlowDiff.since(held, List.of(base, kept));
        assertEquals(List.of(network), changes.cleared());
        assertEquals(1001, changes.deletions().size());
        assertEquals(PLANNED, changes.deletions().get(0), "strict deletes first");
        assertEquals(2, changes.flowModCount());
        final var cleared = changes.flowMod(0, 5);
        assertEquals(OfFlowModCommand.DELETE, cleared.command());
        assertEquals(OfFlowMod.ALL_TABLES, cleared.tableId());
        assertEquals(network, cleared.cookie());
        assertEquals(-1L, cleared.cookieMask());
        assertEquals(OfMatch.ALL, cleared.match());
        assertEquals(OfFlowModCommand.DELETE_STRICT, changes.flowMod(1, 6).command());

        // one port of the network gone: the network's cookie is still planned, the port's flow goes alone
        final var onePortLess = FlowDiff.since(flows, flows.subList(1, flows.size()));
        assertEquals(List.of(), onePortLess.cleared());
        assertEquals(1, onePortLess.flowModCount());
        assertEquals(OfFlowModCommand.DELETE_STRICT, onePortLess.flowMod(0, 7).command());

        // read back from the switch, the same
        final var reported = held.stream().map(flow -> new OfFlowStats(flow.table(), 0, 0, flow.priority(), 0, 0,
            0, flow.cookie(), 0, 0, flow.match(), flow.instructions())).toList();
        assertEquals(List.of(network), FlowDiff.between(List.of(base, kept), reported).cleared());
    }
}
