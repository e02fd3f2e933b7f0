/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import io.tunnelmesh.tunnel.api.Encapsulation;
import java.util.Map;
import java.util.Set;

/**
 * Turns the {@link NetworkLayout}s of one plan into each node's flows: {@link OverlayPlanner#plan} builds every
 * flow anew, {@link IncrementalOverlayPlanner} reuses what did not change. Called in this order: {@link #start}, then
 * {@link #network} for each active network in name order, then {@link #finish}.
 */
interface FlowAssembly {
    /**
     * A plan starts.
     *
     * @param nodes the connected nodes, in name order
     */
    void start(Set<String> nodes);

    /**
     * The next active network.
     *
     * @param layout its layout
     */
    void network(NetworkLayout layout);

    /**
     * The plan's nodes.
     *
     * @param tunnels the encapsulations each connected node needs a tunnel port for
     * @return each connected node's plan
     */
    Map<String, NodePlan> finish(Map<String, Set<Encapsulation>> tunnels);
}
