/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.allConnected;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.connected;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.intent;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.network;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.node;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.port;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.segments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.NodeIntent;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlan.PortRef;
import io.tunnelmesh.tunnel.impl.segment.NetworkSegment;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

/**
 * The planner's structure and statuses; what the flows do to packets is checked through the emulator's flow table in
 * simple-client's {@code OverlayForwardingTest}.
 */
class OverlayPlannerTest {
    private static final int TUNNEL = OverlayFixtures.TUNNEL_OFPORT;

    private static final List<NodeIntent> THREE = List.of(node("n1", "192.0.2.1"), node("n2", "192.0.2.2"),
        node("n3", "192.0.2.3"));

    @Test
    void emptyIntentGivesEachConnectedNodeItsDefaultDrops() {
        final var intent = intent(THREE);
        final var plan = OverlayPlanner.plan(intent, segments(intent), Map.of("n1", connected(intent, "n1")));
        assertEquals(Set.of("n1"), plan.nodes().keySet());
        final var flows = plan.nodes().get("n1").flows();
        assertEquals(List.of(0, 10, 20), flows.stream().map(FlowSpec::table).toList());
        assertTrue(flows.stream().allMatch(flow -> flow.instructions().isEmpty() && flow.priority() == 0
            && flow.cookie() == OverlayPipeline.COOKIE_MARK));
        assertEquals(Set.of(), plan.nodes().get("n1").tunnelPorts());
    }

    @Test
    void networkAcrossTwoNodesTunnelsOnlyBetweenThem() {
        final var intent = intent(THREE, network("blue", Encapsulation.VXLAN, port("a", "n1", "02:00:00:00:00:0a"),
            port("b", "n2", "02:00:00:00:00:0b")));
        final var plan = OverlayPlanner.plan(intent, segments(intent), allConnected(intent));
        assertEquals(ElementStatus.ACTIVE, plan.networks().get("blue"));
        assertEquals(ElementStatus.ACTIVE, plan.ports().get(new PortRef("blue", "a")));
        assertEquals(Set.of(Encapsulation.VXLAN), plan.nodes().get("n1").tunnelPorts());
        assertEquals(Set.of(Encapsulation.VXLAN), plan.nodes().get("n2").tunnelPorts());
        assertEquals(Set.of(), plan.nodes().get("n3").tunnelPorts());
        assertEquals(3, plan.nodes().get("n3").flows().size(), "n3 holds no port of blue: only its drops");
        // n1: classify local a, classify from n2, a's MAC in 10 and 20, b's MAC in 10 via the tunnel, 2 floods, 3 drops
        assertEquals(10, plan.nodes().get("n1").flows().size());
        final var toB = plan.nodes().get("n1").flows().stream()
            .filter(flow -> flow.table() == 10 && flow.priority() == 100
                && flow.match().fields().toString().contains("02:00:00:00:00:0b"))
            .findFirst().orElseThrow();
        final var actions = ((OfInstructionApplyActions) toB.instructions().get(0)).actions();
        assertEquals(3, actions.size());
        assertEquals("192.0.2.2", ((NxmTunIpv4Dst) ((OfActionSetField) actions.get(1)).field()).value()
            .getHostAddress());
        assertEquals(OfActionOutput.to(TUNNEL), actions.get(2));
        assertTrue(plan.nodes().get("n1").flows().stream().filter(flow -> flow.priority() > 0)
            .allMatch(flow -> flow.cookie() == OverlayPipeline.networkCookie(OverlayPipeline.networkTag("blue"))));
    }

