/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.emulator;

import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.intent;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.network;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.node;
import static io.tunnelmesh.tunnel.impl.planner.OverlayFixtures.segments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.connection.OfErrorReplyException;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControlType;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.impl.NettyLeakDetection;
import io.tunnelmesh.simpleclient.emulator.EmulatedSwitch;
import io.tunnelmesh.simpleclient.emulator.FleetConfig;
import io.tunnelmesh.simpleclient.emulator.PortPlan;
import io.tunnelmesh.simpleclient.emulator.SwitchFleet;
import io.tunnelmesh.simpleclient.switchstate.FlowEntry;
import io.tunnelmesh.simpleclient.switchstate.Packet;
import io.tunnelmesh.simpleclient.switchstate.SwitchState;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.PortIntent;
import io.tunnelmesh.tunnel.impl.planner.FlowSpec;
import io.tunnelmesh.tunnel.impl.planner.NodePlan;
import io.tunnelmesh.tunnel.impl.planner.NodeState;
import io.tunnelmesh.tunnel.impl.planner.OverlayPipeline;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlan;
import io.tunnelmesh.tunnel.impl.reconciler.FlowChanges;
import io.tunnelmesh.tunnel.impl.reconciler.NodeReconciler;
import io.tunnelmesh.tunnel.impl.reconciler.OverlayReconciler;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tunnel service's reconciler driving three emulated switches through the library: each switch ends up holding
 * exactly its plan and forwards accordingly, a changed intent converges, and a restarted reconciler (a new instance
 * with the same inputs) changes nothing on any switch: every flow entry is the same object as before.
 */
@ExtendWith(NettyLeakDetection.class)
class OverlayReconcilerAgainstEmulatorTest {
    private static final long DPID = 0x7e_0000_0001L;
    private static final int TUNNEL = 100;
    private static final List<String> NODES = List.of("n1", "n2", "n3");

    private static PortIntent vm(final String name, final int node, final int port, final String mac) {
        // the emulator names switch n's port p "s<n>-eth<p>": the interface OVS would report with that ofport
        return new PortIntent(name, "n" + node, "s" + node + "-eth" + port, mac, List.of());
    }

    private static Intent intentWith(final boolean withB) {
        final var nodes = List.of(node("n1", "192.0.2.1"), node("n2", "192.0.2.2"), node("n3", "192.0.2.3"));
        final var blue = withB
            ? network("blue", Encapsulation.VXLAN, vm("a", 1, 1, "02:00:00:00:00:0a"),
                vm("b", 2, 1, "02:00:00:00:00:0b"), vm("c", 3, 1, "02:00:00:00:00:0c"))
            : network("blue", Encapsulation.VXLAN, vm("a", 1, 1, "02:00:00:00:00:0a"),
                vm("c", 3, 1, "02:00:00:00:00:0c"));
        final var red = network("red", Encapsulation.VXLAN, vm("d", 1, 2, "02:00:00:00:00:0b"),
            vm("e", 2, 2, "02:00:00:00:00:0a"));
        return intent(nodes, blue, red);
    }

    private static void feed(final OverlayReconciler reconciler, final SwitchFleet fleet,
            final RecordingController controller, final Intent intent) throws Exception {
        for (int i = 0; i < NODES.size(); i++) {
            final int number = i + 1;
            reconciler.nodeChanged(new NodeState(NODES.get(i), true, Map.of(), Map.of(Encapsulation.VXLAN, TUNNEL),
                Map.of("s" + number + "-eth1", 1, "s" + number + "-eth2", 2)));
            reconciler.switchConnected(NODES.get(i), controller.awaitSwitch(DPID + i));
        }
        reconciler.intentChanged(intent, segments(intent));
    }

