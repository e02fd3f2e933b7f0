/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.node;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.ovsdb.api.notation.OvsdbRow;
import io.tunnelmesh.ovsdb.impl.facade.OvsdbRowValues;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.planner.NodeState;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What one node's OVSDB shows, read from the tables the node's facade monitors
 * ({@link io.tunnelmesh.ovsdb.impl.facade.OvsdbReplicaSwitchFacade#REQUESTS}): the planner's {@link NodeState} and
 * the operational {@link NodeStatus}. Pure: the same rows give equal values.
 *
 * @param ovsVersion {@code Open_vSwitch.ovs_version}, empty until {@code ovs-vswitchd} wrote it
 * @param ifaceTypes {@code Open_vSwitch.iface_types}; empty until {@code ovs-vswitchd} wrote it
 * @param bridgePresent whether the integration bridge exists
 * @param datapathType the bridge's {@code datapath_type}, or the configured one while the bridge is absent
 * @param datapathId the bridge's {@code datapath_id}, once {@code ovs-vswitchd} reported it
 * @param interfaces every interface on the bridge, by name
 */
record NodeView(Optional<String> ovsVersion, Set<String> ifaceTypes, boolean bridgePresent, String datapathType,
        Optional<String> datapathId, Map<String, Iface> interfaces) {
    NodeView {
        requireNonNull(ovsVersion);
        ifaceTypes = Set.copyOf(ifaceTypes);
        requireNonNull(datapathType);
        requireNonNull(datapathId);
        interfaces = Map.copyOf(interfaces);
    }

    /**
     * An interface on the bridge.
     *
     * @param name its name
     * @param ofport its OpenFlow port number, once assigned; -1 when OVS could not create it
     * @param error {@code Interface.error}
     */
    record Iface(String name, OptionalLong ofport, Optional<String> error) {
        boolean realised() {
            return ofport.isPresent() && ofport.getAsLong() > 0 && error.isEmpty();
        }
    }

    /**
     * Reads the monitored tables.
     *
     * @param tables the rows of each table by UUID
     * @param bridge the integration bridge's name
     * @param configuredDatapathType the datapath the node is configured with
     * @return the view
     */
    static NodeView read(final Function<String, Map<UUID, OvsdbRow>> tables, final String bridge,
            final String configuredDatapathType) {
        final var root = tables.apply("Open_vSwitch").values().stream().findFirst();
        final var ovsVersion = root.flatMap(row -> OvsdbRowValues.string(row, "ovs_version"))
            .filter(version -> !version.isEmpty());
        final Set<String> ifaceTypes = root.map(row -> OvsdbRowValues.strings(row, "iface_types")).orElse(Set.of());
        final var bridgeRow = tables.apply("Bridge").values().stream()
            .filter(row -> OvsdbRowValues.string(row, "name").filter(bridge::equals).isPresent())
            .findFirst();
        if (bridgeRow.isEmpty()) {
            return new NodeView(ovsVersion, ifaceTypes, false, configuredDatapathType, Optional.empty(), Map.of());
        }
        final var row = bridgeRow.orElseThrow();
        final var datapathType = OvsdbRowValues.string(row, "datapath_type").filter(type -> !type.isEmpty())
            .orElse("system");
        final var datapathId = OvsdbRowValues.string(row, "datapath_id").filter(id -> !id.isEmpty());
        final var ports = tables.apply("Port");
        final var rows = tables.apply("Interface");
        final var interfaces = new HashMap<String, Iface>();
        for (var portId : OvsdbRowValues.uuids(row, "ports")) {
            final var port = ports.get(portId);
            if (port == null) {
                continue;
            }
            for (var ifaceId : OvsdbRowValues.uuids(port, "interfaces")) {
                final var iface = rows.get(ifaceId);
                if (iface != null) {
                    OvsdbRowValues.string(iface, "name").ifPresent(name -> interfaces.put(name, new Iface(name,
                        OvsdbRowValues.integer(iface, "ofport"),
                        OvsdbRowValues.string(iface, "error").filter(error -> !error.isEmpty()))));
                }
            }
        }
        return new NodeView(ovsVersion, ifaceTypes, true, datapathType, datapathId, interfaces);
    }

    /**
     * Whether the node has told enough to be planned: {@code ovs-vswitchd} has listed its interface types.
     *
     * @return true once capabilities are known
     */
    boolean capabilitiesKnown() {
        return !ifaceTypes.isEmpty();
    }

    /**
     * The encapsulations the node cannot carry, with their reasons.
     *
     * @param stickyErrors errors TunnelMesh's tunnel ports reported earlier on this session, by interface name (a
     *                     port that failed is removed, and its error would otherwise vanish with it)
     * @return the encapsulations and reasons
     */
    Map<Encapsulation, String> cannotCarry(final Map<String, String> stickyErrors) {
        final var errors = new HashMap<>(stickyErrors);
        interfaces.values().forEach(iface -> iface.error().ifPresent(error -> errors.put(iface.name(), error)));
        return EncapsulationSupport.cannotCarry(new NodeFacts(ovsVersion.orElse(""), ifaceTypes, datapathType,
            errors));
    }

    /**
     * What the planner needs.
     *
     * @param node the node's name
     * @param stickyErrors see {@link #cannotCarry(Map)}
     * @return the node's state
     */
    NodeState state(final String node, final Map<String, String> stickyErrors) {
        if (!capabilitiesKnown()) {
            return NodeState.unknown(node);
        }
        final var tunnels = new EnumMap<Encapsulation, Integer>(Encapsulation.class);
        final var ofports = new HashMap<String, Integer>();
        for (var encapsulation : Encapsulation.values()) {
            final var iface = interfaces.get(TunnelPortNames.portName(encapsulation));
            if (iface != null && iface.realised()) {
                tunnels.put(encapsulation, (int) iface.ofport().getAsLong());
            }
        }
        interfaces.values().stream()
            .filter(iface -> iface.realised() && !TunnelPortNames.isTunnelPort(iface.name()))
            .forEach(iface -> ofports.put(iface.name(), (int) iface.ofport().getAsLong()));
        return new NodeState(node, true, cannotCarry(stickyErrors), tunnels, ofports);
    }

    /**
     * What the operational state shows.
     *
     * @param node the node's name
     * @param ovsdbConnected whether the OVSDB session is up
     * @param openflowConnected whether the OpenFlow session is up
     * @param stickyErrors see {@link #cannotCarry(Map)}
     * @return the status
     */
    NodeStatus status(final String node, final boolean ovsdbConnected, final boolean openflowConnected,
            final Map<String, String> stickyErrors) {
        final var tunnelPorts = new EnumMap<Encapsulation, NodeStatus.TunnelPort>(Encapsulation.class);
        for (var encapsulation : Encapsulation.values()) {
            final var name = TunnelPortNames.portName(encapsulation);
            final var iface = interfaces.get(name);
            if (iface != null) {
                tunnelPorts.put(encapsulation, new NodeStatus.TunnelPort(name, iface.ofport(), iface.error()));
            }
        }
        final var carried = EnumSet.noneOf(Encapsulation.class);
        if (capabilitiesKnown()) {
            final var refused = cannotCarry(stickyErrors);
            Arrays.stream(Encapsulation.values()).filter(type -> !refused.containsKey(type)).forEach(carried::add);
        }
        return new NodeStatus(node, ovsdbConnected, openflowConnected, datapathId, ovsVersion, carried, tunnelPorts);
    }
}
