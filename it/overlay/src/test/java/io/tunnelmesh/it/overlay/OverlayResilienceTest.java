/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.overlay;

import static io.tunnelmesh.it.overlay.LabHost.A;
import static io.tunnelmesh.it.overlay.LabHost.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overlay survives what happens in production: the controller restarted with nothing changed (no flow deleted or
 * added, traffic never stops), {@code ovs-vswitchd} restarted (flows back within seconds), {@code ovsdb-server}
 * killed and restarted (session back, nothing lost), a flow deleted behind the controller's back (repaired by
 * {@code reconcile-node}), and an encapsulation the userspace datapath cannot carry (STT: refused with a reason,
 * nothing half-configured).
 */
@ExtendWith(OverlayLabExtension.class)
class OverlayResilienceTest {
    private static final Duration CONVERGE = Duration.ofSeconds(30);
    private static final Duration REACH = Duration.ofSeconds(3);
    /** TunnelMesh's cookie mark in ovs-ofctl's output. */
    private static final Pattern OUR_FLOW = Pattern.compile("cookie=0x544d[0-9a-f]{12}, duration=([0-9.]+)s");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void restartsOfControllerVswitchdAndOvsdbKeepTheOverlay(final OverlayLab lab) throws Exception {
        final var a = lab.addVm(A, "a", "02:00:00:00:01:01", "10.0.0.1/24");
        final var b = lab.addVm(B, "b", "02:00:00:00:01:02", "10.0.0.2/24");
        try (var controller = OverlayController.start(dataDir)) {
            OverlayServiceTest.addNodes(lab, controller);
            OverlayServiceTest.addNetwork(controller, "red", "vxlan", 4242, a, b);
            OverlayServiceTest.awaitStatus(controller, "red", "active");
            Eventually.await(CONVERGE, "a pings b", () -> lab.ping(a, b.ip(), 1, REACH));

            // the controller restarted with nothing changed: traffic never stops, no flow is deleted or re-added
            final int before = ourFlows(lab, A).size() + ourFlows(lab, B).size();
            final long restart = System.nanoTime();
            final var ping = pingInBackground(a, b.ip());
            controller.restart();
            awaitConnected(controller);
            assertEquals(List.of(0L, 0L), reconcile(controller, OverlayServiceTest.nodeName(A)),
                "after the restart host-a already held its plan");
            assertEquals(List.of(0L, 0L), reconcile(controller, OverlayServiceTest.nodeName(B)),
                "after the restart host-b already held its plan");
            final double restartSeconds = (System.nanoTime() - restart) / 1e9;
            for (var host : LabHost.values()) {
                final var durations = ourFlows(lab, host);
                assertTrue(durations.stream().allMatch(duration -> duration >= restartSeconds - 1),
                    () -> "host " + host + " has flows younger than the " + restartSeconds + " s restart: "
                        + durations + "\n" + controller.console());
            }
            assertEquals(before, ourFlows(lab, A).size() + ourFlows(lab, B).size(), "as many flows as before");
            final var pingOutput = awaitOutput(ping);
            assertTrue(pingOutput.contains(" 0% packet loss"), () -> "traffic stopped during the restart:\n"
                + pingOutput);

            // ovs-vswitchd restarted: it comes back with no flows; the controller restores them
            final long crash = System.nanoTime();
            lab.restartVswitchd(A);
            Eventually.await(CONVERGE, "a pings b after host A's ovs-vswitchd restarted",
                () -> lab.ping(a, b.ip(), 1, REACH));
            final double restored = (System.nanoTime() - crash) / 1e9;
            assertTrue(restored < 15, "traffic back " + restored + " s after ovs-vswitchd restarted");

            // ovsdb-server killed and restarted: the session comes back, nothing is changed or lost
            final var flowsBefore = ourFlows(lab, B).size();
            lab.killAndRestartOvsdb(B);
            Eventually.await(CONVERGE, "host-b's OVSDB session back", () -> "connected".equals(
                nodeState(controller, OverlayServiceTest.nodeName(B)).path("ovsdb-connection").asText()));
            assertTrue(lab.ping(a, b.ip(), 3, REACH), "a pings b after host B's ovsdb-server restarted");
            assertEquals(flowsBefore, ourFlows(lab, B).size());
            assertTrue(lab.vsctl(B, "list-ports", OverlayLab.INTEGRATION_BRIDGE).contains("tm-vxlan"));
        }
    }

