/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.NetworkIntent;
import io.tunnelmesh.tunnel.impl.intent.NodeIntent;
import io.tunnelmesh.tunnel.impl.intent.PortIntent;
import io.tunnelmesh.tunnel.impl.segment.NetworkSegment;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

/**
 * Intents, segment plans and node states for planner and reconciler tests (published in impl's test-jar).
 */
public final class OverlayFixtures {
    /** The ofport every tunnel port gets in {@link #connected}. */
    public static final int TUNNEL_OFPORT = 100;

    private OverlayFixtures() {
        // Hidden on purpose
    }

    /**
     * A node in the given transport zones (none: the default zone).
     *
     * @param name the name
     * @param ip the tunnel IP
     * @param zones the transport zones
     * @return the node
     */
    public static NodeIntent node(final String name, final String ip, final String... zones) {
        return new NodeIntent(name, ip, null, NodeIntent.DEFAULT_BRIDGE, Set.of(zones));
    }

    /**
     * A port whose interface is {@code tap-NAME}.
     *
     * @param name the name
     * @param node the node
     * @param mac the MAC address
     * @return the port
     */
    public static PortIntent port(final String name, final String node, final String mac) {
        return new PortIntent(name, node, "tap-" + name, mac, List.of());
    }

    /**
     * A network without an explicit segmentation ID.
     *
     * @param name the name
     * @param encapsulation the encapsulation
     * @param ports the ports
     * @return the network
     */
    public static NetworkIntent network(final String name, final Encapsulation encapsulation,
            final PortIntent... ports) {
        return new NetworkIntent(name, encapsulation, null,
            List.of(ports).stream().collect(Collectors.toMap(PortIntent::name, port -> port)));
    }

    /**
     * An intent.
     *
     * @param nodes the nodes
     * @param networks the networks
     * @return the intent
     */
    public static Intent intent(final List<NodeIntent> nodes, final NetworkIntent... networks) {
        return new Intent(List.of(), nodes.stream().collect(Collectors.toMap(NodeIntent::name, node -> node)),
            List.of(networks).stream().collect(Collectors.toMap(NetworkIntent::name, network -> network)));
    }

    /**
     * Active segments 1000, 1001, ... for the networks in name order.
     *
     * @param intent the intent
     * @return the segment plan
     */
    public static SegmentPlan segments(final Intent intent) {
        final var segments = new HashMap<String, NetworkSegment>();
        long next = 1000;
        for (var name : new TreeSet<>(intent.networks().keySet())) {
            segments.put(name, new NetworkSegment(name, next++, Status.Active, null));
        }
        return new SegmentPlan(Map.of(), segments);
    }

    /**
     * A connected node carrying every encapsulation, every tunnel port at {@link #TUNNEL_OFPORT}, its interfaces
     * numbered from 1 in network and port name order.
     *
     * @param intent the intent
     * @param node the node's name
     * @return its state
     */
    public static NodeState connected(final Intent intent, final String node) {
        final var ofports = new HashMap<String, Integer>();
        int next = 1;
        for (var network : new TreeMap<>(intent.networks()).values()) {
            for (var port : new TreeMap<>(network.ports()).values()) {
                if (port.node().equals(node)) {
                    ofports.put(port.iface(), next++);
                }
            }
        }
        final var tunnels = new HashMap<Encapsulation, Integer>();
        for (var encapsulation : Encapsulation.values()) {
            tunnels.put(encapsulation, TUNNEL_OFPORT);
        }
        return new NodeState(node, true, Map.of(), tunnels, ofports);
    }

    /**
     * Every node of an intent {@link #connected}.
     *
     * @param intent the intent
     * @return the states by node name
     */
    public static Map<String, NodeState> allConnected(final Intent intent) {
        return intent.nodes().keySet().stream().collect(Collectors.toMap(name -> name,
            name -> connected(intent, name)));
    }
}
