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

import io.tunnelmesh.ovsdb.api.notation.OvsdbAtom;
import io.tunnelmesh.ovsdb.api.notation.OvsdbInteger;
import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.api.notation.OvsdbSet;
import io.tunnelmesh.ovsdb.api.notation.OvsdbString;
import io.tunnelmesh.ovsdb.api.notation.OvsdbUuid;
import io.tunnelmesh.ovsdb.api.notation.OvsdbValue;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.planner.NodeState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a node's monitored rows say: the planner's state and the operational status.
 */
class NodeViewTest {
    private final Map<String, Map<UUID, OvsdbRow>> tables = new HashMap<>();

    @Test
    void nothingKnownBeforeOvsVswitchdListsItsInterfaceTypes() {
        root("", Set.of());
        final var view = NodeView.read(this::table, "br-int", "netdev");
        assertFalse(view.capabilitiesKnown());
        assertEquals(NodeState.unknown("n1"), view.state("n1", Map.of()));
        assertEquals(Set.of(), view.status("n1", true, false, Map.of()).encapsulations());
    }

    @Test
    void bridgePortsBecomeOfportsAndTunnelPortsAreToldApart() {
        root("3.1.0", Set.of("vxlan", "geneve", "gre", "stt", "internal"));
        final var vm = iface("vm-a", 5, "");
        final var tunnel = iface("tm-vxlan", 9, "");
        final var unrealised = iface("vm-b", -1, "could not open network device vm-b (No such device)");
        bridge("br-int", "netdev", "544d000000000001", port("vm-a", vm), port("tm-vxlan", tunnel),
            port("vm-b", unrealised));
        // another bridge's interface is not ours
        bridge("br-phy", "netdev", "0000000000000002", port("vm-c", iface("vm-c", 1, "")));

        final var view = NodeView.read(this::table, "br-int", "system");
        assertEquals("netdev", view.datapathType(), "the bridge's datapath wins over the configured one");
        final var state = view.state("n1", Map.of());
        assertTrue(state.connected());
        assertEquals(Map.of("vm-a", 5), state.ofports());
        assertEquals(Map.of(Encapsulation.VXLAN, 9), state.tunnelPorts());
        assertEquals(Set.of(Encapsulation.STT), state.cannotCarry().keySet(), "netdev cannot carry STT");

        final var status = view.status("n1", true, true, Map.of());
        assertEquals(Optional.of("544d000000000001"), status.datapathId());
        assertEquals(Optional.of("3.1.0"), status.ovsVersion());
        assertEquals(Set.of(Encapsulation.VXLAN, Encapsulation.GENEVE, Encapsulation.GRE, Encapsulation.VXLAN_GPE),
            status.encapsulations());
        assertEquals(Map.of(Encapsulation.VXLAN, new NodeStatus.TunnelPort("tm-vxlan", OptionalLong.of(9),
            Optional.empty())), status.tunnelPorts());
    }

    @Test
    void tunnelPortErrorsStopTheEncapsulationEvenAfterThePortIsGone() {
        root("3.1.0", Set.of("vxlan", "geneve", "gre"));
        bridge("br-int", "system", "544d000000000001", port("tm-geneve", iface("tm-geneve", -1,
            "could not add network device tm-geneve to ofproto (Address family not supported)")));
        final var view = NodeView.read(this::table, "br-int", "system");
        assertTrue(view.state("n1", Map.of()).cannotCarry().get(Encapsulation.GENEVE).contains("Address family"));

        tables.clear();
        root("3.1.0", Set.of("vxlan", "geneve", "gre"));
        bridge("br-int", "system", "544d000000000001");
        final var after = NodeView.read(this::table, "br-int", "system");
        assertFalse(after.state("n1", Map.of()).cannotCarry().containsKey(Encapsulation.GENEVE));
        assertTrue(after.state("n1", Map.of("tm-geneve", "gone wrong")).cannotCarry()
            .containsKey(Encapsulation.GENEVE), "the remembered error still counts");
    }

    @Test
    void absentBridgeShowsTheConfiguredDatapath() {
        root("3.6.0", Set.of("vxlan", "stt"));
        final var view = NodeView.read(this::table, "br-int", "system");
        assertFalse(view.bridgePresent());
        assertEquals("system", view.datapathType());
        assertTrue(view.state("n1", Map.of()).cannotCarry().get(Encapsulation.STT).contains("3.6"));
    }

    private Map<UUID, OvsdbRow> table(final String name) {
        return tables.getOrDefault(name, Map.of());
    }

    private void root(final String version, final Set<String> ifaceTypes) {
        put("Open_vSwitch", Map.of("ovs_version", new OvsdbString(version), "iface_types",
            new OvsdbSet(Set.copyOf(ifaceTypes.stream().map(OvsdbString::new).toList()))));
    }

    private UUID bridge(final String name, final String datapathType, final String datapathId, final UUID... ports) {
        return put("Bridge", Map.of("name", new OvsdbString(name), "datapath_type", new OvsdbString(datapathType),
            "datapath_id", new OvsdbString(datapathId), "ports", uuids(ports)));
    }

    private UUID port(final String name, final UUID... interfaces) {
        return put("Port", Map.of("name", new OvsdbString(name), "interfaces", uuids(interfaces)));
    }

    private UUID iface(final String name, final long ofport, final String error) {
        final var columns = new HashMap<String, OvsdbValue>(Map.of("name", new OvsdbString(name), "ofport",
            new OvsdbInteger(ofport)));
        columns.put("error", error.isEmpty() ? OvsdbSet.empty() : new OvsdbString(error));
        return put("Interface", columns);
    }

    private static OvsdbSet uuids(final UUID... ids) {
        final var atoms = new ArrayList<OvsdbAtom>();
        for (var id : ids) {
            atoms.add(new OvsdbUuid(id));
        }
        return new OvsdbSet(Set.copyOf(atoms));
    }

    private UUID put(final String table, final Map<String, OvsdbValue> columns) {
        final var id = UUID.randomUUID();
        tables.computeIfAbsent(table, name -> new HashMap<>()).put(id, new OvsdbRow(columns));
        return id;
    }
}
