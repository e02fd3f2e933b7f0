/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.ovsdb.api.facade.OvsdbBridgeSpec;
import io.tunnelmesh.ovsdb.api.facade.OvsdbTunnelPortSpec;
import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbMap;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbUpdate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbWait;
import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OvsdbSwitchPlannerTest {
    private static final UUID BRIDGE = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID CONTROLLER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final OvsdbBridgeSpec SPEC = new OvsdbBridgeSpec("br-int", "netdev", List.of("OpenFlow13"),
        List.of("tcp:192.0.2.10:6653"), Map.of(), Optional.of("00000000000000A1"));

    private static OvsdbRow bridgeRow(final String protocols) {
        return new OvsdbRow(Map.of("_uuid", OvsdbAtom.of(BRIDGE), "datapath_type", OvsdbAtom.of("netdev"),
            "fail_mode", OvsdbSet.of(OvsdbAtom.of("secure")), "protocols", OvsdbSet.of(OvsdbAtom.of(protocols)),
            "controller", OvsdbSet.of(OvsdbAtom.of(CONTROLLER)),
            "other_config", OvsdbMap.ofStrings(Map.of("datapath-id", "00000000000000a1", "foreign", "kept"))));
    }

    @Test
    void absentBridgeIsCreatedWithItsInternalPortAndControllerInOnePlan() {
        final var plan = OvsdbSwitchPlanner.planBridge(SPEC, Optional.empty(), Map.of());
        assertEquals(List.of("wait", "insert", "insert", "insert", "insert", "mutate"),
            plan.stream().map(op -> op.op()).toList());
        final var bridge = assertInstanceOf(OvsdbInsert.class, plan.get(4));
        assertEquals(Optional.of(OvsdbSet.of(OvsdbAtom.of("secure"))), bridge.row().get("fail_mode"));
        assertEquals(Optional.of(OvsdbMap.ofStrings(Map.of("datapath-id", "00000000000000a1"))),
            bridge.row().get("other_config"));
    }

    @Test
    void bridgeAsWantedNeedsNoTransaction() {
        assertEquals(List.of(), OvsdbSwitchPlanner.planBridge(SPEC, Optional.of(bridgeRow("OpenFlow13")),
            Map.of(CONTROLLER, "tcp:192.0.2.10:6653")));
    }

    @Test
    void differingColumnsAreUpdatedBehindAWaitOnTheirOldValues() {
        final var plan = OvsdbSwitchPlanner.planBridge(SPEC, Optional.of(bridgeRow("OpenFlow10")),
            Map.of(CONTROLLER, "tcp:192.0.2.10:6653"));
        assertEquals(2, plan.size(), plan.toString());
        final var wait = assertInstanceOf(OvsdbWait.class, plan.get(0));
        assertEquals(List.of("protocols"), wait.columns());
        assertEquals(new OvsdbRow(Map.of("protocols", OvsdbSet.of(OvsdbAtom.of("OpenFlow10")))), wait.rows().get(0));
        assertEquals(new OvsdbRow(Map.of("protocols", OvsdbSet.of(OvsdbAtom.of("OpenFlow13")))),
            assertInstanceOf(OvsdbUpdate.class, plan.get(1)).row());
    }

    @Test
    void vxlanGpePortIsAPacketTypeAwareVxlanInterface() {
        final var spec = OvsdbTunnelPortSpec.flowBased("br-int", Encapsulation.VXLAN_GPE, "192.0.2.1");
        assertEquals("tm-vxlan-gpe", spec.name());
        final var plan = OvsdbSwitchPlanner.planTunnelPorts(List.of(spec),
            Map.of("br-int", new OvsdbRow(Map.of("_uuid", OvsdbAtom.of(BRIDGE), "name", OvsdbAtom.of("br-int")))),
            Map.of());
        assertEquals(List.of("insert", "insert", "mutate"), plan.stream().map(op -> op.op()).toList());
        final var iface = assertInstanceOf(OvsdbInsert.class, plan.get(0)).row();
        assertEquals(Optional.of(OvsdbAtom.of("vxlan")), iface.get("type"));
        assertEquals(Optional.of(OvsdbMap.ofStrings(Map.of("remote_ip", "flow", "key", "flow", "local_ip",
            "192.0.2.1", "exts", "gpe", "packet_type", "ptap"))), iface.get("options"));
        assertTrue(assertInstanceOf(OvsdbMutate.class, plan.get(2)).mutations().get(0).column().equals("ports"));
    }

    @Test
    void portOnAMissingBridgeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OvsdbSwitchPlanner.planTunnelPorts(List.of(
            OvsdbTunnelPortSpec.flowBased("br-none", Encapsulation.GRE, "192.0.2.1")), Map.of(), Map.of()));
    }
}
