/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import io.tunnelmesh.openflow.api.MacAddress;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * Where one active network's flows go, before any flow is built: the nodes that carry it (DESIGN.md section 6) with
 * their ports that have an ofport, in node order, and for each carrier the peers it tunnels to.
 *
 * @param network the network's name
 * @param tag the network's metadata value
 * @param segment the network's segmentation ID
 * @param slot the network's flood group slot ({@link OverlayPipeline#floodSlots})
 * @param status the network's status
 * @param carriers each carrying node's ports with an ofport, in node-name order
 * @param macs each carrier's and each unknown node's MACs of the network, every port's (with an ofport or not), in
 *             port-name order
 * @param tunnelIps each carrier's and each unknown node's tunnel address
 * @param peers each carrier's peers in node-name order: the other carriers and the nodes hosting the network that are
 *              not known yet, which get no flows but are reached; none while the carrier has no tunnel port
 * @param tunnelOfports each carrier's tunnel ofport of the network's encapsulation, 0 while it has none
 */
record NetworkLayout(String network, long tag, long segment, int slot, ElementStatus status,
        Map<String, List<NetworkFlows.LocalPort>> carriers, Map<String, List<MacAddress>> macs,
        Map<String, InetAddress> tunnelIps, Map<String, List<String>> peers, Map<String, Integer> tunnelOfports) {
}
