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

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * TunnelMesh end to end on real Open vSwitch: the standalone controller, driven only through RESTCONF, builds the
 * overlay between the lab's two hosts (each its own {@code ovsdb-server} and userspace {@code ovs-vswitchd}), and VMs
 * on them reach each other over VXLAN, Geneve and GRE, only within their network.
 */
@ExtendWith(OverlayLabExtension.class)
class OverlayServiceTest {
    private static final Duration CONVERGE = Duration.ofSeconds(30);
    private static final Duration REACH = Duration.ofSeconds(3);
    private static final Duration SILENCE = Duration.ofSeconds(1);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void vmsReachEachOtherOnlyWithinTheirNetworkOverEveryEncapsulation(final OverlayLab lab) throws Exception {
        final var a = lab.addVm(A, "a", "02:00:00:00:01:01", "10.0.0.1/24");
        final var b = lab.addVm(B, "b", "02:00:00:00:01:02", "10.0.0.2/24");
        final var c = lab.addVm(A, "c", "02:00:00:00:02:01", "10.0.0.1/24");
        final var d = lab.addVm(B, "d", "02:00:00:00:02:02", "10.0.0.2/24");
        try (var controller = OverlayController.start(dataDir)) {
            addNodes(lab, controller);
            for (var encapsulation : List.of("vxlan", "geneve", "gre")) {
                final int base = 1000 * (1 + List.of("vxlan", "geneve", "gre").indexOf(encapsulation));
                addNetwork(controller, "red", encapsulation, base + 1, a, b);
                addNetwork(controller, "blue", encapsulation, base + 2, c, d);
                awaitStatus(controller, "red", "active");
                awaitStatus(controller, "blue", "active");

                Eventually.await(CONVERGE, "a pings b over " + encapsulation, () -> lab.ping(a, b.ip(), 1, REACH));
                assertTrue(lab.ping(a, b.ip(), 3, REACH), () -> "a cannot ping b steadily over " + encapsulation
                    + "\n" + OverlayLabReport.describe(lab));
                Eventually.await(CONVERGE, "c pings d over " + encapsulation, () -> lab.ping(c, d.ip(), 1, REACH));
                // same addresses on both networks: each VM resolved its own network's peer, never the other's
                assertEquals(Optional.of(b.mac()), lab.neighbourMac(a, b.ip()), "a resolved b");
                assertEquals(Optional.of(d.mac()), lab.neighbourMac(c, d.ip()), "c resolved d, not b");
                assertEquals(Optional.of(a.mac()), lab.neighbourMac(b, a.ip()), "b resolved a, not c");
                for (var host : LabHost.values()) {
                    assertTrue(lab.vsctl(host, "list-ports", OverlayLab.INTEGRATION_BRIDGE)
                        .contains("tm-" + encapsulation), () -> "tm-" + encapsulation + " on host " + host);
                }

                controller.delete("/network=red");
                controller.delete("/network=blue");
                Eventually.await(CONVERGE, "the " + encapsulation + " tunnel ports are removed",
                    () -> !ports(lab, A).contains("tm-" + encapsulation)
                        && !ports(lab, B).contains("tm-" + encapsulation));
                for (var host : LabHost.values()) {
                    final var flows = lab.dumpFlows(host, OverlayLab.INTEGRATION_BRIDGE);
                    assertFalse(flows.contains(String.format(Locale.ROOT, "tun_id=%#x", base + 1)),
                        () -> "host " + host + " kept a flow of red:\n" + flows);
                    assertFalse(flows.contains(b.mac()), () -> "host " + host + " kept a flow for b:\n" + flows);
                }
                assertFalse(lab.ping(a, b.ip(), 1, SILENCE), "a still reaches b after red was deleted");
            }
        }
    }

    private static String ports(final OverlayLab lab, final LabHost host) throws IOException {
        return lab.vsctl(host, "list-ports", OverlayLab.INTEGRATION_BRIDGE);
    }

    static void addNodes(final OverlayLab lab, final OverlayController controller)
            throws IOException, InterruptedException {
        for (var host : LabHost.values()) {
            final var name = nodeName(host);
            controller.put("/node=" + name, """
                {"tunnelmesh:node":[{"name":"%s","tunnel-ip":"%s","ovsdb-address":"tcp:%s:%d",
                  "datapath-type":"netdev"}]}""".formatted(name, lab.tunnelIp(host), lab.mgmtAddress(host),
                OverlayLab.OVSDB_PORT));
        }
    }

    static String nodeName(final LabHost host) {
        return "host-" + host.name().toLowerCase(Locale.ROOT);
    }

    static void addNetwork(final OverlayController controller, final String name, final String encapsulation,
            final long segment, final Vm... vms) throws IOException, InterruptedException {
        final var ports = new StringBuilder();
        for (var vm : vms) {
            if (!ports.isEmpty()) {
                ports.append(',');
            }
            ports.append("""
                {"name":"%s","node":"%s","interface":"%s","mac-address":"%s","ip-address":["%s"]}"""
                .formatted(vm.name(), nodeName(vm.host()), vm.port(), vm.mac(), vm.ip()));
        }
        controller.put("/network=" + name, """
            {"tunnelmesh:network":[{"name":"%s","encapsulation":"tunnelmesh:%s","segmentation-id":%d,
              "port":[%s]}]}""".formatted(name, encapsulation, segment, ports));
    }

    static void awaitStatus(final OverlayController controller, final String network, final String status)
            throws IOException {
        final var last = new String[1];
        try {
            Eventually.await(CONVERGE, "network " + network + " " + status, () -> {
                try {
                    final var state = controller.state("/network=" + network + "/state");
                    last[0] = state.toString();
                    return status.equals(state.path("tunnelmesh:state").path("status").asText());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            });
        } catch (IOException e) {
            throw new IOException(e.getMessage() + "; last state " + last[0] + "\n" + controller.console(), e);
        }
    }
}
