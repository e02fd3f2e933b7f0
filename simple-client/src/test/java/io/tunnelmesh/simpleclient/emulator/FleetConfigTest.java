/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfActionOutput;
import io.tunnelmesh.simpleclient.switchstate.SwitchPort;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What a fleet's configuration accepts, and the ports it gives each switch.
 */
class FleetConfigTest {
    @Test
    void givesEverySwitchDistinctPortsAndMacs() {
        final var plan = PortPlan.of(3);
        final var ports = plan.ports(12);
        assertEquals(4, ports.size());
        assertEquals("s12-eth3", ports.get(2).desc().name());
        assertEquals(OfActionOutput.LOCAL, ports.get(3).number());
        assertEquals("s12", ports.get(3).desc().name());
        assertEquals(MacAddress.of("02:00:00:0c:00:03"), ports.get(2).desc().hwAddress());
        assertTrue(ports.stream().allMatch(SwitchPort::isLive));
        final var macs = new HashSet<MacAddress>();
        IntStream.rangeClosed(1, 300).forEach(number -> plan.ports(number).forEach(port -> macs.add(port.desc()
            .hwAddress())));
        assertEquals(300 * 4, macs.size());
    }

    @Test
    void addsAFlowBasedTunnelPortBeforeLocal() {
        final var ports = PortPlan.of(2).withTunnelPort(10).ports(7);
        assertEquals(List.of(1, 2, 10, OfActionOutput.LOCAL), ports.stream().map(SwitchPort::number).toList());
        assertTrue(ports.get(2).flowBasedTunnel());
        assertEquals("s7-vx", ports.get(2).desc().name());
        assertFalse(ports.get(1).flowBasedTunnel());
        assertMessage("tunnel port 2 is not 3 to 65279", () -> PortPlan.of(2).withTunnelPort(2));
    }

    @Test
    void numbersDatapathIdsFromTheBase() {
        final var config = FleetConfig.builder().switches(3).datapathIdBase(0xff00).build();
        assertEquals(0xff00, config.datapathId(1));
        assertEquals(0xff02, config.datapathId(3));
    }

    @Test
    void refusesWhatCannotWork() {
        assertMessage("switches 0 < 1", () -> FleetConfig.builder().switches(0).build());
        assertMessage("listen ports 65000 to 66999 go past 65535", () -> FleetConfig.builder().switches(2000)
            .listen(InetAddress.getLoopbackAddress(), 65000).build());
        assertMessage("port name \"switch100000-eth4\" is longer than the 15 bytes OpenFlow allows",
            () -> FleetConfig.builder().switches(100_000)
                .ports(new PortPlan(4, "switch%d-eth%d", "s%d", MacAddress.ZERO)).build());
        assertMessage("port name \"a-rather-long-name-1-1\" is longer than the 15 bytes OpenFlow allows",
            () -> new PortPlan(1, "a-rather-long-name-%d-%d", "s%d", MacAddress.ZERO));
        assertMessage("port count 65280 is not 0 to 65279", () -> PortPlan.of(65_280));
        assertThrows(IllegalArgumentException.class, () -> new PortPlan(1, "s%d-%d-%d", "s%d", MacAddress.ZERO));
        assertMessage("reconnect max PT0.1S < min PT1S", () -> FleetConfig.builder()
            .reconnect(java.time.Duration.ofSeconds(1), java.time.Duration.ofMillis(100)).build());
        assertMessage("datapath ids from 18446744073709551615 overflow 64 bits", () -> FleetConfig.builder()
            .switches(2).datapathIdBase(-1).build());
        assertThrows(IllegalArgumentException.class, () -> FleetConfig.builder().versions().build());
        assertMessage("UDP switches dial the controller; listening needs TCP or TLS", () -> FleetConfig.builder()
            .transport(SwitchTransport.UDP).listen(InetAddress.getLoopbackAddress(), 0).build());
        assertEquals(2, FleetConfig.builder().versions(OfVersion.OF13, OfVersion.OF10).build().versions().size());
    }

    private static void assertMessage(final String message, final Runnable build) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, build::run).getMessage());
    }
}
