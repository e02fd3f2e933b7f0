/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.it.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.simpleclient.node.EmulatedNode;
import io.tunnelmesh.simpleclient.node.EmulatedNodeConfig;
import io.tunnelmesh.simpleclient.node.EmulatedNodes;
import io.tunnelmesh.simpleclient.switchstate.Packet;
import io.tunnelmesh.simpleclient.switchstate.PipelineResult;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * STT end to end on emulated nodes (real Open vSwitch here runs the userspace datapath, which cannot carry STT): the
 * standalone controller, driven only through RESTCONF, dials three emulated hypervisors (emulated
 * {@code ovsdb-server} plus OpenFlow switch each). Two run Open vSwitch 3.1.0 on the kernel datapath and carry STT;
 * the third advertises 3.6.0, which has no STT left.
 */
class EmulatedSttTest {
    private static final Duration CONVERGE = Duration.ofSeconds(30);
    /** Wider than the 32 bits of GRE: only STT's 64-bit key carries it. */
    private static final long SEGMENT = 4_294_967_298L;
    private static final String[] TUNNEL_IPS = {"192.0.2.1", "192.0.2.2", "192.0.2.3"};

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void sttCarriesA64BitSegmentBetweenNodesThatHaveItAndIsRefusedByOvs36() throws Exception {
        final var carrier = EmulatedNodeConfig.DEFAULT.withVms(2);
        try (var nodes = EmulatedNodes.start(List.of(carrier, carrier, carrier.withOvsVersion("3.6.0")),
                InetAddress.getLoopbackAddress(), 0, 2);
             var controller = OverlayController.start(dataDir)) {
            for (var node : nodes.nodes()) {
                controller.put("/node=" + name(node), """
                    {"tunnelmesh:node":[{"name":"%s","tunnel-ip":"%s","ovsdb-address":"%s"}]}"""
                    .formatted(name(node), TUNNEL_IPS[node.number() - 1], node.ovsdbTarget()));
            }
            final var a = nodes.node(1);
            final var b = nodes.node(2);
            final var c = nodes.node(3);
            putNetwork(controller, "net-stt", SEGMENT, a, b);
            OverlayServiceTest.awaitStatus(controller, "net-stt", "active");
            Eventually.await(CONVERGE, "tm-stt on both STT nodes", () -> a.ofport("tm-stt").orElse(-1L) > 0
                && b.ofport("tm-stt").orElse(-1L) > 0);

            final long vm1 = a.ofport(EmulatedNodeConfig.vmName(1)).orElseThrow();
            final long stt = a.ofport("tm-stt").orElseThrow();
            final var toB = Packet.builder().inPort((int) vm1).ethSrc(EmulatedNodeConfig.vmMac(1, 1))
                .ethDst(EmulatedNodeConfig.vmMac(2, 1)).ethType(0x0800).build();
            final var last = new PipelineResult[1];
            try {
                Eventually.await(CONVERGE, "A sends VM 1 -> B's VM 1 into tm-stt with the 64-bit segment", () -> {
                    last[0] = a.evaluate(toB).join();
                    return last[0].outputs().size() == 1;
                });
            } catch (IOException e) {
                throw new IOException(e.getMessage() + "; last evaluation " + last[0] + "\n" + controller.console(),
                    e);
            }
            final var out = last[0].outputs().get(0);
            assertEquals(stt, out.port(), () -> "out the tm-stt port: " + last[0]);
            assertEquals(SEGMENT, out.packet().tunId(), () -> "tun_id: " + last[0]);
            assertEquals(InetAddress.getByName(TUNNEL_IPS[1]), out.packet().tunIpv4Dst(), () -> "tun_dst: " + last[0]);
            assertEquals(EmulatedNodeConfig.vmMac(2, 1), out.packet().ethDst());

            putNetwork(controller, "net-stt-36", SEGMENT + 1, a, c);
            OverlayServiceTest.awaitStatus(controller, "net-stt-36", "error");
            final var state = controller.state("/network=net-stt-36/state");
            final var reason = state.path("tunnelmesh:state").path("reason").asText();
            assertTrue(reason.contains("STT") && reason.contains(name(c)), () -> "the reason names STT and "
                + name(c) + ": " + state);
            assertEquals(Optional.empty(), c.ofport("tm-stt"), "no tm-stt port on the 3.6.0 node");
        }
    }

    private static String name(final EmulatedNode node) {
        return "emu-" + node.number();
    }

    private static void putNetwork(final OverlayController controller, final String network, final long segment,
            final EmulatedNode... nodes) throws IOException, InterruptedException {
        final var ports = new StringBuilder();
        for (var node : nodes) {
            final int vm = network.endsWith("36") ? 2 : 1;
            final MacAddress mac = EmulatedNodeConfig.vmMac(node.number(), vm);
            ports.append(ports.isEmpty() ? "" : ",").append("""
                {"name":"%s-p%d","node":"%s","interface":"%s","mac-address":"%s"}""".formatted(network,
                node.number(), name(node), EmulatedNodeConfig.vmName(vm), mac));
        }
        controller.put("/network=" + network, """
            {"tunnelmesh:network":[{"name":"%s","encapsulation":"tunnelmesh:stt","segmentation-id":%d,
              "port":[%s]}]}""".formatted(network, segment, ports));
    }
}
