/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.reconciler;

import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.allConnected;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.intent;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.network;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.node;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.port;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.segments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.api.instruction.OfInstructionGotoTable;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmTunnelId;
import io.tunnelmesh.openflow.impl.ovs.ControllerEndpoint;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import io.tunnelmesh.openflow.impl.ovs.OvsSandboxExtension;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.NodeIntent;
import io.tunnelmesh.tunnel.impl.planner.FlowSpec;
import io.tunnelmesh.tunnel.impl.planner.GroupSpec;
import io.tunnelmesh.tunnel.impl.planner.NodePlan;
import io.tunnelmesh.tunnel.impl.planner.OverlayPipeline;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlanner;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reconciler against a real {@code ovs-vswitchd}: the planner's flows and flood groups arrive in one bundle, a
 * reconciler started afresh (a restarted controller) finds nothing to do because it reads Open vSwitch's report of
 * them as equal to the plan, a changed plan sends only the difference, and a flow under another cookie is never
 * touched.
 */
@ExtendWith(OvsSandboxExtension.class)
class NodeReconcilerOvsTest {
    private static final String BRIDGE = "br-rec";
    private static final List<NodeIntent> NODES = List.of(
        node("n1", "192.0.2.1"), node("n2", "192.0.2.2"), node("n3", "192.0.2.3"));

    private static NodePlan planOfN1(final boolean withRed) {
        final var blue = network("blue", Encapsulation.VXLAN, port("a", "n1", "02:00:00:00:00:0a"),
            port("b", "n2", "02:00:00:00:00:0b"), port("c", "n3", "02:00:00:00:00:0c"));
        final var red = network("red", Encapsulation.GENEVE, port("d", "n1", "02:00:00:00:00:0b"),
            port("e", "n2", "02:00:00:00:00:0a"));
        final var intent = withRed ? intent(NODES, blue, red) : intent(NODES, blue);
        return OverlayPlanner.plan(intent, segments(intent), allConnected(intent)).nodes().get("n1");
    }

    private static NodePlan flowsOnly(final List<FlowSpec> flows) {
        return new NodePlan("n1", Set.of(), flows);
    }

