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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.connection.SwitchConnectionConfig;
import io.tunnelmesh.openflow.impl.ovs.ControllerEndpoint;
import io.tunnelmesh.openflow.impl.ovs.OvsSandbox;
import io.tunnelmesh.openflow.impl.ovs.OvsSandboxExtension;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.NodeIntent;
import io.tunnelmesh.tunnel.impl.planner.FlowSpec;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlanner;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reconciler against a real {@code ovs-vswitchd}: the planner's flows arrive in one bundle, a reconciler started
 * afresh (a restarted controller) finds nothing to do because it reads Open vSwitch's report of them as equal to the
 * plan, a changed plan sends only the difference, and a flow under another cookie is never touched.
 */
@ExtendWith(OvsSandboxExtension.class)
class NodeReconcilerOvsTest {
    private static final String BRIDGE = "br-rec";
    private static final List<NodeIntent> NODES = List.of(
        node("n1", "192.0.2.1"), node("n2", "192.0.2.2"), node("n3", "192.0.2.3"));

    private static List<FlowSpec> planOfN1(final boolean withRed) {
        final var blue = network("blue", Encapsulation.VXLAN, port("a", "n1", "02:00:00:00:00:0a"),
            port("b", "n2", "02:00:00:00:00:0b"), port("c", "n3", "02:00:00:00:00:0c"));
        final var red = network("red", Encapsulation.GENEVE, port("d", "n1", "02:00:00:00:00:0b"),
            port("e", "n2", "02:00:00:00:00:0a"));
        final var intent = withRed ? intent(NODES, blue, red) : intent(NODES, blue);
        return OverlayPlanner.plan(intent, segments(intent), allConnected(intent)).nodes().get("n1").flows();
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
            assertEquals(full.size(), installed.additions().size());
            assertTrue(first.usesBundles(), "Open vSwitch takes bundles");
            assertEquals(full.size() + 1, ourFlowsAndForeign(sandbox));

            // a restarted controller: a new reconciler reads OVS's report of the same flows and finds them equal
            final var restarted = new NodeReconciler(connection, true);
            assertSame(FlowChanges.NONE, restarted.reconcile(full).get(30, TimeUnit.SECONDS));

            // red goes away: only its flows (and blue's floods, which listed no red port) change
            final var smaller = planOfN1(false);
            final var changes = restarted.reconcile(smaller).get(30, TimeUnit.SECONDS);
            assertTrue(!changes.deletions().isEmpty() && changes.additions().isEmpty(), changes::toString);
            assertEquals(full.size() - smaller.size(), changes.deletions().size());
            assertEquals(smaller.size() + 1, ourFlowsAndForeign(sandbox));
            assertTrue(sandbox.ofctl("OpenFlow13", "dump-flows", BRIDGE).contains("cookie=0x1234"),
                "the foreign flow stays");
            assertSame(FlowChanges.NONE, restarted.reconcile(smaller).get(30, TimeUnit.SECONDS));
            connection.close().get(30, TimeUnit.SECONDS);
        }
    }

    private static long ourFlowsAndForeign(final OvsSandbox sandbox) throws Exception {
        return sandbox.ofctl("OpenFlow13", "dump-flows", BRIDGE).lines().filter(line -> line.contains("cookie="))
            .count();
    }
}
