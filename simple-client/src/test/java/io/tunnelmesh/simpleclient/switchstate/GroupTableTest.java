/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import static io.tunnelmesh.simpleclient.switchstate.TestSwitches.errorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.instruction.OfInstructionWriteActions;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmEthDst;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupModCommand;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDescRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStats;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStatsRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupTableTest {
    private final SwitchState state = TestSwitches.switchState();

    private void apply(final OfGroupMod mod) {
        try {
            state.apply(mod);
        } catch (RequestRefusedException e) {
            throw new AssertionError(e);
        }
    }

    private void flow(final int inPort, final int groupId) {
        try {
            state.apply(OfFlowMod.builder().match(OfMatch.of(OxmInPort.of(inPort))).flags(OfFlowMod.SEND_FLOW_REM)
                .applyActions(OfActionGroup.of(groupId)).build());
        } catch (RequestRefusedException e) {
            throw new AssertionError(e);
        }
    }

    private static Packet from(final int inPort) {
        return Packet.builder().inPort(inPort).build();
    }

    @Test
    void groupModErrorsAreThoseOfOpenVswitch() {
        apply(OfGroupMod.add(1, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(1))));
        assertEquals(OfErrorCode.OFPGMFC_GROUP_EXISTS, errorOf(state.handle(OfGroupMod.add(1, OfGroupType.ALL))));
        assertEquals(OfErrorCode.OFPGMFC_UNKNOWN_GROUP, errorOf(state.handle(OfGroupMod.modify(3, OfGroupType.ALL))));
        assertEquals(OfErrorCode.OFPGMFC_INVALID_GROUP, errorOf(state.handle(OfGroupMod.add(OfGroupMod.ALL,
            OfGroupType.ALL))));
        assertEquals(OfErrorCode.OFPGMFC_INVALID_GROUP, errorOf(state.handle(OfGroupMod.add(4, OfGroupType.INDIRECT,
            OfBucket.of(OfActionOutput.to(1)), OfBucket.of(OfActionOutput.to(2))))));
        assertEquals(OfErrorCode.OFPGMFC_INVALID_GROUP, errorOf(state.handle(OfGroupMod.add(4, OfGroupType.FF,
            OfBucket.of(OfActionOutput.to(1))))));
        assertEquals(OfErrorCode.OFPGMFC_BAD_TYPE, errorOf(state.handle(OfGroupMod.add(4, OfGroupType.valueOf(9)))));
        assertEquals(OfErrorCode.OFPGMFC_BAD_COMMAND, errorOf(state.handle(new OfGroupMod(0,
            OfGroupModCommand.valueOf(3), OfGroupType.ALL, 4, List.of()))));
        assertEquals(OfErrorCode.OFPBAC_BAD_OUT_PORT, errorOf(state.handle(OfGroupMod.add(4, OfGroupType.ALL,
            OfBucket.of(OfActionOutput.to(0xffffff10))))));
        // deleting a group that does not exist is no error
        assertEquals(List.of(), state.handle(OfGroupMod.delete(42)));
        assertEquals(1, state.groupCount());
    }

    @Test
    void allRunsEveryBucketOnItsOwnCopy() {
        apply(OfGroupMod.add(1, OfGroupType.ALL,
            OfBucket.of(OfActionSetField.of(OxmEthDst.of(TestSwitches.mac(7))), OfActionOutput.to(2)),
            OfBucket.of(OfActionOutput.to(3))));
        try {
            state.apply(OfFlowMod.builder().applyActions(OfActionGroup.of(1), OfActionOutput.to(4)).build());
        } catch (RequestRefusedException e) {
            throw new AssertionError(e);
        }
        final PipelineResult result = state.evaluate(from(1));
        assertEquals(List.of(2, 3, 4), result.ports());
        assertEquals(TestSwitches.mac(7), result.outputs().get(0).packet().ethDst());
        // the first bucket's set-field changed neither the second bucket's copy nor the packet after the group
        assertEquals(0, result.outputs().get(1).packet().ethDst().bits());
        assertEquals(0, result.outputs().get(2).packet().ethDst().bits());
    }

    @Test
    void fastFailoverUsesTheFirstLiveBucket() {
        apply(OfGroupMod.add(1, OfGroupType.FF, OfBucket.watchingPort(2, OfActionOutput.to(2)),
            OfBucket.watchingPort(3, OfActionOutput.to(3))));
        flow(1, 1);
        assertEquals(List.of(2), state.evaluate(from(1)).ports());
        state.putPort(SwitchPort.of(TestSwitches.downPort(2, "p2")));
        assertEquals(List.of(3), state.evaluate(from(1)).ports());
        state.putPort(SwitchPort.of(TestSwitches.downPort(3, "p3")));
        assertTrue(state.evaluate(from(1)).isDropped());
    }

    @Test
    void fastFailoverCanWatchAGroup() {
        apply(OfGroupMod.add(2, OfGroupType.FF, OfBucket.watchingPort(2, OfActionOutput.to(2))));
        apply(OfGroupMod.add(1, OfGroupType.FF, OfBucket.watchingGroup(2, OfActionGroup.of(2)),
            OfBucket.watchingPort(4, OfActionOutput.to(4))));
        flow(1, 1);
        assertEquals(List.of(2), state.evaluate(from(1)).ports());
        state.putPort(SwitchPort.of(TestSwitches.downPort(2, "p2")));
        assertEquals(List.of(4), state.evaluate(from(1)).ports());
    }

    @Test
    void selectPicksOneWeightedLiveBucketTheSameForTheSamePacket() {
        apply(OfGroupMod.add(1, OfGroupType.SELECT, OfBucket.weighted(1, OfActionOutput.to(2)),
            OfBucket.weighted(1, OfActionOutput.to(3)), OfBucket.weighted(0, OfActionOutput.to(4))));
        flow(1, 1);
        final Set<Integer> used = new HashSet<>();
        for (int mac = 0; mac < 64; mac++) {
            final Packet packet = from(1).toBuilder().ethDst(TestSwitches.mac(mac)).build();
            final List<Integer> ports = state.evaluate(packet).ports();
            assertEquals(1, ports.size());
            assertEquals(ports, state.evaluate(packet).ports());
            used.addAll(ports);
        }
        // weight 0 is never chosen; both others are
        assertEquals(Set.of(2, 3), used);
    }

    @Test
    void indirectRunsItsBucketAndAMissingChainedGroupDoesNothing() {
        apply(OfGroupMod.add(1, OfGroupType.INDIRECT, OfBucket.of(OfActionOutput.to(2), OfActionGroup.of(99))));
        flow(1, 1);
        assertEquals(List.of(2), state.evaluate(from(1)).ports());
    }

    @Test
    void modifyReplacesTypeAndBuckets() {
        apply(OfGroupMod.add(1, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(2))));
        flow(1, 1);
        apply(OfGroupMod.modify(1, OfGroupType.INDIRECT, OfBucket.of(OfActionOutput.to(5))));
        assertEquals(List.of(5), state.evaluate(from(1)).ports());
    }

    @Test
    void deletingAGroupDeletesTheFlowsForwardingToIt() throws RequestRefusedException {
        apply(OfGroupMod.add(1, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(2))));
        apply(OfGroupMod.add(2, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(3))));
        flow(1, 1);
        state.apply(OfFlowMod.builder().match(OfMatch.of(OxmInPort.of(2)))
            .instruction(OfInstructionWriteActions.of(OfActionGroup.of(1))).build());
        flow(3, 2);
        final List<OfMessage> answer = state.handle(OfGroupMod.delete(1));
        assertEquals(1, answer.size());
        assertEquals(FlowRemovedReason.GROUP_DELETE.code(), ((OfFlowRemoved) answer.get(0)).reason());
        assertEquals(1, state.flowCount());
        state.handle(OfGroupMod.delete(OfGroupMod.ALL));
        assertEquals(0, state.groupCount());
        assertEquals(0, state.flowCount());
    }

    @Test
    void groupDescriptionsAndStatistics() {
        apply(OfGroupMod.add(2, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(2)), OfBucket.of(OfActionOutput.to(3))));
        apply(OfGroupMod.add(1, OfGroupType.INDIRECT, OfBucket.of(OfActionOutput.to(4))));
        flow(1, 2);
        flow(2, 2);
        state.receive(from(1).toBuilder().length(100).build());

        final var desc = (OfGroupDescReply) ((OfMultipartReply) state.handle(OfMultipartRequest.of(3,
            OfGroupDescRequest.INSTANCE)).get(0)).body();
        assertEquals(List.of(1, 2), desc.groups().stream().map(group -> group.groupId()).toList());
        assertEquals(2, desc.groups().get(1).buckets().size());

        final var stats = (OfGroupStatsReply) ((OfMultipartReply) state.handle(OfMultipartRequest.of(4,
            new OfGroupStatsRequest(2))).get(0)).body();
        final OfGroupStats group = stats.groups().get(0);
        assertEquals(2, group.refCount());
        assertEquals(1, group.packetCount());
        assertEquals(100, group.byteCount());
        assertEquals(List.of(100L, 100L), group.buckets().stream().map(bucket -> bucket.byteCount()).toList());
    }
}
