/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EncapsulationSupportTest {
    /** An iface_types list of the kind Open vSwitch 3.1 reports (ovs-vsctl get Open_vSwitch . iface_types). */
    private static final Set<String> OVS_31_TYPES = Set.of("afxdp", "afxdp-nonpmd", "bareudp", "erspan", "geneve",
        "gre", "gtpu", "internal", "ip6erspan", "ip6gre", "lisp", "patch", "srv6", "stt", "system", "tap", "vxlan");

    @Test
    void kernelDatapathOnOvs31CarriesEverything() {
        assertEquals(Map.of(), EncapsulationSupport.cannotCarry(new NodeFacts("3.1.0", OVS_31_TYPES, "system",
            Map.of())));
    }

    @Test
    void userspaceDatapathListsSttButCannotCarryIt() {
        assertEquals(Map.of(Encapsulation.STT, "the userspace (netdev) datapath cannot carry stt"),
            EncapsulationSupport.cannotCarry(new NodeFacts("3.1.0", OVS_31_TYPES, "netdev", Map.of())));
    }

    @Test
    void ovs36AndLaterHaveNoStt() {
        final var refused = EncapsulationSupport.cannotCarry(new NodeFacts("3.6.1", OVS_31_TYPES, "system",
            Map.of()));
        assertEquals(Set.of(Encapsulation.STT), refused.keySet());
        assertTrue(refused.get(Encapsulation.STT).contains("removed in 3.6"), refused.toString());
    }

    @Test
    void missingTypeAndTunnelPortErrorsAreReasons() {
        final var refused = EncapsulationSupport.cannotCarry(new NodeFacts("2.17.9", Set.of("vxlan", "gre"),
            "system", Map.of("tm-gre", "could not add network device tm-gre to ofproto (Address family not "
                + "supported by protocol)")));
        assertEquals(Set.of(Encapsulation.GENEVE, Encapsulation.STT, Encapsulation.GRE), refused.keySet());
        assertEquals("geneve is not in Open_vSwitch.iface_types", refused.get(Encapsulation.GENEVE));
        assertTrue(refused.get(Encapsulation.GRE).startsWith("tunnel port tm-gre: could not add"));
        assertFalse(refused.containsKey(Encapsulation.VXLAN_GPE), "VXLAN-GPE rides on vxlan");
    }

    @Test
    void versionsCompareNumerically() {
        final int[] minimum = { 3, 6 };
        assertTrue(EncapsulationSupport.atLeast("3.6.0", minimum));
        assertTrue(EncapsulationSupport.atLeast("3.10.0", minimum));
        assertTrue(EncapsulationSupport.atLeast("4.0", minimum));
        assertFalse(EncapsulationSupport.atLeast("3.5.90", minimum));
        assertFalse(EncapsulationSupport.atLeast("2.17.9", minimum));
        assertFalse(EncapsulationSupport.atLeast("", minimum));
    }

    @Test
    void datapathIdsAreStableMarkedAndSixteenDigits() {
        final long id = NodeDatapathIds.of("compute-1");
        assertEquals(id, NodeDatapathIds.of("compute-1"));
        assertEquals(0x544dL, id >>> 48);
        assertEquals(16, NodeDatapathIds.text(id).length());
        assertTrue(NodeDatapathIds.of("compute-2") != id);
    }

    @Test
    void tunnelPortsAreFlowBasedAndGpeAddsItsExtensions() {
        assertEquals(Map.of("remote_ip", "flow", "key", "flow", "local_ip", "192.0.2.1"),
            TunnelPortNames.options(Encapsulation.GENEVE, "192.0.2.1"));
        assertEquals("gpe", TunnelPortNames.options(Encapsulation.VXLAN_GPE, "192.0.2.1").get("exts"));
        assertEquals("ptap", TunnelPortNames.options(Encapsulation.VXLAN_GPE, "192.0.2.1").get("packet_type"));
        assertEquals("vxlan", TunnelPortNames.interfaceType(Encapsulation.VXLAN_GPE));
        for (var encapsulation : Encapsulation.values()) {
            assertTrue(TunnelPortNames.portName(encapsulation).length() <= 15, encapsulation::toString);
        }
    }
}