    @Test
    void nodeNotKnownYetGetsNoFlowsButItsPeersKeepReachingIt() {
        final var intent = intent(THREE, network("blue", Encapsulation.VXLAN, port("a", "n1", "02:00:00:00:00:0a"),
            port("b", "n2", "02:00:00:00:00:0b")));
        final var everyone = OverlayPlanner.plan(intent, segments(intent), allConnected(intent));
        // after a controller restart n1 is back before n2: n1's flows must be those it held before
        final var onlyN1 = OverlayPlanner.plan(intent, segments(intent), Map.of("n1", connected(intent, "n1")));
        assertEquals(everyone.nodes().get("n1"), onlyN1.nodes().get("n1"));
        assertEquals(Set.of("n1"), onlyN1.nodes().keySet(), "n2 gets no flows until it is known");
        assertEquals(Status.Pending, onlyN1.networks().get("blue").status());
        assertEquals("node n2 is not connected", onlyN1.networks().get("blue").reason());
        assertEquals(Status.Pending, onlyN1.ports().get(new PortRef("blue", "b")).status());
    }

    @Test
    void planIsDeterministic() {
        final var intent = intent(THREE, network("blue", Encapsulation.GENEVE, port("a", "n1", "02:00:00:00:00:0a"),
            port("b", "n2", "02:00:00:00:00:0b"), port("c", "n3", "02:00:00:00:00:0c")),
            network("red", Encapsulation.GRE, port("d", "n1", "02:00:00:00:00:0d"),
                port("e", "n3", "02:00:00:00:00:0e")));
        final var first = OverlayPlanner.plan(intent, segments(intent), allConnected(intent));
        final var second = OverlayPlanner.plan(intent, segments(intent), allConnected(intent));
        assertEquals(first, second);
        assertEquals(first.nodes().get("n1").flows(), second.nodes().get("n1").flows(), "same order");
        assertEquals(Set.of(Encapsulation.GENEVE, Encapsulation.GRE), first.nodes().get("n1").tunnelPorts());
        assertEquals(Set.of(Encapsulation.GENEVE), first.nodes().get("n2").tunnelPorts());
    }

    @Test
    void transportZonesLimitPeers() {
        final var nodes = List.of(node("n1", "192.0.2.1", "east"), node("n2", "192.0.2.2", "west"),
            node("n3", "192.0.2.3", "east", "west"));
        final var intent = intent(nodes, network("blue", Encapsulation.VXLAN, port("a", "n1", "02:00:00:00:00:0a"),
            port("b", "n2", "02:00:00:00:00:0b"), port("c", "n3", "02:00:00:00:00:0c")));
        final var plan = OverlayPlanner.plan(intent, segments(intent), allConnected(intent));
        // n1 and n2 share no zone: n1 tunnels only to n3 (classify from n3 only), n3 to both
        assertEquals(1, tunnelClassifiers(plan, "n1"));
        assertEquals(1, tunnelClassifiers(plan, "n2"));
        assertEquals(2, tunnelClassifiers(plan, "n3"));
    }

    @Test
    void addressFamiliesDoNotMix() {
        final var nodes = List.of(node("n1", "192.0.2.1"), node("n2", "2001:db8::2"), node("n3", "2001:db8::3"));
        final var intent = intent(nodes, network("blue", Encapsulation.VXLAN, port("a", "n1", "02:00:00:00:00:0a"),
            port("b", "n2", "02:00:00:00:00:0b"), port("c", "n3", "02:00:00:00:00:0c")));
        final var plan = OverlayPlanner.plan(intent, segments(intent), allConnected(intent));
        assertEquals(0, tunnelClassifiers(plan, "n1"));
        assertEquals(1, tunnelClassifiers(plan, "n2"));
    }

    @Test
    void nodeThatCannotCarryIsNotHalfProgrammed() {
        final var intent = intent(THREE, network("slow", Encapsulation.STT, port("a", "n1", "02:00:00:00:00:0a"),
            port("b", "n2", "02:00:00:00:00:0b")));
        final var states = new HashMap<>(allConnected(intent));
        final var n2 = states.get("n2");
        states.put("n2", new NodeState("n2", true, Map.of(Encapsulation.STT,
            "the userspace datapath cannot carry stt"), n2.tunnelPorts(), n2.ofports()));
        final var plan = OverlayPlanner.plan(intent, segments(intent), states);
        assertEquals(Status.Error, plan.networks().get("slow").status());
        assertTrue(plan.networks().get("slow").reason().contains("node n2 cannot carry stt: the userspace datapath"));
        assertEquals(Status.Error, plan.ports().get(new PortRef("slow", "b")).status());
        assertEquals(3, plan.nodes().get("n2").flows().size(), "n2 holds none of the network's flows");
        assertEquals(Set.of(), plan.nodes().get("n2").tunnelPorts());
        assertEquals(Set.of(), plan.nodes().get("n1").tunnelPorts(), "n1 has no peer left to tunnel to");
    }

