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
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lab's data path, proven with flows installed by hand (no controller): VMs on two hosts reach each other over
 * flow-based VXLAN, Geneve and GRE tunnels of OVS's userspace datapath, only within their segment (the tunnel key),
 * and the hosts come back from daemon restarts.
 */
@ExtendWith(OverlayLabExtension.class)
class OverlayLabTest {
    private static final Duration REACH = Duration.ofSeconds(5);
    private static final Duration SILENCE = Duration.ofSeconds(1);
    private static final int TIMEOUT_MILLIS = 10_000;
    private static final String TUNNEL = "tun0";

    @Test
    void vmsReachEachOtherOnlyWithinTheirSegmentOverVxlan(final OverlayLab lab) throws IOException {
        segmentsConnectAndIsolate(lab, "vxlan");
    }

    @Test
    void vmsReachEachOtherOnlyWithinTheirSegmentOverGeneve(final OverlayLab lab) throws IOException {
        segmentsConnectAndIsolate(lab, "geneve");
    }

    @Test
    void vmsReachEachOtherOnlyWithinTheirSegmentOverGre(final OverlayLab lab) throws IOException {
        segmentsConnectAndIsolate(lab, "gre");
    }

    /**
     * VMs a (host A) and b (host B) on segment 1; c (host A) and d (host B) on segment 2 with the same addresses as
     * a and b. Host B first delivers only segment 1: c's ARP requests for 10.0.0.2 (segment 2) must not reach b,
     * whose neighbour entry for 10.0.0.1 would otherwise switch to c's MAC.
     */
    private static void segmentsConnectAndIsolate(final OverlayLab lab, final String type) throws IOException {
        final var a = lab.addVm(A, "a", "02:00:00:00:01:01", "10.0.0.1/24");
        final var b = lab.addVm(B, "b", "02:00:00:00:01:02", "10.0.0.2/24");
        final var c = lab.addVm(A, "c", "02:00:00:00:02:01", "10.0.0.1/24");
        final var d = lab.addVm(B, "d", "02:00:00:00:02:02", "10.0.0.2/24");
        for (var host : LabHost.values()) {
            addTunnel(lab, host, type);
            lab.ofctl(host, "del-flows");
        }
        joinSegment(lab, a, 1);
        joinSegment(lab, b, 1);
        joinSegment(lab, c, 2);

        assertTrue(lab.ping(a, b.ip(), 3, REACH), () -> "a cannot ping b over " + type + "\n"
            + OverlayLabReport.describe(lab));
        assertFalse(lab.ping(c, b.ip(), 1, SILENCE), "c (segment 2) reached b (segment 1) over " + type);
        assertEquals(Optional.of(a.mac()), lab.neighbourMac(b, a.ip()),
            "b's neighbour 10.0.0.1 is a alone: segment 2's ARP never reached it");

        joinSegment(lab, d, 2);
        assertTrue(lab.ping(c, d.ip(), 3, REACH), () -> "c cannot ping d over " + type + "\n"
            + OverlayLabReport.describe(lab));
        assertEquals(Optional.of(d.mac()), lab.neighbourMac(c, d.ip()), "c's 10.0.0.2 is d");
        assertEquals(Optional.of(b.mac()), lab.neighbourMac(a, b.ip()), "a's 10.0.0.2 is b");

        for (var host : LabHost.values()) {
            lab.ofctl(host, "del-flows");
        }
        assertFalse(lab.ping(a, b.ip(), 1, SILENCE), "a pings b over " + type + " without flows");
    }

