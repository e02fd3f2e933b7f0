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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import io.tunnelmesh.openflow.api.match.OxmTcpDst;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfAggregateStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStats;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsReply;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStatsRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescReply;
import io.tunnelmesh.openflow.api.message.multipart.OfPortDescRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartAnswersTest {
    private final TestSwitches.TestClock clock = new TestSwitches.TestClock();
    private final SwitchState state = TestSwitches.switchState(clock);

    private void add(final int table, final int inPort, final long cookie, final int outPort) {
        try {
            state.apply(OfFlowMod.builder().table(table).cookie(cookie).match(OfMatch.of(OxmInPort.of(inPort)))
                .applyActions(OfActionOutput.to(outPort)).build());
        } catch (RequestRefusedException e) {
            throw new AssertionError(e);
        }
    }

    private List<OfFlowStats> flowStats(final OfFlowStatsRequest request) {
        final List<OfMessage> parts = state.handle(OfMultipartRequest.of(9, request));
        return parts.stream().flatMap(part -> ((OfFlowStatsReply) ((OfMultipartReply) part).body()).flows().stream())
            .toList();
    }

    @Test
    void flowStatisticsSelectLikeANonStrictDelete() {
        add(0, 1, 0x10, 2);
        add(0, 2, 0x20, 3);
        add(5, 1, 0x11, 3);
        clock.advance(Duration.ofMillis(2500));
        state.receive(Packet.builder().inPort(1).build());

        final List<OfFlowStats> all = flowStats(OfFlowStatsRequest.all());
        assertEquals(3, all.size());
        final OfFlowStats first = all.get(0);
        assertEquals(2, first.durationSec());
        assertEquals(500_000_000, first.durationNsec());
        assertEquals(1, first.packetCount());
        assertEquals(OfMatch.of(OxmInPort.of(1)), first.match());

        assertEquals(List.of(0x10L, 0x11L), flowStats(new OfFlowStatsRequest(OfFlowStatsRequest.ALL_TABLES,
            OfFlowStatsRequest.ANY, OfFlowStatsRequest.ANY, 0, 0, OfMatch.of(OxmInPort.of(1)))).stream()
            .map(OfFlowStats::cookie).toList());
        assertEquals(List.of(0x20L, 0x11L), flowStats(new OfFlowStatsRequest(OfFlowStatsRequest.ALL_TABLES, 3,
            OfFlowStatsRequest.ANY, 0, 0, OfMatch.ALL)).stream().map(OfFlowStats::cookie).toList());
        assertEquals(List.of(0x11L), flowStats(new OfFlowStatsRequest(5, OfFlowStatsRequest.ANY,
            OfFlowStatsRequest.ANY, 0x01, 0x0f, OfMatch.ALL)).stream().map(OfFlowStats::cookie).toList());
    }

    @Test
    void aggregateStatisticsSumTheSelectedFlows() {
        add(0, 1, 1, 2);
        add(0, 2, 2, 3);
        state.receive(Packet.builder().inPort(1).length(70).build());
        state.receive(Packet.builder().inPort(2).length(30).build());
        final var reply = (OfAggregateStatsReply) ((OfMultipartReply) state.handle(
            OfMultipartRequest.aggregateStats(4, OfFlowStatsRequest.ALL_TABLES, 0, 0, OfMatch.ALL)).get(0)).body();
        assertEquals(new OfAggregateStatsReply(2, 100, 2), reply);
    }

    @Test
    void manyFlowsAreSplitIntoParts() {
        for (int port = 1; port <= 120; port++) {
            add(0, port, port, 1);
        }
        final List<OfMessage> parts = state.handle(OfMultipartRequest.of(3, OfFlowStatsRequest.all()));
        assertEquals(3, parts.size());
        assertTrue(((OfMultipartReply) parts.get(0)).more());
        assertTrue(((OfMultipartReply) parts.get(1)).more());
        assertFalse(((OfMultipartReply) parts.get(2)).more());
        assertEquals(120, flowStats(OfFlowStatsRequest.all()).size());
        assertEquals(List.of(3, 3, 3), parts.stream().map(OfMessage::xid).toList());
    }

    @Test
    void aBadMatchInARequestIsRefused() {
        assertEquals(OfErrorCode.OFPBMC_BAD_PREREQ, errorOf(state.handle(OfMultipartRequest.flowStats(1,
            OfFlowStatsRequest.ALL_TABLES, 0, 0, OfMatch.of(OxmTcpDst.of(80))))));
    }

    @Test
    void portDescriptionsListThePorts() {
        final var reply = (OfPortDescReply) ((OfMultipartReply) state.handle(OfMultipartRequest.of(1,
            OfPortDescRequest.INSTANCE)).get(0)).body();
        assertEquals(List.of(1, 2, 3, 4, 5, OfActionOutput.LOCAL), reply.ports().stream()
            .map(port -> port.portNo()).toList());
        assertTrue(SwitchState.handles(OfMultipartRequest.of(1, OfPortDescRequest.INSTANCE)));
        assertFalse(SwitchState.handles(OfMultipartRequest.desc(1)));
    }
}
