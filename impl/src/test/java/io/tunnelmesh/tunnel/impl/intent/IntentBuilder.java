/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Builds an {@link Intent} in a few lines, for tests: ranges, nodes, networks and ports added in any order, ports
 * attached to networks by name.
 */
public final class IntentBuilder {
    private final List<SegmentRange> ranges = new ArrayList<>();
    private final Map<String, NodeIntent> nodes = new HashMap<>();
    private final Map<String, Encapsulation> encapsulations = new LinkedHashMap<>();
    private final Map<String, @Nullable Long> segmentationIds = new HashMap<>();
    private final Map<String, Map<String, PortIntent>> ports = new HashMap<>();

    /**
     * Adds a segment range.
     *
     * @param encapsulation its encapsulation
     * @param min first ID, unsigned
     * @param max last ID, unsigned
     * @return this builder
     */
    public IntentBuilder range(final Encapsulation encapsulation, final long min, final long max) {
        ranges.add(new SegmentRange(encapsulation, min, max));
        return this;
    }

    /**
     * Adds a node on bridge {@code br-int}, dialling in, in the default zone.
     *
     * @param name the node's name
     * @param tunnelIp its tunnel IP as written
     * @return this builder
     */
    public IntentBuilder node(final String name, final String tunnelIp) {
        nodes.put(name, new NodeIntent(name, tunnelIp, null, NodeIntent.DEFAULT_BRIDGE, Set.of()));
        return this;
    }

    /**
     * Adds a network without ports that gets its segment ID allocated.
     *
     * @param name the network's name
     * @param encapsulation its encapsulation
     * @return this builder
     */
    public IntentBuilder network(final String name, final Encapsulation encapsulation) {
        return network(name, encapsulation, null);
    }

    /**
     * Adds a network without ports.
     *
     * @param name the network's name
     * @param encapsulation its encapsulation
     * @param segmentationId its configured segment ID (unsigned), or null to have one allocated
     * @return this builder
     */
    public IntentBuilder network(final String name, final Encapsulation encapsulation,
            final @Nullable Long segmentationId) {
        encapsulations.put(name, encapsulation);
        segmentationIds.put(name, segmentationId);
        ports.computeIfAbsent(name, unused -> new HashMap<>());
        return this;
    }

    /**
     * Adds a port without IP addresses to a network added before.
     *
     * @param network the network's name
     * @param name the port's name
     * @param node the hosting node's name
     * @param iface the OVS interface name
     * @param mac the MAC address as written
     * @return this builder
     * @throws IllegalStateException if the network was not added
     */
    public IntentBuilder port(final String network, final String name, final String node, final String iface,
            final String mac) {
        final var networkPorts = ports.get(network);
        if (networkPorts == null) {
            throw new IllegalStateException("Add network " + network + " before its ports");
        }
        networkPorts.put(name, new PortIntent(name, node, iface, mac, List.of()));
        return this;
    }

    /**
     * Builds the intent.
     *
     * @return the intent
     */
    public Intent build() {
        final var networks = new HashMap<String, NetworkIntent>();
        encapsulations.forEach((name, encapsulation) -> networks.put(name,
            new NetworkIntent(name, encapsulation, segmentationIds.get(name), ports.get(name))));
        return new Intent(ranges, nodes, networks);
    }
}