    @Test
    void reconcilesToThePlanAndThenFindsNothingToDo(final OvsSandbox sandbox) throws Exception {
        final var config = SwitchConnectionConfig.builder().bindAddress(InetAddress.getLoopbackAddress()).port(0)
            .supportedVersions(OfVersion.OF13).build();
        try (var controller = ControllerEndpoint.listening(config)) {
            sandbox.addBridge(BRIDGE, "tcp:127.0.0.1:" + controller.port(), "OpenFlow13");
            final var connection = controller.awaitSwitch(sandbox);
            sandbox.ofctl("OpenFlow13", "add-flow", BRIDGE, "cookie=0x1234,table=10,priority=7,actions=drop");
            final var full = planOfN1(true);

            final var first = new NodeReconciler(connection, true);
            final var installed = first.reconcile(full).get(30, TimeUnit.SECONDS);
            assertEquals(full.flows().size(), installed.additions().size());
            assertEquals(full.groups(), installed.groups().additions());
            assertTrue(first.usesBundles(), "Open vSwitch takes bundles");
            assertEquals(full.flows().size() + 1, ourFlowsAndForeign(sandbox));
            assertEquals(full.groups().size(), ourGroups(sandbox, BRIDGE));

            // a restarted controller: a new reconciler reads OVS's report of the same flows and finds them equal
            final var restarted = new NodeReconciler(connection, true);
            assertSame(FlowChanges.NONE, restarted.reconcile(full).get(30, TimeUnit.SECONDS));

            // red goes away: only its flows and groups change
            final var smaller = planOfN1(false);
            final var changes = restarted.reconcile(smaller).get(30, TimeUnit.SECONDS);
            assertTrue(!changes.deletions().isEmpty() && changes.additions().isEmpty(), changes::toString);
            assertEquals(full.flows().size() - smaller.flows().size(), changes.deletions().size());
            assertEquals(full.groups().size() - smaller.groups().size(), changes.groups().deletions().size());
            assertEquals(smaller.flows().size() + 1, ourFlowsAndForeign(sandbox));
            assertEquals(smaller.groups().size(), ourGroups(sandbox, BRIDGE));
            assertTrue(sandbox.ofctl("OpenFlow13", "dump-flows", BRIDGE).contains("cookie=0x1234"),
                "the foreign flow stays");
            assertSame(FlowChanges.NONE, restarted.reconcile(smaller).get(30, TimeUnit.SECONDS));
            connection.close().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * A flow Open vSwitch refuses (a goto to an earlier table: OFPBIC_BAD_TABLE_ID) fails the change with the flow
     * and the error named, in a bundle and in plain flow-mods alike, so the change is never taken as applied; the
     * next reconcile reads back what the switch holds and puts in what is missing.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aFlowTheSwitchRefusesFailsTheChangeAndIsNamed(final boolean bundles, final OvsSandbox sandbox)
            throws Exception {
        final var config = SwitchConnectionConfig.builder().bindAddress(InetAddress.getLoopbackAddress()).port(0)
            .supportedVersions(OfVersion.OF13).build();
        final var bridge = "br-refuse-" + (bundles ? "b" : "p");
        try (var controller = ControllerEndpoint.listening(config)) {
            sandbox.addBridge(bridge, "tcp:127.0.0.1:" + controller.port(), "OpenFlow13");
            final var connection = controller.awaitSwitch(sandbox);
            final var valid = planOfN1(false);
            final var backwards = new FlowSpec(20, 3, OverlayPipeline.COOKIE_MARK | 0x77,
                OfMatch.builder().add(OxmTunnelId.of(77)).build(), List.of(OfInstructionGotoTable.of(10)));
            final var flows = new ArrayList<>(valid.flows());
            flows.add(backwards);
            final var plan = new NodePlan("n1", Set.of(), flows, valid.groups());

            final var reconciler = new NodeReconciler(connection, bundles);
            final var failure = assertThrows(ExecutionException.class,
                () -> reconciler.reconcile(plan).get(30, TimeUnit.SECONDS));
            final var refused = assertInstanceOf(FlowModsRefusedException.class, failure.getCause(),
                () -> failure.getCause().toString());
            assertEquals(1, refused.refused().size(), refused::getMessage);
            assertTrue(refused.refused().getFirst().contains("table=20,priority=3,tun_id=0x4d")
                && refused.refused().getFirst().contains("BAD_TABLE_ID"), refused.refused()::toString);
            assertEquals(bundles, reconciler.usesBundles(), "a refused flow is no reason to give up bundles");

            // what the switch holds now is read back, not assumed: the valid plan ends up installed either way
            reconciler.reconcile(valid).get(30, TimeUnit.SECONDS);
            assertSame(FlowChanges.NONE, reconciler.reconcile(valid).get(30, TimeUnit.SECONDS));
            assertEquals(valid.flows().size(), ourFlows(sandbox, bridge));
            connection.close().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * The flood groups, in a bundle and in plain messages alike: the switch ends up holding exactly the planned
     * groups and flows whatever it held before (a stale group of ours goes, a foreign group stays); a network removed
     * without reading back takes its flows and then its groups along (a group delete first would take the flood flow
     * that forwards to it with it, and the flow delete would find nothing: the read-back below would still agree,
     * so the order is checked where the messages are made); a group-mod the switch refuses is named like a flow-mod.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theSwitchHoldsExactlyThePlannedGroups(final boolean bundles, final OvsSandbox sandbox) throws Exception {
        final var config = SwitchConnectionConfig.builder().bindAddress(InetAddress.getLoopbackAddress()).port(0)
            .supportedVersions(OfVersion.OF13).build();
        final var bridge = "br-group-" + (bundles ? "b" : "p");
        try (var controller = ControllerEndpoint.listening(config)) {
            sandbox.addBridge(bridge, "tcp:127.0.0.1:" + controller.port(), "OpenFlow13");
            final var connection = controller.awaitSwitch(sandbox);
            sandbox.ofctl("OpenFlow13", "add-group", bridge, "group_id=7,type=all,bucket=output:1");
            sandbox.ofctl("OpenFlow13", "add-group", bridge,
                "group_id=" + OverlayPipeline.floodGroupId(3, 3) + ",type=all,bucket=output:2");
            final var full = planOfN1(true);
            final var smaller = planOfN1(false);
            assertTrue(full.groups().size() > smaller.groups().size() && !smaller.groups().isEmpty());

            final var reconciler = new NodeReconciler(connection, bundles);
            final var installed = reconciler.reconcile(full).get(30, TimeUnit.SECONDS);
            assertEquals(full.groups(), installed.groups().additions());
            assertEquals(1, installed.groups().deletions().size(), "the stale group of ours goes");
            assertEquals(bundles, reconciler.usesBundles());
            assertEquals(groupLines(full), groupLines(sandbox.ofctl("OpenFlow13", "dump-groups", bridge), true));
            assertTrue(sandbox.ofctl("OpenFlow13", "dump-groups", bridge).contains("group_id=7,"),
                "the foreign group stays");
            assertSame(FlowChanges.NONE, reconciler.reconcile(full).get(30, TimeUnit.SECONDS));

            // no read-back: red's flows, then its groups
            final var removed = reconciler.update(full, smaller).get(30, TimeUnit.SECONDS);
            assertEquals(full.groups().size() - smaller.groups().size(), removed.groups().deletions().size());
            assertEquals(smaller.flows().size(), ourFlows(sandbox, bridge));
            assertEquals(groupLines(smaller), groupLines(sandbox.ofctl("OpenFlow13", "dump-groups", bridge), true));
            assertSame(FlowChanges.NONE, reconciler.reconcile(smaller).get(30, TimeUnit.SECONDS));

            // a group the switch does not have cannot be modified: OFPGMFC_UNKNOWN_GROUP, named with its group
            final var group = smaller.groups().getFirst();
            final var missing = new GroupSpec(group.groupId() ^ 0x3f00, group.type(), group.buckets());
            final var changed = new GroupSpec(missing.groupId(), missing.type(), List.of(missing.buckets().getFirst(),
                missing.buckets().getFirst()));
            final var failure = assertThrows(ExecutionException.class, () -> reconciler.update(
                new NodePlan("n1", Set.of(), smaller.flows(), List.of(missing)),
                new NodePlan("n1", Set.of(), smaller.flows(), List.of(changed))).get(30, TimeUnit.SECONDS));
            final var refused = assertInstanceOf(FlowModsRefusedException.class, failure.getCause(),
                () -> failure.getCause().toString());
            assertEquals(1, refused.refused().size(), refused::getMessage);
            assertTrue(refused.refused().getFirst().contains("MODIFY group_id=0x"
                + Integer.toHexString(missing.groupId())) && refused.refused().getFirst().contains("UNKNOWN_GROUP"),
                refused.refused()::toString);
            connection.close().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * A change of more than two {@link NodeReconciler#CHUNK}s goes out paced by barriers (inside the bundle too); a
     * flow refused in its third chunk still fails the change naming it, and the rest then ends up installed exactly.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aChangeOfSeveralChunksIsPacedAndStillWhole(final boolean bundles, final OvsSandbox sandbox) throws Exception {
        final var config = SwitchConnectionConfig.builder().bindAddress(InetAddress.getLoopbackAddress()).port(0)
            .supportedVersions(OfVersion.OF13).build();
        final var bridge = "br-chunk-" + (bundles ? "b" : "p");
        try (var controller = ControllerEndpoint.listening(config)) {
            sandbox.addBridge(bridge, "tcp:127.0.0.1:" + controller.port(), "OpenFlow13");
            final var connection = controller.awaitSwitch(sandbox);
            final int count = 2 * NodeReconciler.CHUNK + 700;
            final var valid = new ArrayList<FlowSpec>();
            for (int i = 0; i < count; i++) {
                valid.add(new FlowSpec(0, 100, OverlayPipeline.COOKIE_MARK | i,
                    OfMatch.builder().add(OxmTunnelId.of(i + 1)).build(), List.of(OfInstructionGotoTable.of(10))));
            }
            final var plan = new ArrayList<>(valid);
            plan.add(2 * NodeReconciler.CHUNK + 300, new FlowSpec(20, 3, OverlayPipeline.COOKIE_MARK | 0x77,
                OfMatch.builder().add(OxmTunnelId.of(77)).build(), List.of(OfInstructionGotoTable.of(10))));

            final var reconciler = new NodeReconciler(connection, bundles);
            final var failure = assertThrows(ExecutionException.class,
                () -> reconciler.reconcile(flowsOnly(plan)).get(60, TimeUnit.SECONDS));
            final var refused = assertInstanceOf(FlowModsRefusedException.class, failure.getCause(),
                () -> failure.getCause().toString());
            assertEquals(1, refused.refused().size(), refused::getMessage);
            assertTrue(refused.refused().getFirst().contains("table=20,priority=3,tun_id=0x4d"),
                refused.refused()::toString);
            reconciler.reconcile(flowsOnly(valid)).get(60, TimeUnit.SECONDS);
            assertSame(FlowChanges.NONE, reconciler.reconcile(flowsOnly(valid)).get(60, TimeUnit.SECONDS));
            assertEquals(count, ourFlows(sandbox, bridge));
            connection.close().get(30, TimeUnit.SECONDS);
        }
    }

    private static long ourFlows(final OvsSandbox sandbox, final String bridge) throws Exception {
        return sandbox.ofctl("OpenFlow13", "dump-flows", bridge).lines().filter(line -> line.contains("cookie=0x544d"))
            .count();
    }

    private static long ourGroups(final OvsSandbox sandbox, final String bridge) throws Exception {
        return groupLines(sandbox.ofctl("OpenFlow13", "dump-groups", bridge), true).size();
    }

    /** The group ids of ours in a {@code dump-groups} listing (decimal there), sorted. */
    private static List<Long> groupLines(final String dump, final boolean ours) {
        return dump.lines().map(String::strip).filter(line -> line.startsWith("group_id="))
            .map(line -> Long.parseLong(line.substring("group_id=".length(), line.indexOf(','))))
            .filter(id -> OverlayPipeline.isOurGroup(id.intValue()) == ours).sorted().toList();
    }

    private static List<Long> groupLines(final NodePlan plan) {
        return plan.groups().stream().map(group -> Integer.toUnsignedLong(group.groupId())).sorted().toList();
    }

    private static long ourFlowsAndForeign(final OvsSandbox sandbox) throws Exception {
        return sandbox.ofctl("OpenFlow13", "dump-flows", BRIDGE).lines().filter(line -> line.contains("cookie="))
            .count();
    }
}