    @Test
    void switchesConvergeToThePlanAndARestartChangesNothing() throws Exception {
        try (var controller = RecordingController.start();
             var fleet = SwitchFleet.start(FleetConfig.builder().switches(3).datapathIdBase(DPID)
                 .ports(PortPlan.of(2).withTunnelPort(TUNNEL)).controller(controller.address).threads(1).build())) {
            final var plans = new AtomicReference<OverlayPlan>();
            try (var reconciler = new OverlayReconciler(plans::set, true)) {
                feed(reconciler, fleet, controller, intentWith(true));
                reconciler.idle().get(20, TimeUnit.SECONDS);
                for (int i = 0; i < NODES.size(); i++) {
                    assertEquals(plans.get().nodes().get(NODES.get(i)).flows().size(),
                        flows(fleet.byDatapathId(DPID + i)).size(), NODES.get(i));
                    assertEquals(plans.get().nodes().get(NODES.get(i)).groups().size(),
                        fleet.byDatapathId(DPID + i).query(SwitchState::groupCount).get(5, TimeUnit.SECONDS),
                        NODES.get(i));
                }
                final var n1 = fleet.byDatapathId(DPID);
                final var toB = n1.query(state -> state.evaluate(fromPort(1, "02:00:00:00:00:0a",
                    "02:00:00:00:00:0b"))).get(5, TimeUnit.SECONDS);
                assertEquals(List.of(TUNNEL), toB.ports(), toB::toString);
                assertEquals(InetAddress.getByName("192.0.2.2"), toB.outputs().get(0).packet().tunIpv4Dst());

                // b leaves blue: n1 stops sending its MAC anywhere, red (reusing b's MAC) is unaffected
                final var changed = intentWith(false);
                reconciler.intentChanged(changed, segments(changed));
                reconciler.idle().get(20, TimeUnit.SECONDS);
                assertTrue(n1.query(state -> state.evaluate(fromPort(1, "02:00:00:00:00:0a", "02:00:00:00:00:0b")))
                    .get(5, TimeUnit.SECONDS).isDropped());
                assertEquals(List.of(TUNNEL), n1.query(state -> state.evaluate(fromPort(2, "02:00:00:00:00:0b",
                    "02:00:00:00:00:0a"))).get(5, TimeUnit.SECONDS).ports());
            }
            final var before = new ArrayList<Set<FlowEntry>>();
            for (int i = 0; i < NODES.size(); i++) {
                before.add(identities(flows(fleet.byDatapathId(DPID + i))));
            }
            try (var restarted = new OverlayReconciler(plan -> { }, true)) {
                feed(restarted, fleet, controller, intentWith(false));
                restarted.idle().get(20, TimeUnit.SECONDS);
                for (var node : NODES) {
                    assertSame(FlowChanges.NONE, restarted.reconcileNode(node).get(10, TimeUnit.SECONDS), node);
                }
            }
            for (int i = 0; i < NODES.size(); i++) {
                assertEquals(before.get(i), identities(flows(fleet.byDatapathId(DPID + i))),
                    NODES.get(i) + ": no flow deleted or re-added");
            }
            assertEquals(List.of(), List.copyOf(controller.errors));
        }
    }

    /**
     * A broadcast from a VM leaves through the flood groups: one copy per peer of the network, each through the
     * tunnel port with the network's key and its peer's tunnel address; a broadcast from a tunnel goes to the local
     * ports only.
     */
    @Test
    void aBroadcastReachesEveryPeerThroughTheFloodGroups() throws Exception {
        try (var controller = RecordingController.start();
             var fleet = SwitchFleet.start(FleetConfig.builder().switches(3).datapathIdBase(DPID)
                 .ports(PortPlan.of(2).withTunnelPort(TUNNEL)).controller(controller.address).threads(1).build())) {
            final var plans = new AtomicReference<OverlayPlan>();
            try (var reconciler = new OverlayReconciler(plans::set, true)) {
                final var intent = intentWith(true);
                feed(reconciler, fleet, controller, intent);
                reconciler.idle().get(20, TimeUnit.SECONDS);
                final var n1 = fleet.byDatapathId(DPID);
                assertEquals(2, plans.get().nodes().get("n1").groups().stream()
                    .filter(group -> (group.groupId() >>> 8 & 0xffff) == floodSlot(intent, "blue")).count(),
                    "n2 and n3 are in two chunks");
                final var broadcast = n1.query(state -> state.evaluate(fromPort(1, "02:00:00:00:00:0a",
                    "ff:ff:ff:ff:ff:ff"))).get(5, TimeUnit.SECONDS);
                assertEquals(List.of(TUNNEL, TUNNEL), broadcast.ports(), broadcast::toString);
                final long blue = segments(intent).networks().get("blue").segmentId();
                assertEquals(Set.of(InetAddress.getByName("192.0.2.2"), InetAddress.getByName("192.0.2.3")),
                    Set.of(broadcast.outputs().get(0).packet().tunIpv4Dst(),
                        broadcast.outputs().get(1).packet().tunIpv4Dst()), broadcast::toString);
                assertTrue(broadcast.outputs().stream().allMatch(output -> output.packet().tunId() == blue),
                    broadcast::toString);
                // red on n1 (port 2) floods to n2 alone
                final var red = n1.query(state -> state.evaluate(fromPort(2, "02:00:00:00:00:0b",
                    "01:00:5e:00:00:01"))).get(5, TimeUnit.SECONDS);
                assertEquals(List.of(TUNNEL), red.ports(), red::toString);
                assertEquals(InetAddress.getByName("192.0.2.2"), red.outputs().getFirst().packet().tunIpv4Dst());
            }
            assertEquals(List.of(), List.copyOf(controller.errors));
        }
    }

    private static int floodSlot(final Intent intent, final String network) {
        return OverlayPipeline.floodSlots(new TreeSet<>(intent.networks().keySet())).get(network);
    }

