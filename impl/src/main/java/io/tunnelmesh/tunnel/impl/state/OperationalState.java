/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.state;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.tunnel.impl.intent.Encapsulations;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.node.NodeStatus;
import io.tunnelmesh.tunnel.impl.planner.ElementStatus;
import io.tunnelmesh.tunnel.impl.planner.NodeState;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlan;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlan.PortRef;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.ConnectionState;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.Node;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.NodeBuilder;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.network.Port;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.network.PortBuilder;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.node.State;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.node.StateBuilder;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.node.state.TunnelPort;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.node.state.TunnelPortBuilder;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.node.state.TunnelPortKey;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint64;

/**
 * The operational state the overlay must show, computed from what the service knows: the intent, the segment of each
 * network, the plan's statuses and each node's observed status and ports. Pure; {@link OverlayStateWriter} writes the
 * difference between two of these.
 *
 * <p>The operational datastore enforces the model's mandatory leaves on the list entries the state lives in, so nodes
 * and ports are shown whole: their configured leaves and their {@code state}.
 *
 * @param nodes each configured node with its {@code state}
 * @param networks {@code network/state} of each configured network
 * @param ports each configured port with its {@code state}
 */
record OperationalState(Map<String, Node> nodes,
        Map<String, org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.network.State>
            networks,
        Map<PortRef, Port> ports) {
    static final OperationalState EMPTY = new OperationalState(Map.of(), Map.of(), Map.of());
    private static final ElementStatus NOT_PLANNED = ElementStatus.pending("not planned yet");

    OperationalState {
        requireNonNull(nodes);
        requireNonNull(networks);
        requireNonNull(ports);
    }

    /**
     * The state to show.
     *
     * @param intent the configuration
     * @param segments the segment of each network
     * @param plan the last plan
     * @param states what the planner knows of each node
     * @param statuses what is observed of each node
     * @return the state
     */
    static OperationalState of(final Intent intent, final SegmentPlan segments, final OverlayPlan plan,
            final Map<String, NodeState> states, final Map<String, NodeStatus> statuses) {
        final var nodes = new HashMap<String, Node>();
        intent.nodes().values().forEach(node -> nodes.put(node.name(), new NodeBuilder()
            .setName(node.name())
            .setTunnelIp(IetfInetUtil.ipAddressFor(node.tunnelIp()))
            .setState(nodeState(statuses.getOrDefault(node.name(), NodeStatus.unknown(node.name()))))
            .build()));
        final var networks = new HashMap<String,
            org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.network.State>();
        final var ports = new HashMap<PortRef, Port>();
        for (var network : intent.networks().values()) {
            final var segment = segments.networks().get(network.name());
            final var status = plan.networks().getOrDefault(network.name(), NOT_PLANNED);
            networks.put(network.name(), new org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202
                .tunnelmesh.network.StateBuilder()
                .setSegmentationId(segment == null || segment.segmentId() == null ? null
                    : Uint64.fromLongBits(segment.segmentId()))
                .setStatus(status.status())
                .setReason(status.reason())
                .build());
            for (var port : network.ports().values()) {
                final var ref = new PortRef(network.name(), port.name());
                final var portStatus = plan.ports().getOrDefault(ref, NOT_PLANNED);
                final var state = states.get(port.node());
                final var ofport = state == null ? null : state.ofports().get(port.iface());
                ports.put(ref, new PortBuilder()
                    .setName(port.name())
                    .setNode(port.node())
                    .setInterface(port.iface())
                    .setMacAddress(new MacAddress(port.macAddress()))
                    .setState(new org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh
                        .network.port.StateBuilder()
                        .setOfport(ofport == null ? null : Uint32.valueOf(ofport))
                        .setStatus(portStatus.status())
                        .setReason(portStatus.status() == Status.Active ? null : portStatus.reason())
                        .build())
                    .build());
            }
        }
        return new OperationalState(nodes, networks, ports);
    }

    private static State nodeState(final NodeStatus status) {
        final var tunnelPorts = new LinkedHashMap<TunnelPortKey, TunnelPort>();
        new TreeMap<>(status.tunnelPorts()).forEach((encapsulation, port) -> {
            final var identity = Encapsulations.toIdentity(encapsulation);
            tunnelPorts.put(new TunnelPortKey(identity), new TunnelPortBuilder()
                .setEncapsulation(identity)
                .setName(port.name())
                .setOfport(port.ofport().isPresent() && port.ofport().getAsLong() >= 0
                    ? Uint32.valueOf(port.ofport().getAsLong()) : null)
                .setError(port.error().orElse(null))
                .build());
        });
        return new StateBuilder()
            .setOvsdbConnection(status.ovsdbConnected() ? ConnectionState.Connected : ConnectionState.Disconnected)
            .setOpenflowConnection(status.openflowConnected() ? ConnectionState.Connected
                : ConnectionState.Disconnected)
            .setDatapathId(status.datapathId().orElse(null))
            .setOvsVersion(status.ovsVersion().orElse(null))
            .setEncapsulation(status.encapsulations().isEmpty() ? null : status.encapsulations().stream()
                .map(Encapsulations::toIdentity).collect(Collectors.toSet()))
            .setTunnelPort(tunnelPorts.isEmpty() ? null : tunnelPorts)
            .build();
    }
}