    @Test
    void hostsComeBackFromRestartsOfTheirDaemons(final OverlayLab lab) throws IOException {
        final var a = lab.addVm(A, "a", "02:00:00:00:01:01", "10.0.0.1/24");
        final var b = lab.addVm(B, "b", "02:00:00:00:01:02", "10.0.0.2/24");
        for (var host : LabHost.values()) {
            addTunnel(lab, host, "vxlan");
            lab.ofctl(host, "del-flows");
        }
        joinSegment(lab, a, 7);
        joinSegment(lab, b, 7);
        assertTrue(lab.ping(a, b.ip(), 1, REACH), () -> OverlayLabReport.describe(lab));

        lab.restartVswitchd(A);
        assertDoesNotThrow(() -> lab.vsctl(A, "br-exists", OverlayLab.INTEGRATION_BRIDGE));
        assertFalse(lab.dumpFlows(A, OverlayLab.INTEGRATION_BRIDGE).contains("tun_id=0x7"),
            "a restarted ovs-vswitchd forgets its flows");
        assertFalse(lab.ping(a, b.ip(), 1, SILENCE), "a reaches b without host A's flows");
        joinSegment(lab, a, 7);
        assertTrue(lab.ping(a, b.ip(), 1, REACH), () -> "no path after restarting host A's ovs-vswitchd\n"
            + OverlayLabReport.describe(lab));

        lab.killAndRestartOvsdb(B);
        assertDoesNotThrow(() -> lab.vsctl(B, "br-exists", OverlayLab.INTEGRATION_BRIDGE));
        assertTrue(lab.dumpFlows(B, OverlayLab.INTEGRATION_BRIDGE).contains("tun_id=0x7"),
            "ovs-vswitchd keeps its flows while ovsdb-server restarts");
        assertTrue(lab.ping(a, b.ip(), 1, REACH), () -> "no path after killing host B's ovsdb-server\n"
            + OverlayLabReport.describe(lab));
        assertTrue(listDatabases(lab.mgmtAddress(B)).contains("Open_vSwitch"), "restarted ovsdb-server on TCP");
    }

    @Test
    void controllerReachesEachHostOverItsManagementLink(final OverlayLab lab) throws IOException {
        for (var host : LabHost.values()) {
            assertTrue(listDatabases(lab.mgmtAddress(host)).contains("Open_vSwitch"),
                "ovsdb-server of host " + host + " answers list_dbs on " + lab.mgmtAddress(host));
            try (var controller = new ServerSocket(0, 1, InetAddress.getByName(lab.controllerAddress(host)))) {
                controller.setSoTimeout(TIMEOUT_MILLIS);
                lab.vsctl(host, "--may-exist", "add-br", OverlayLab.INTEGRATION_BRIDGE, "--", "set", "bridge",
                    OverlayLab.INTEGRATION_BRIDGE, "datapath_type=netdev", "--", "set-controller",
                    OverlayLab.INTEGRATION_BRIDGE,
                    "tcp:" + lab.controllerAddress(host) + ":" + controller.getLocalPort());
                try (var sw = controller.accept(); InputStream in = sw.getInputStream()) {
                    final byte[] header = in.readNBytes(2);
                    assertEquals(2, header.length, "host " + host + " sent no OpenFlow header");
                    assertEquals(0, header[1], "host " + host + " opens with OFPT_HELLO (OpenFlow 1.3.5 7.5.1)");
                }
            }
        }
    }

    private static void addTunnel(final OverlayLab lab, final LabHost host, final String type) throws IOException {
        lab.vsctl(host, "add-port", OverlayLab.INTEGRATION_BRIDGE, TUNNEL, "--", "set", "interface", TUNNEL,
            "type=" + type, "options:remote_ip=flow", "options:key=flow", "options:local_ip=" + lab.tunnelIp(host));
    }

    /**
     * Puts a VM on a segment: what it sends leaves through the tunnel to the other host with the segment as key;
     * what arrives with that key goes to it.
     */
    private static void joinSegment(final OverlayLab lab, final Vm vm, final int segment) throws IOException {
        final int vmPort = lab.ofport(vm.host(), vm.port());
        final int tunnelPort = lab.ofport(vm.host(), TUNNEL);
        lab.ofctl(vm.host(), "add-flow", "priority=10,in_port=" + vmPort + ",actions=set_field:" + segment
            + "->tun_id,set_field:" + lab.tunnelIp(vm.host().peer()) + "->tun_dst,output:" + tunnelPort);
        lab.ofctl(vm.host(), "add-flow", "priority=10,in_port=" + tunnelPort + ",tun_id=" + segment
            + ",actions=output:" + vmPort);
    }

    /** RFC 7047 section 4.1.1 list_dbs over TCP to the host's management address, as the controller dials. */
    private static String listDatabases(final String mgmtAddress) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(mgmtAddress, OverlayLab.OVSDB_PORT), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write("{\"method\":\"list_dbs\",\"params\":[],\"id\":0}"
                .getBytes(StandardCharsets.UTF_8));
            final var reply = new StringBuilder();
            final var in = socket.getInputStream();
            while (reply.indexOf("}") < 0) {
                final int next = in.read();
                if (next < 0) {
                    break;
                }
                reply.append((char) next);
            }
            return reply.toString();
        }
    }
}