    @Test
    void missingOfportsAndTunnelPortsArePending() {
        final var intent = intent(THREE, network("blue", Encapsulation.VXLAN, port("a", "n1", "02:00:00:00:00:0a"),
            port("b", "n2", "02:00:00:00:00:0b")));
        final var states = new HashMap<>(allConnected(intent));
        states.put("n1", new NodeState("n1", true, Map.of(), Map.of(), Map.of()));
        states.remove("n3");
        final var plan = OverlayPlanner.plan(intent, segments(intent), states);
        assertEquals(Status.Pending, plan.networks().get("blue").status());
        assertEquals("interface tap-a has no ofport on node n1 yet; node n1 has no vxlan tunnel port yet",
            plan.networks().get("blue").reason());
        assertEquals(ElementStatus.pending("interface tap-a has no ofport on node n1 yet"),
            plan.ports().get(new PortRef("blue", "a")));
        assertEquals(Set.of(Encapsulation.VXLAN), plan.nodes().get("n1").tunnelPorts(), "asked for, to be created");
        assertEquals(3, plan.nodes().get("n1").flows().size());
        assertEquals(Set.of("n1", "n2"), plan.nodes().keySet(), "n3 is not connected");
    }

    @Test
    void disconnectedNodeHoldsItsNetworksPending() {
        final var intent = intent(THREE, network("blue", Encapsulation.VXLAN, port("a", "n1", "02:00:00:00:00:0a"),
            port("b", "n2", "02:00:00:00:00:0b")));
        final var states = new HashMap<>(allConnected(intent));
        states.remove("n2");
        final var plan = OverlayPlanner.plan(intent, segments(intent), states);
        assertEquals(ElementStatus.pending("node n2 is not connected"), plan.networks().get("blue"));
        assertEquals(ElementStatus.pending("node n2 is not connected"), plan.ports().get(new PortRef("blue", "b")));
        assertEquals(ElementStatus.ACTIVE, plan.ports().get(new PortRef("blue", "a")));
    }

    @Test
    void networkWithoutSegmentGetsNoFlows() {
        final var intent = intent(THREE, network("blue", Encapsulation.VXLAN, port("a", "n1", "02:00:00:00:00:0a")));
        final var plan = OverlayPlanner.plan(intent, new SegmentPlan(Map.of(), Map.of("blue",
            new NetworkSegment("blue", null, Status.Error, "segment range for vxlan is exhausted"))),
            allConnected(intent));
        assertEquals(ElementStatus.error("segment range for vxlan is exhausted"), plan.networks().get("blue"));
        assertEquals(3, plan.nodes().get("n1").flows().size());
    }

    @Test
    void tagsAndCookiesAreStableAndDistinct() {
        assertEquals(OverlayPipeline.networkTag("blue"), OverlayPipeline.networkTag("blue"));
        assertNotEquals(OverlayPipeline.networkTag("blue"), OverlayPipeline.networkTag("red"));
        // FNV-1a 64 of "a" (published test vector)
        assertEquals(0xaf63dc4c8601ec8cL, OverlayPipeline.networkTag("a"));
        final long cookie = OverlayPipeline.networkCookie(OverlayPipeline.networkTag("blue"));
        assertEquals(OverlayPipeline.COOKIE_MARK, cookie & OverlayPipeline.COOKIE_MARK_MASK);
    }

    private static long tunnelClassifiers(final OverlayPlan plan, final String node) {
        return plan.nodes().get(node).flows().stream()
            .filter(flow -> flow.table() == 0 && flow.match().fields().toString().contains("TunIp")).count();
    }
}