    @Test
    void auditPutsBackFlowsAndGroupsDeletedBehindItsBack() throws Exception {
        try (var controller = RecordingController.start();
             var fleet = SwitchFleet.start(FleetConfig.builder().switches(3).datapathIdBase(DPID)
                 .ports(PortPlan.of(2).withTunnelPort(TUNNEL)).controller(controller.address).threads(1).build())) {
            final var plans = new AtomicReference<OverlayPlan>();
            try (var reconciler = new OverlayReconciler(plans::set, true, Duration.ofSeconds(1))) {
                feed(reconciler, fleet, controller, intentWith(true));
                reconciler.idle().get(20, TimeUnit.SECONDS);
                final var n1 = fleet.byDatapathId(DPID);
                final int planned = plans.get().nodes().get(NODES.get(0)).flows().size();
                assertEquals(planned, flows(n1).size());
                // someone empties table 10 (as ovs-ofctl del-flows br-int table=10 would)
                n1.query(state -> state.handle(OfFlowMod.builder().command(OfFlowModCommand.DELETE).table(10)
                    .build())).get(5, TimeUnit.SECONDS);
                assertTrue(flows(n1).size() < planned, "table 10 emptied");
                final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (flows(n1).size() != planned && System.nanoTime() < deadline) {
                    TimeUnit.MILLISECONDS.sleep(50);
                }
                assertEquals(planned, flows(n1).size(), "the audit put the flows back within its period");

                // someone deletes every group (ovs-ofctl del-groups), which takes the flood flows along
                final int groups = plans.get().nodes().get(NODES.get(0)).groups().size();
                assertEquals(groups, n1.query(SwitchState::groupCount).get(5, TimeUnit.SECONDS));
                n1.query(state -> state.handle(OfGroupMod.delete(OfGroupMod.ALL))).get(5, TimeUnit.SECONDS);
                assertEquals(0, n1.query(SwitchState::groupCount).get(5, TimeUnit.SECONDS));
                assertTrue(flows(n1).size() < planned, "the flood flows went with their groups");
                final long again = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while ((flows(n1).size() != planned || n1.query(SwitchState::groupCount).get(5, TimeUnit.SECONDS)
                        != groups) && System.nanoTime() < again) {
                    TimeUnit.MILLISECONDS.sleep(50);
                }
                assertEquals(groups, n1.query(SwitchState::groupCount).get(5, TimeUnit.SECONDS),
                    "the audit put the groups back");
                assertEquals(planned, flows(n1).size(), "and the flows that forward to them");
            }
        }
    }

    @Test
    void aBundleIdStillOpenOnTheSwitchFailsOneChangeNotBundlesForGood() throws Exception {
        try (var controller = RecordingController.start();
             var fleet = SwitchFleet.start(FleetConfig.builder().switches(1).datapathIdBase(DPID)
                 .ports(PortPlan.of(2)).controller(controller.address).threads(1).build())) {
            final var connection = controller.awaitSwitch(DPID);
            // bundle 1 left open on this connection, as after a change whose commit never came
            assertEquals(OnfBundleControlType.OPEN_REPLY, ((OnfBundleControl) connection.request(OnfBundleControl.of(
                connection.nextXid(), 1, OnfBundleControlType.OPEN_REQUEST, OnfBundleControl.ATOMIC
                    | OnfBundleControl.ORDERED)).get(5, TimeUnit.SECONDS)).type());
            final var reconciler = new NodeReconciler(connection, true);
            final var planned = new NodePlan("n1", Set.of(), List.of(
                new FlowSpec(0, 0, OverlayPipeline.COOKIE_MARK | 1, OfMatch.ALL, List.of()),
                new FlowSpec(10, 0, OverlayPipeline.COOKIE_MARK | 1, OfMatch.ALL, List.of())));
            // the reconciler's first bundle is number 1: the switch refuses it (OFPBFC_BAD_ID) and discards it
            final var failure = assertThrows(ExecutionException.class,
                () -> reconciler.reconcile(planned).get(10, TimeUnit.SECONDS));
            assertInstanceOf(OfErrorReplyException.class, failure.getCause());
            assertTrue(reconciler.usesBundles(), "a bundle error is no reason to give up bundles");
            assertEquals(0, flows(fleet.byDatapathId(DPID)).size());
            // the retry opens bundle 2, and commits it
            assertEquals(2, reconciler.reconcile(planned).get(10, TimeUnit.SECONDS).additions().size());
            assertTrue(reconciler.usesBundles());
            assertEquals(2, flows(fleet.byDatapathId(DPID)).size());
            assertEquals(0, fleet.byDatapathId(DPID).query(SwitchState::openBundleCount).get(5, TimeUnit.SECONDS));
        }
    }

    private static List<FlowEntry> flows(final EmulatedSwitch emulated)
            throws InterruptedException, ExecutionException, TimeoutException {
        return emulated.query(state -> List.copyOf(state.flows())).get(5, TimeUnit.SECONDS);
    }

    private static Set<FlowEntry> identities(final List<FlowEntry> entries) {
        final Set<FlowEntry> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(entries);
        return set;
    }

    private static Packet fromPort(final int port, final String src, final String dst) {
        return Packet.builder().inPort(port).ethSrc(MacAddress.of(src)).ethDst(MacAddress.of(dst)).ethType(0x0800)
            .build();
    }
}
