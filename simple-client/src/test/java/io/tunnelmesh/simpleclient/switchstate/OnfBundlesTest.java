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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControlType;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfExperimenterError;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class OnfBundlesTest {
    private static final int ATOMIC = OnfBundleControl.ATOMIC;

    /** Bytes naming the request, so that tests see which request an error carries. */
    private static final RequestBytes NAMES = message -> OfBytes.copyOf((message.getClass().getSimpleName() + "#"
        + message.xid()).getBytes(StandardCharsets.US_ASCII));

    private final SwitchState state = new SwitchState(TestSwitches.ports(), new TestSwitches.TestClock(), NAMES);

    private static OnfBundleControl control(final int xid, final int bundleId, final OnfBundleControlType type) {
        return OnfBundleControl.of(xid, bundleId, type, ATOMIC);
    }

    private static OfFlowMod flow(final int xid, final int inPort, final int outPort) {
        return OfFlowMod.builder().xid(xid).match(OfMatch.of(OxmInPort.of(inPort)))
            .applyActions(OfActionOutput.to(outPort)).build();
    }

    private static String dataOf(final OfMessage error) {
        final OfBytes data = error instanceof OfError standard ? standard.data()
            : ((OfExperimenterError) error).data();
        return new String(data.toByteArray(), StandardCharsets.US_ASCII);
    }

    @Test
    void aCommittedBundleAppliesEveryMessageInOrder() {
        assertEquals(List.of(OnfBundleControl.of(1, 7, OnfBundleControlType.OPEN_REPLY, 0)),
            state.handle(control(1, 7, OnfBundleControlType.OPEN_REQUEST)));
        assertEquals(List.of(), state.handle(OnfBundleAdd.of(7, ATOMIC, OfGroupMod.add(3, OfGroupType.ALL,
            OfBucket.of(OfActionOutput.to(4))).withXid(2))));
        // the flow names the group the same bundle adds
        assertEquals(List.of(), state.handle(OnfBundleAdd.of(7, ATOMIC, OfFlowMod.builder().xid(3)
            .applyActions(OfActionGroup.of(3)).build())));
        assertEquals(0, state.flowCount());
        assertEquals(List.of(OnfBundleControl.of(4, 7, OnfBundleControlType.CLOSE_REPLY, 0)),
            state.handle(control(4, 7, OnfBundleControlType.CLOSE_REQUEST)));
        assertEquals(List.of(OnfBundleControl.of(5, 7, OnfBundleControlType.COMMIT_REPLY, 0)),
            state.handle(control(5, 7, OnfBundleControlType.COMMIT_REQUEST)));
        assertEquals(1, state.flowCount());
        assertEquals(1, state.groupCount());
        assertEquals(0, state.openBundleCount());
        assertEquals(List.of(4), state.evaluate(Packet.builder().inPort(1).build()).ports());
    }

    @Test
    void aFailingMessageAppliesNothingAndIsAnsweredBeforeTheCommit() throws RequestRefusedException {
        state.apply(flow(0, 9, 9));
        state.handle(control(1, 7, OnfBundleControlType.OPEN_REQUEST));
        state.handle(OnfBundleAdd.of(7, ATOMIC, flow(2, 1, 2)));
        state.handle(OnfBundleAdd.of(7, ATOMIC, new OfFlowMod(3, 0, 0, 0, OfFlowModCommand.DELETE, 0, 0, 0,
            -1, OfFlowMod.ANY, OfFlowMod.ANY, OfFlowMod.SEND_FLOW_REM, OfMatch.ALL, List.of())));
        state.handle(OnfBundleAdd.of(7, ATOMIC, OfFlowMod.builder().xid(4).applyActions(OfActionGroup.of(8))
            .build()));
        final List<OfMessage> answer = state.handle(control(5, 7, OnfBundleControlType.COMMIT_REQUEST));
        assertEquals(2, answer.size(), answer::toString);
        // Open vSwitch: the message's error with the bundle add's xid and bytes, then OFPBFC_MSG_FAILED
        assertEquals(OfErrorCode.OFPBAC_BAD_OUT_GROUP, ((OfError) answer.get(0)).error());
        assertEquals(4, answer.get(0).xid());
        assertEquals("OnfBundleAdd#4", dataOf(answer.get(0)));
        assertEquals(OnfErrorCodes.OFPBFC_MSG_FAILED.code(), onfCodeOf(answer.get(1)));
        assertEquals(5, answer.get(1).xid());
        assertEquals("OnfBundleControl#5", dataOf(answer.get(1)));
        // nothing of it: the flow the bundle deleted is still there, the one it added is not
        assertEquals(List.of(9), state.flows().stream()
            .map(entry -> ((OxmInPort) entry.match().ofMatch().fields().get(0)).port()).toList());
        assertEquals(0, state.openBundleCount());
    }

    @Test
    void flowRemovedMessagesOfACommitComeBeforeItsReply() throws RequestRefusedException {
        state.apply(OfFlowMod.builder().match(OfMatch.of(OxmInPort.of(1))).flags(OfFlowMod.SEND_FLOW_REM).build());
        state.handle(OnfBundleAdd.of(1, ATOMIC, new OfFlowMod(2, 0, 0, OfFlowMod.ALL_TABLES, OfFlowModCommand.DELETE,
            0, 0, 0, -1, OfFlowMod.ANY, OfFlowMod.ANY, 0, OfMatch.ALL, List.of())));
        final List<OfMessage> answer = state.handle(control(3, 1, OnfBundleControlType.COMMIT_REQUEST));
        assertInstanceOf(OfFlowRemoved.class, answer.get(0));
        assertEquals(OnfBundleControlType.COMMIT_REPLY, ((OnfBundleControl) answer.get(1)).type());
    }

    @Test
    void bundleErrorsAreThoseOfOpenVswitch() {
        assertEquals(OnfErrorCodes.OFPBFC_BAD_ID.code(), onfCodeOf(state.handle(control(1, 1,
            OnfBundleControlType.CLOSE_REQUEST)).get(0)));
        assertEquals(OnfErrorCodes.OFPBFC_BAD_ID.code(), onfCodeOf(state.handle(control(1, 1,
            OnfBundleControlType.COMMIT_REQUEST)).get(0)));
        assertEquals(OnfErrorCodes.OFPBFC_BAD_ID.code(), onfCodeOf(state.handle(control(1, 1,
            OnfBundleControlType.DISCARD_REQUEST)).get(0)));
        assertEquals(OnfErrorCodes.OFPBFC_BAD_TYPE.code(), onfCodeOf(state.handle(control(1, 1,
            OnfBundleControlType.OPEN_REPLY)).get(0)));

        // opening twice discards the bundle and fails
        state.handle(control(1, 2, OnfBundleControlType.OPEN_REQUEST));
        assertEquals(OnfErrorCodes.OFPBFC_BAD_ID.code(), onfCodeOf(state.handle(control(2, 2,
            OnfBundleControlType.OPEN_REQUEST)).get(0)));
        assertEquals(0, state.openBundleCount());

        // closing twice, or adding to a closed bundle, discards it
        state.handle(control(1, 3, OnfBundleControlType.OPEN_REQUEST));
        state.handle(control(2, 3, OnfBundleControlType.CLOSE_REQUEST));
        assertEquals(OnfErrorCodes.OFPBFC_BUNDLE_CLOSED.code(), onfCodeOf(state.handle(OnfBundleAdd.of(3, ATOMIC,
            flow(3, 1, 2))).get(0)));
        assertEquals(0, state.openBundleCount());

        state.handle(control(1, 3, OnfBundleControlType.OPEN_REQUEST));
        state.handle(control(2, 3, OnfBundleControlType.CLOSE_REQUEST));
        assertEquals(OnfErrorCodes.OFPBFC_BUNDLE_CLOSED.code(), onfCodeOf(state.handle(control(3, 3,
            OnfBundleControlType.CLOSE_REQUEST)).get(0)));
        assertEquals(0, state.openBundleCount());

        // flags other than the bundle's, on close, add or commit
        state.handle(control(1, 4, OnfBundleControlType.OPEN_REQUEST));
        assertEquals(OnfErrorCodes.OFPBFC_BAD_FLAGS.code(), onfCodeOf(state.handle(OnfBundleControl.of(2, 4,
            OnfBundleControlType.CLOSE_REQUEST, 0)).get(0)));
        state.handle(control(1, 4, OnfBundleControlType.OPEN_REQUEST));
        assertEquals(OnfErrorCodes.OFPBFC_BAD_FLAGS.code(), onfCodeOf(state.handle(new OnfBundleAdd(2, 4, 0,
            flow(2, 1, 2), List.of())).get(0)));
        state.handle(OnfBundleAdd.of(4, ATOMIC, flow(3, 1, 2)));
        assertEquals(OnfErrorCodes.OFPBFC_BAD_FLAGS.code(), onfCodeOf(state.handle(OnfBundleControl.of(4, 4,
            OnfBundleControlType.COMMIT_REQUEST, OnfBundleControl.ATOMIC | OnfBundleControl.ORDERED)).get(0)));
        assertEquals(0, state.flowCount());
        assertEquals(0, state.openBundleCount());

        // messages a bundle cannot carry, or with another xid than the bundle add
        assertEquals(OnfErrorCodes.OFPBFC_MSG_UNSUP.code(), onfCodeOf(state.handle(OnfBundleAdd.of(5, ATOMIC,
            OfMeterMod.builder(1).kbps().drop(1, 0).build())).get(0)));
        assertEquals(OnfErrorCodes.OFPBFC_MSG_UNSUP.code(), onfCodeOf(state.handle(OnfBundleAdd.of(5, ATOMIC,
            OfBarrierRequest.of(0))).get(0)));
        assertEquals(OnfErrorCodes.OFPBFC_MSG_BAD_XID.code(), onfCodeOf(state.handle(new OnfBundleAdd(9, 5,
            ATOMIC, flow(8, 1, 2), List.of())).get(0)));
        assertEquals(0, state.openBundleCount());
    }

    @Test
    void aMessageRefusedOnItsOwnIsRefusedWhenAddedAndTheBundleGoesOn() {
        state.handle(control(1, 6, OnfBundleControlType.OPEN_REQUEST));
        assertEquals(OfErrorCode.OFPFMFC_BAD_FLAGS, errorOf(state.handle(OnfBundleAdd.of(6, ATOMIC,
            OfFlowMod.builder().xid(2).flags(0x40).build()))));
        state.handle(OnfBundleAdd.of(6, ATOMIC, flow(3, 1, 2)));
        state.handle(control(4, 6, OnfBundleControlType.COMMIT_REQUEST));
        assertEquals(1, state.flowCount());
    }

    @Test
    void addingToABundleThatDoesNotExistOpensItAndDiscardForgetsIt() {
        state.handle(OnfBundleAdd.of(8, ATOMIC, flow(1, 1, 2)));
        assertEquals(1, state.openBundleCount());
        assertEquals(List.of(OnfBundleControl.of(2, 8, OnfBundleControlType.DISCARD_REPLY, 0)),
            state.handle(control(2, 8, OnfBundleControlType.DISCARD_REQUEST)));
        assertEquals(0, state.openBundleCount());
        assertEquals(0, state.flowCount());
    }

    @Test
    void eachConnectionHasItsOwnBundlesAndClosingItDiscardsThem() {
        final Object first = new Object();
        final Object second = new Object();
        state.handle(control(1, 3, OnfBundleControlType.OPEN_REQUEST), first);
        state.handle(OnfBundleAdd.of(3, ATOMIC, flow(2, 1, 2)), first);
        // the same id on another connection is another bundle, and the first connection's is not its to commit
        assertEquals(List.of(OnfBundleControl.of(1, 3, OnfBundleControlType.OPEN_REPLY, 0)),
            state.handle(control(1, 3, OnfBundleControlType.OPEN_REQUEST), second));
        assertEquals(List.of(OnfBundleControl.of(4, 3, OnfBundleControlType.COMMIT_REPLY, 0)),
            state.handle(control(4, 3, OnfBundleControlType.COMMIT_REQUEST), second));
        assertEquals(0, state.flowCount());
        assertEquals(1, state.openBundleCount());

        // Open vSwitch discards a connection's bundles when it closes: the next connection may reuse their ids
        state.connectionClosed(first);
        assertEquals(0, state.openBundleCount());
        final Object third = new Object();
        assertEquals(List.of(OnfBundleControl.of(5, 3, OnfBundleControlType.OPEN_REPLY, 0)),
            state.handle(control(5, 3, OnfBundleControlType.OPEN_REQUEST), third));
        assertEquals(OnfErrorCodes.OFPBFC_BAD_ID.code(), onfCodeOf(state.handle(control(6, 3,
            OnfBundleControlType.OPEN_REQUEST), third).get(0)));
        assertEquals(0, state.flowCount());
        assertEquals(0, state.modsApplied());
    }

    @Test
    void modsAppliedCountsWhatChangedTheTablesAloneOrInACommittedBundle() throws RequestRefusedException {
        state.handle(flow(1, 1, 2));
        state.handle(flow(2, 1, 2));
        assertEquals(1, state.flowCount());
        assertEquals(2, state.modsApplied());
        // refused: not counted
        state.handle(OfFlowMod.builder().xid(3).flags(0x40).build());
        assertEquals(2, state.modsApplied());
        state.apply(OfGroupMod.add(1, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(5))));
        assertEquals(3, state.modsApplied());
        state.handle(control(4, 9, OnfBundleControlType.OPEN_REQUEST));
        state.handle(OnfBundleAdd.of(9, ATOMIC, flow(5, 2, 3)));
        state.handle(OnfBundleAdd.of(9, ATOMIC, flow(6, 3, 4)));
        assertEquals(3, state.modsApplied());
        state.handle(control(7, 9, OnfBundleControlType.COMMIT_REQUEST));
        assertEquals(5, state.modsApplied());
        // a bundle that fails applies nothing, and counts nothing
        state.handle(control(8, 10, OnfBundleControlType.OPEN_REQUEST));
        state.handle(OnfBundleAdd.of(10, ATOMIC, flow(9, 4, 5)));
        state.handle(OnfBundleAdd.of(10, ATOMIC, OfFlowMod.builder().xid(10).match(OfMatch.of(OxmInPort.of(5)))
            .applyActions(new OfActionGroup(77)).build()));
        state.handle(control(11, 10, OnfBundleControlType.COMMIT_REQUEST));
        assertEquals(5, state.modsApplied());
        assertEquals(3, state.flowCount());
    }

    @Property(tries = 200)
    void aCommitAppliesAllOrNothing(@ForAll @Size(max = 6) final List<@From("mods") OfFlowMod> mods) {
        final var bundled = new SwitchState(TestSwitches.ports(), new TestSwitches.TestClock(), RequestBytes.NONE);
        final var oneByOne = new SwitchState(TestSwitches.ports(), new TestSwitches.TestClock(), RequestBytes.NONE);
        for (SwitchState sw : List.of(bundled, oneByOne)) {
            try {
                sw.apply(OfGroupMod.add(1, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(5))));
                sw.apply(flow(0, 1, 3));
                sw.apply(flow(0, 2, 4));
            } catch (RequestRefusedException e) {
                throw new AssertionError(e);
            }
        }
        final List<String> before = describe(bundled);
        boolean allSucceed = true;
        for (OfFlowMod mod : mods) {
            try {
                oneByOne.apply(mod);
            } catch (RequestRefusedException e) {
                allSucceed = false;
            }
        }
        bundled.handle(control(100, 1, OnfBundleControlType.OPEN_REQUEST));
        for (OfFlowMod mod : mods) {
            assertEquals(List.of(), bundled.handle(OnfBundleAdd.of(1, ATOMIC, mod)));
        }
        final List<OfMessage> answer = bundled.handle(control(101, 1, OnfBundleControlType.COMMIT_REQUEST));
        Statistics.collect(allSucceed ? "applied" : "refused");
        Statistics.coverage(coverage -> {
            coverage.check("applied").percentage(percent -> percent > 10);
            coverage.check("refused").percentage(percent -> percent > 10);
        });
        if (allSucceed) {
            assertEquals(describe(oneByOne), describe(bundled));
            assertInstanceOf(OnfBundleControl.class, answer.get(answer.size() - 1));
        } else {
            assertEquals(before, describe(bundled));
            assertEquals(OnfErrorCodes.OFPBFC_MSG_FAILED.code(), onfCodeOf(answer.get(answer.size() - 1)));
        }
    }

    private static List<String> describe(final SwitchState state) {
        final var flows = new ArrayList<String>();
        for (FlowEntry entry : state.flows()) {
            flows.add(entry.tableId() + "/" + entry.priority() + "/" + entry.match() + "/" + entry.instructions());
        }
        // the counts are kept apart from the entries: an undone bundle must undo them too
        flows.add("count " + state.flowCount() + ", unmarked " + state.flowCount(0, 0xffffL << 48));
        return flows;
    }

    @Provide
    Arbitrary<OfFlowMod> mods() {
        final Arbitrary<Integer> inPorts = Arbitraries.integers().between(1, 3);
        final Arbitrary<OfFlowModCommand> commands = Arbitraries.of(OfFlowModCommand.ADD, OfFlowModCommand.MODIFY,
            OfFlowModCommand.DELETE, OfFlowModCommand.DELETE_STRICT);
        final Arbitrary<Integer> groups = Arbitraries.of(0, 1, 2);
        final Arbitrary<Boolean> overlapChecks = Arbitraries.of(true, false);
        return Combinators.combine(inPorts, commands, groups, overlapChecks).as((inPort, command, group, check) -> {
            final OfFlowMod.Builder mod = OfFlowMod.builder().command(command).match(OfMatch.of(OxmInPort.of(inPort)))
                .flags(check ? OfFlowMod.CHECK_OVERLAP : 0);
            // group 2 does not exist: a flow naming it fails at commit
            return (group == 0 ? mod.applyActions(OfActionOutput.to(inPort + 1))
                : mod.applyActions(OfActionGroup.of(group))).build();
        });
    }
}
