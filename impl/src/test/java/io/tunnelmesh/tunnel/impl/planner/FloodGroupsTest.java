/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.TUNNEL_OFPORT;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.allConnected;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.intent;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.network;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.node;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.port;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.segments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBufAllocator;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.action.OfActionGroup;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.openflow.api.action.OfActionSetField;
import io.tunnelmesh.openflow.api.ext.nicira.NxmTunIpv4Dst;
import io.tunnelmesh.openflow.api.instruction.OfInstructionApplyActions;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.impl.OpenFlowCodecs;
import io.tunnelmesh.openflow.impl.pipeline.OfMessageEncoder;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.NodeIntent;
import io.tunnelmesh.tunnel.impl.intent.PortIntent;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The broadcast flood of table 10 through chunked flood groups: what the groups hold, their ids, and what a join
 * changes.
 */
class FloodGroupsTest {
    private static final List<NodeIntent> THREE = List.of(node("n1", "192.0.2.1"), node("n2", "192.0.2.2"),
        node("n3", "192.0.2.3"));

    @Test
    void theFloodOutputsLocallyThenGoesToOneGroupPerChunkWithABucketPerPeer() {
        final var blue = network("blue", Encapsulation.VXLAN, port("a", "n1", "02:00:00:00:00:0a"),
            port("a2", "n1", "02:00:00:00:00:1a"), port("b", "n2", "02:00:00:00:00:0b"),
            port("c", "n3", "02:00:00:00:00:0c"));
        final var intent = intent(THREE, blue);
        final var plan = OverlayPlanner.plan(intent, segments(intent), allConnected(intent)).nodes().get("n1");
        final int slot = (int) (OverlayPipeline.networkTag("blue") & 0xffff);
        // n2 and n3 hash to chunks 25 and 38: one group each, in chunk order
        assertEquals(25, OverlayPipeline.floodChunk("n2"));
        assertEquals(38, OverlayPipeline.floodChunk("n3"));
        final int toN2 = 0x54 << 24 | slot << 8 | 25;
        final int toN3 = 0x54 << 24 | slot << 8 | 38;
        assertEquals(List.of(toN2, toN3), plan.groups().stream().map(GroupSpec::groupId).toList());
        final var n2 = plan.groups().getFirst();
        assertEquals(OfGroupType.ALL, n2.type());
        assertEquals(1, n2.buckets().size());
        final var copy = n2.buckets().getFirst().actions();
        assertEquals(new OfActionSetField(OxmTunnelId.of(1000)), copy.get(0), "each copy sets the tunnel key");
        assertEquals("192.0.2.2", ((NxmTunIpv4Dst) ((OfActionSetField) copy.get(1)).field()).value()
            .getHostAddress());
        assertEquals(OfActionOutput.to(TUNNEL_OFPORT), copy.get(2));

        final var flood = plan.flows().stream().filter(flow -> flow.table() == OverlayPipeline.TABLE_FROM_LOCAL
            && flow.priority() == OverlayPipeline.PRIORITY_FLOOD).findFirst().orElseThrow();
        assertEquals(List.<OfAction>of(OfActionOutput.to(1), OfActionOutput.to(2), OfActionGroup.of(toN2),
            OfActionGroup.of(toN3)), ((OfInstructionApplyActions) flood.instructions().getFirst()).actions());
        final var fromTunnel = plan.flows().stream().filter(flow -> flow.table() == OverlayPipeline.TABLE_FROM_TUNNEL
            && flow.priority() == OverlayPipeline.PRIORITY_FLOOD).findFirst().orElseThrow();
        assertEquals(List.<OfAction>of(OfActionOutput.to(1), OfActionOutput.to(2)),
            ((OfInstructionApplyActions) fromTunnel.instructions().getFirst()).actions(), "table 20 is unchanged");
    }

