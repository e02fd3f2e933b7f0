/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.List;
import java.util.Set;

/**
 * What one node's integration bridge must hold.
 *
 * @param node the node's name
 * @param tunnelPorts the encapsulations that need a flow-based tunnel port on the node: those of the networks it
 *                    carries with at least one peer
 * @param flows every flow the bridge must hold under TunnelMesh's cookie, in a stable order
 * @param groups every group the bridge must hold under TunnelMesh's group mark ({@link OverlayPipeline#GROUP_MARK}),
 *               by id
 */
public record NodePlan(String node, Set<Encapsulation> tunnelPorts, List<FlowSpec> flows, List<GroupSpec> groups) {
    public NodePlan {
        requireNonNull(node);
        tunnelPorts = Set.copyOf(tunnelPorts);
        // a FlowList is immutable already, and its blocks are what makes diffing two plans cheap
        flows = flows instanceof FlowList ? flows : List.copyOf(flows);
        groups = List.copyOf(groups);
    }

    /**
     * A plan without groups.
     *
     * @param node the node's name
     * @param tunnelPorts the encapsulations that need a tunnel port on the node
     * @param flows the flows, in a stable order
     */
    public NodePlan(final String node, final Set<Encapsulation> tunnelPorts, final List<FlowSpec> flows) {
        this(node, tunnelPorts, flows, List.of());
    }
}
