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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupModCommand;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDesc;
import io.tunnelmesh.tunnel.impl.planner.FlowSpec;
import io.tunnelmesh.tunnel.impl.planner.GroupSpec;
import io.tunnelmesh.tunnel.impl.planner.NodePlan;
import io.tunnelmesh.tunnel.impl.planner.OverlayPipeline;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GroupDiffTest {
    private static final GroupSpec ONE = group(OverlayPipeline.floodGroupId(7, 1), 2, 3);
    private static final GroupSpec TWO = group(OverlayPipeline.floodGroupId(7, 2), 4);

    private static GroupSpec group(final int id, final int... ports) {
        return new GroupSpec(id, OfGroupType.ALL, Arrays.stream(ports)
            .mapToObj(port -> OfBucket.of(OfActionOutput.to(port))).toList());
    }

    private static OfGroupDesc reported(final GroupSpec group) {
        return new OfGroupDesc(group.type(), group.groupId(), group.buckets());
    }

    @Test
    void theSwitchsGroupsAreComparedByIdTypeAndBucketsForeignOnesLeftAlone() {
        final var changed = group(ONE.groupId(), 3, 2);
        final var stale = group(OverlayPipeline.floodGroupId(8, 0), 5);
        final var foreign = group(0x0000_0001, 9);
        final var changes = GroupDiff.between(List.of(ONE, TWO),
            List.of(reported(changed), reported(stale), reported(foreign)));
        assertEquals(List.of(TWO), changes.additions());
        assertEquals(List.of(ONE), changes.modifications(), "the buckets' order matters in an ALL group");
        assertEquals(List.of(stale), changes.deletions());
        assertSame(GroupChanges.NONE, GroupDiff.between(List.of(ONE, TWO), List.of(reported(TWO), reported(ONE),
            reported(foreign))));
        final var otherType = new GroupSpec(TWO.groupId(), OfGroupType.INDIRECT, TWO.buckets());
        assertEquals(List.of(TWO), GroupDiff.between(List.of(TWO), List.of(reported(otherType))).modifications());
    }

    @Test
    void sinceComparesByIdentityThenValue() {
        assertSame(GroupChanges.NONE, GroupDiff.since(List.of(ONE, TWO), List.of(ONE, group(TWO.groupId(), 4))));
        final var changes = GroupDiff.since(List.of(ONE, TWO), List.of(group(ONE.groupId(), 2), group(0x5400_0005, 1)));
        assertEquals(List.of(group(0x5400_0005, 1)), changes.additions());
        assertEquals(List.of(group(ONE.groupId(), 2)), changes.modifications());
        assertEquals(List.of(TWO), changes.deletions());
    }

    /** Group adds and modifies first, then the flow-mods, then group deletes, each with the next xid. */
    @Test
    void messagesPutGroupsAroundTheFlows() {
        final var flow = new FlowSpec(10, 50, OverlayPipeline.COOKIE_MARK, OfMatch.ALL,
            List.of(OfInstructionApplyActions.of(OfActionOutput.to(1))));
        final var gone = new FlowSpec(10, 60, OverlayPipeline.COOKIE_MARK, OfMatch.ALL, List.of());
        final var applied = new NodePlan("n1", Set.of(), List.of(gone), List.of(ONE, TWO));
        final var planned = new NodePlan("n1", Set.of(), List.of(flow),
            List.of(group(ONE.groupId(), 9), group(0x5400_0005, 1)));
        final var changes = FlowDiff.since(applied, planned);
        assertEquals(5, changes.size());
        final var xids = new AtomicInteger(10);
        final List<OfMessage> messages = changes.toMessages(xids::incrementAndGet);
        assertEquals(OfGroupModCommand.ADD, ((OfGroupMod) messages.get(0)).command());
        assertEquals(0x5400_0005, ((OfGroupMod) messages.get(0)).groupId());
        assertEquals(OfGroupModCommand.MODIFY, ((OfGroupMod) messages.get(1)).command());
        assertEquals(OfFlowModCommand.DELETE_STRICT, ((OfFlowMod) messages.get(2)).command());
        assertEquals(OfFlowModCommand.ADD, ((OfFlowMod) messages.get(3)).command());
        assertEquals(OfGroupModCommand.DELETE, ((OfGroupMod) messages.get(4)).command());
        assertEquals(TWO.groupId(), ((OfGroupMod) messages.get(4)).groupId());
        assertEquals(List.of(11, 12, 13, 14, 15), messages.stream().map(OfMessage::xid).toList());
        assertEquals(messages, changes.messages(11));
        // what the plan explains is no foreign change: ONE's rewrite is the plan's, TWO's is someone else's doing
        assertTrue(FlowDiff.beyond(changes, changes).isEmpty());
        final var found = new FlowChanges(List.of(), List.of(),
            new GroupChanges(List.of(), List.of(ONE, TWO), List.of()));
        assertEquals(List.of(TWO), FlowDiff.beyond(found, changes).groups().modifications());
    }
}