    @Test
    void peersOfOneChunkShareAGroupInPeerOrder() {
        // n72 hashes to n1's chunk 0, n71 to n2's chunk 25
        assertEquals(0, OverlayPipeline.floodChunk("n72"));
        assertEquals(25, OverlayPipeline.floodChunk("n71"));
        final var nodes = List.of(node("n1", "192.0.2.1"), node("n2", "192.0.2.2"), node("n71", "192.0.2.71"),
            node("n72", "192.0.2.72"));
        final var blue = network("blue", Encapsulation.GENEVE, port("a", "n1", "02:00:00:00:00:0a"),
            port("b", "n2", "02:00:00:00:00:0b"), port("c", "n71", "02:00:00:00:00:0c"),
            port("d", "n72", "02:00:00:00:00:0d"));
        final var intent = intent(nodes, blue);
        final var plan = OverlayPlanner.plan(intent, segments(intent), allConnected(intent));
        // n1 reaches n72 in its own chunk, and n2 then n71 in chunk 25
        final var n1 = plan.nodes().get("n1").groups();
        assertEquals(List.of(0, 25), n1.stream().map(group -> group.groupId() & 0xff).toList());
        assertEquals(List.of("192.0.2.72"), destinations(n1.get(0)));
        assertEquals(List.of("192.0.2.2", "192.0.2.71"), destinations(n1.get(1)));
        // n2's chunk 25 holds only n71; same ids on every node, different buckets
        final var n2 = plan.nodes().get("n2").groups();
        assertEquals(List.of("192.0.2.1", "192.0.2.72"), destinations(n2.get(0)));
        assertEquals(List.of("192.0.2.71"), destinations(n2.get(1)));
        assertEquals(n1.get(1).groupId(), n2.get(1).groupId());
        assertEquals(plan, new IncrementalOverlayPlanner().plan(intent, segments(intent), allConnected(intent)));
    }

    @Test
    void networksWhoseSlotsCollideTakeTheNextSlotInNameOrder() {
        // "dhy" and "fza": the same low 16 bits of their tags
        final int slot = (int) (OverlayPipeline.networkTag("dhy") & 0xffff);
        assertEquals(slot, (int) (OverlayPipeline.networkTag("fza") & 0xffff));
        final var slots = OverlayPipeline.floodSlots(new TreeSet<>(List.of("fza", "dhy", "blue")));
        assertEquals(slot, slots.get("dhy"));
        assertEquals(slot + 1, slots.get("fza"));
        assertEquals((int) (OverlayPipeline.networkTag("blue") & 0xffff), slots.get("blue"));
        final var intent = intent(THREE, network("fza", Encapsulation.VXLAN, port("a", "n1", "02:00:00:00:00:0a"),
            port("b", "n2", "02:00:00:00:00:0b")), network("dhy", Encapsulation.VXLAN,
            port("c", "n1", "02:00:00:00:00:0c"), port("d", "n2", "02:00:00:00:00:0d")));
        final var groups = OverlayPlanner.plan(intent, segments(intent), allConnected(intent)).nodes().get("n1")
            .groups();
        assertEquals(List.of(OverlayPipeline.floodGroupId(slot, 25), OverlayPipeline.floodGroupId(slot + 1, 25)),
            groups.stream().map(GroupSpec::groupId).toList());
        assertEquals(0x5400_0000, OverlayPipeline.floodGroupId(0, 0));
        assertEquals(0x54ff_ff3f, OverlayPipeline.floodGroupId(0xffff, 63));
        assertTrue(OverlayPipeline.isOurGroup(0x54ff_ff3f));
        assertTrue(!OverlayPipeline.isOurGroup(0x5300_0001) && !OverlayPipeline.isOurGroup(7));
    }