    @Test
    void reconcileNodeRepairsAndSttIsRefusedOnTheUserspaceDatapath(final OverlayLab lab) throws Exception {
        final var a = lab.addVm(A, "a", "02:00:00:00:01:01", "10.0.0.1/24");
        final var b = lab.addVm(B, "b", "02:00:00:00:01:02", "10.0.0.2/24");
        try (var controller = OverlayController.start(dataDir)) {
            OverlayServiceTest.addNodes(lab, controller);
            OverlayServiceTest.addNetwork(controller, "red", "geneve", 77, a, b);
            OverlayServiceTest.awaitStatus(controller, "red", "active");
            Eventually.await(CONVERGE, "a pings b", () -> lab.ping(a, b.ip(), 1, REACH));
            awaitConnected(controller);
            for (var host : LabHost.values()) {
                final var bridgeId = lab.vsctl(host, "get", "Bridge", OverlayLab.INTEGRATION_BRIDGE, "datapath_id")
                    .strip().replace("\"", "");
                assertTrue(bridgeId.startsWith("544d"), "TunnelMesh set the datapath ID: " + bridgeId);
                Eventually.await(CONVERGE, "host " + host + "'s datapath ID in its state", () -> bridgeId.equals(
                    nodeState(controller, OverlayServiceTest.nodeName(host)).path("datapath-id").asText()));
            }

            // someone deletes our flow towards b: reconcile-node puts it back, and only it
            lab.ofctl(A, "del-flows", "table=10,dl_dst=" + b.mac());
            assertFalse(lab.ping(a, b.ip(), 1, Duration.ofSeconds(1)), "a reaches b without its flow");
            assertEquals(List.of(1L, 0L), reconcile(controller, OverlayServiceTest.nodeName(A)));
            assertTrue(lab.ping(a, b.ip(), 3, REACH), "a pings b after reconcile-node");
            final var unknown = controller.restconf().invoke("tunnelmesh:reconcile-node",
                "{\"input\":{\"node\":\"host-z\"}}");
            assertTrue(unknown.status() >= 400 && unknown.status() < 500,
                () -> "reconcile-node of an unknown node: " + unknown);

            // STT: the userspace datapath lists it but cannot carry it
            final var c = lab.addVm(A, "c", "02:00:00:00:03:01", "10.0.1.1/24");
            final var d = lab.addVm(B, "d", "02:00:00:00:03:02", "10.0.1.2/24");
            OverlayServiceTest.addNetwork(controller, "slow", "stt", 0x1_0000_0002L, c, d);
            OverlayServiceTest.awaitStatus(controller, "slow", "error");
            final var reason = controller.state("/network=slow/state").path("tunnelmesh:state").path("reason").asText();
            assertTrue(reason.contains("stt") && reason.contains("userspace"), reason);
            for (var host : LabHost.values()) {
                assertFalse(lab.vsctl(host, "list-ports", OverlayLab.INTEGRATION_BRIDGE).contains("tm-stt"),
                    "no STT port on host " + host);
                assertFalse(lab.dumpFlows(host, OverlayLab.INTEGRATION_BRIDGE).contains("02:00:00:00:03:0"),
                    "no flow of the STT network on host " + host);
                final var encapsulations = nodeState(controller, OverlayServiceTest.nodeName(host))
                    .path("encapsulation").toString();
                assertTrue(encapsulations.contains("geneve") && !encapsulations.contains("stt"), encapsulations);
            }
            assertTrue(lab.ping(a, b.ip(), 3, REACH), "red still works");

            // a node removed: TunnelMesh takes back its flows and tunnel ports, and leaves the rest
            controller.delete("/network=slow");
            controller.delete("/network=red");
            controller.delete("/node=" + OverlayServiceTest.nodeName(B));
            Eventually.await(CONVERGE, "host B without TunnelMesh's flows and tunnel ports", () ->
                ourFlows(lab, B).isEmpty() && !lab.vsctl(B, "list-ports", OverlayLab.INTEGRATION_BRIDGE)
                    .contains("tm-"));
            assertTrue(lab.vsctl(B, "list-ports", OverlayLab.INTEGRATION_BRIDGE).contains(b.port()),
                "the VM's port stays");
            assertFalse(ourFlows(lab, A).isEmpty(), "host A keeps its own flows");
        }
    }

    private static List<Double> ourFlows(final OverlayLab lab, final LabHost host) throws IOException {
        final var durations = new ArrayList<Double>();
        final var matcher = OUR_FLOW.matcher(lab.dumpFlows(host, OverlayLab.INTEGRATION_BRIDGE));
        while (matcher.find()) {
            durations.add(Double.parseDouble(matcher.group(1)));
        }
        return durations;
    }

    private static JsonNode nodeState(final OverlayController controller, final String node)
            throws IOException {
        try {
            return controller.state("/node=" + node + "/state").path("tunnelmesh:state");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void awaitConnected(final OverlayController controller) throws IOException {
        for (var host : LabHost.values()) {
            Eventually.await(CONVERGE, "host " + host + " connected", () -> {
                final var state = nodeState(controller, OverlayServiceTest.nodeName(host));
                return "connected".equals(state.path("openflow-connection").asText())
                    && "connected".equals(state.path("ovsdb-connection").asText());
            });
        }
    }

    /** Calls reconcile-node; returns flows added and removed. */
    private static List<Long> reconcile(final OverlayController controller, final String node)
            throws IOException, InterruptedException {
        final var reply = controller.restconf().invoke("tunnelmesh:reconcile-node",
            "{\"input\":{\"node\":\"" + node + "\"}}");
        if (reply.status() != 200) {
            throw new IOException("reconcile-node " + node + " answered " + reply.status() + ": " + reply.body());
        }
        final var output = reply.body().path("tunnelmesh:output");
        return List.of(output.path("flows-added").asLong(-1), output.path("flows-removed").asLong(-1));
    }

    /** Pings 5 times a second for 30 s, in the background. */
    private static Process pingInBackground(final Vm vm, final String ip) throws IOException {
        return new ProcessBuilder("ip", "netns", "exec", vm.namespace(), "ping", "-n", "-i", "0.2", "-c", "150",
            "-W", "1", ip).redirectErrorStream(true).start();
    }

    private static String awaitOutput(final Process process) throws IOException, InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("ping did not end");
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