    /**
     * A join changes one group on each other node, its chunk's, and the flood flow only where that chunk was empty;
     * every node outside the chunk shares one instance of its group.
     */
    @Test
    void aJoinChangesOneGroupPerNodeAndTheFloodOnlyWhereItsChunkWasEmpty() {
        final var planner = new IncrementalOverlayPlanner();
        final var members = IntStream.range(0, 40).mapToObj(i -> "m" + i).toList();
        final var taken = members.stream().map(OverlayPipeline::floodChunk).collect(Collectors.toSet());
        final var intoTaken = IntStream.range(0, 1000).mapToObj(i -> "j" + i)
            .filter(name -> taken.contains(OverlayPipeline.floodChunk(name))).findFirst().orElseThrow();
        final var intoEmpty = IntStream.range(0, 1000).mapToObj(i -> "j" + i)
            .filter(name -> !taken.contains(OverlayPipeline.floodChunk(name))).findFirst().orElseThrow();
        for (var joiner : List.of(intoTaken, intoEmpty)) {
            final var intent = mesh(members);
            final var before = planner.plan(intent, segments(intent), allConnected(intent));
            final var joined = new ArrayList<>(members);
            joined.add(joiner);
            final var after = mesh(joined);
            final var plan = planner.plan(after, segments(after), allConnected(after));
            assertEquals(OverlayPlanner.plan(after, segments(after), allConnected(after)), plan, joiner);
            final int chunk = OverlayPipeline.floodChunk(joiner);
            final var shared = new ArrayList<GroupSpec>();
            for (var member : members) {
                final var old = before.nodes().get(member);
                final var now = plan.nodes().get(member);
                final var changed = now.groups().stream().filter(group -> !old.groups().contains(group))
                    .map(group -> group.groupId() & 0xff).toList();
                assertEquals(List.of(chunk), changed, member);
                // whether the member reached a peer of the joiner's chunk before
                final boolean had = old.groups().stream().anyMatch(group -> (group.groupId() & 0xff) == chunk);
                assertEquals(old.groups().size() + (had ? 0 : 1), now.groups().size(), member);
                final var oldFlood = flood(old);
                if (had) {
                    assertSame(oldFlood, flood(now), member + ": its flood flow is the same instance");
                } else {
                    assertNotEquals(oldFlood, flood(now), member);
                }
                if (OverlayPipeline.floodChunk(member) != chunk) {
                    shared.add(now.groups().stream().filter(group -> (group.groupId() & 0xff) == chunk)
                        .findFirst().orElseThrow());
                }
            }
            assertTrue(shared.stream().allMatch(group -> group == shared.getFirst()), "one instance for all");
            // back to the members, for the next joiner
            planner.plan(intent, segments(intent), allConnected(intent));
        }
    }

    /**
     * 2,100 nodes in one network: the flood of one flow-mod with a copy per peer would exceed OpenFlow's 65,535-byte
     * message limit; every flow-mod and group-mod of a node now encodes within it.
     */
    @Test
    void aNetworkOf2100NodesPlansAndEveryMessageFitsInOpenFlowsLimit() {
        final var members = IntStream.range(0, 2100).mapToObj(i -> String.format("node%04d", i)).toList();
        final var intent = mesh(members);
        final var plan = new IncrementalOverlayPlanner().plan(intent, segments(intent), allConnected(intent));
        assertEquals(2100, plan.nodes().size());
        final var node = plan.nodes().get("node0000");
        assertEquals(2099, node.groups().stream().mapToInt(group -> group.buckets().size()).sum());
        assertEquals(OverlayPipeline.FLOOD_CHUNKS, node.groups().size());
        final var messages = new ArrayList<OfMessage>();
        node.flows().forEach(flow -> messages.add(flow.toAdd()));
        node.groups().forEach(group -> messages.add(group.toAdd(1)));
        final var encoder = new OfMessageEncoder(OpenFlowCodecs.standard());
        int largest = 0;
        for (var message : messages) {
            final var out = ByteBufAllocator.DEFAULT.buffer();
            try {
                encoder.encode(message, out);
                largest = Math.max(largest, out.readableBytes());
            } finally {
                out.release();
            }
        }
        assertTrue(largest <= 0xffff, "largest message " + largest);
        // about 33 buckets of 64 bytes, not 2,099 copies of 48
        assertTrue(largest < 4096, "largest message " + largest);
    }

    private static Object flood(final NodePlan plan) {
        return plan.flows().stream().filter(flow -> flow.table() == OverlayPipeline.TABLE_FROM_LOCAL
            && flow.priority() == OverlayPipeline.PRIORITY_FLOOD).findFirst().orElseThrow();
    }

    private static List<String> destinations(final GroupSpec group) {
        return group.buckets().stream().map(bucket -> ((NxmTunIpv4Dst) ((OfActionSetField) bucket.actions().get(1))
            .field()).value().getHostAddress()).toList();
    }

    /** One network across the nodes, one port each. */
    private static Intent mesh(final List<String> members) {
        final var nodes = new ArrayList<NodeIntent>();
        final var ports = new ArrayList<PortIntent>();
        for (int i = 0; i < members.size(); i++) {
            final var name = members.get(i);
            nodes.add(node(name, "10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff)));
            ports.add(port("p-" + name, name, String.format("02:00:00:%02x:%02x:%02x", i >> 16 & 0xff,
                i >> 8 & 0xff, i & 0xff)));
        }
        return intent(nodes, network("net", Encapsulation.VXLAN, ports.toArray(PortIntent[]::new)));
    }
}
