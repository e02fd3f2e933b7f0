/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.node;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.tunnelmesh.simpleclient.emulator.FleetConfig;
import io.tunnelmesh.simpleclient.emulator.PortPlan;
import io.tunnelmesh.simpleclient.emulator.SwitchFleet;
import io.tunnelmesh.simpleclient.ovsdb.OvsdbEmulatedDatabase;
import io.tunnelmesh.simpleclient.ovsdb.OvsdbEmulatedServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Many {@link EmulatedNode}s in one process: their OpenFlow switches are one managed {@link SwitchFleet} (shared event
 * loops, one dial pacer), their OVSDB servers listen on {@code basePort + n - 1} of one address (0: a free port each)
 * on event loops of their own (as many as the switches'), as {@code ovsdb-server} is a process of its own: switches
 * busy applying a large change do not keep the servers from answering a controller's inactivity probe (they hand
 * bridge changes to the switches' loops).
 * <pre>
 *   try (var nodes = EmulatedNodes.start(List.of(config, config), InetAddress.getLoopbackAddress(), 0, 2)) {
 *       String ovsdbAddress = nodes.node(1).ovsdbTarget();      // "tcp:127.0.0.1:PORT", for the controller
 *   }
 * </pre>
 */
public final class EmulatedNodes implements AutoCloseable {
    private final SwitchFleet fleet;
    private final EventLoopGroup ovsdbLoop;
    private final List<EmulatedNode> nodes;

    private EmulatedNodes(final SwitchFleet fleet, final EventLoopGroup ovsdbLoop, final List<EmulatedNode> nodes) {
        this.fleet = fleet;
        this.ovsdbLoop = ovsdbLoop;
        this.nodes = List.copyOf(nodes);
    }

    /**
     * Starts nodes.
     *
     * @param configs one per node, node {@code n} at index {@code n - 1}
     * @param address where their OVSDB servers listen
     * @param basePort the OVSDB port of node 1, the others follow; 0 for a free port each
     * @param threads the event loop threads of the switches (the OVSDB servers share as many more of their own)
     * @return the running nodes, listening; their switches dial once a controller is configured
     * @throws InterruptedException if interrupted while binding
     */
    public static EmulatedNodes start(final List<EmulatedNodeConfig> configs, final InetAddress address,
            final int basePort, final int threads) throws InterruptedException {
        if (configs.isEmpty() || configs.size() > EmulatedNodeConfig.MAX_NODES) {
            throw new IllegalArgumentException("node count " + configs.size() + " is not 1 to "
                + EmulatedNodeConfig.MAX_NODES);
        }
        final var fleet = SwitchFleet.start(FleetConfig.builder().switches(configs.size()).ports(PortPlan.of(0))
            .managed().threads(threads).build());
        final EventLoopGroup ovsdbLoop = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
        final var nodes = new ArrayList<EmulatedNode>(configs.size());
        try {
            for (int number = 1; number <= configs.size(); number++) {
                final var config = configs.get(number - 1);
                final var database = OvsdbEmulatedDatabase.openVswitch(config.ovs());
                final var server = new OvsdbEmulatedServer(database, ovsdbLoop);
                final var listening = server.listen(new InetSocketAddress(address,
                    basePort == 0 ? 0 : basePort + number - 1));
                nodes.add(new EmulatedNode(number, config, database, server, listening,
                    fleet.bySwitchNumber(number)));
            }
        } catch (InterruptedException | IllegalStateException e) {
            nodes.forEach(node -> node.server().close());
            ovsdbLoop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            fleet.close();
            throw e;
        }
        return new EmulatedNodes(fleet, ovsdbLoop, nodes);
    }

    /**
     * The nodes.
     *
     * @return node {@code n} at index {@code n - 1}
     */
    public List<EmulatedNode> nodes() {
        return nodes;
    }

    /**
     * A node by number.
     *
     * @param number 1 to the count
     * @return the node
     */
    public EmulatedNode node(final int number) {
        return nodes.get(number - 1);
    }

    /**
     * The switches of the nodes, as one fleet (counters, connection states).
     *
     * @return the fleet
     */
    public SwitchFleet fleet() {
        return fleet;
    }

    /**
     * How many flows each node's switch holds whose cookie, masked, is the given value (a controller's own flows).
     *
     * @param cookie the value
     * @param mask the bits of the cookie compared
     * @return the counts, node {@code n} at index {@code n - 1}
     */
    public CompletableFuture<List<Integer>> flowCounts(final long cookie, final long mask) {
        final var counts = nodes.stream().map(node -> node.ofSwitch().query(state -> state.flowCount(cookie, mask)))
            .toList();
        return CompletableFuture.allOf(counts.toArray(CompletableFuture[]::new))
            .thenApply(done -> counts.stream().map(CompletableFuture::join).toList());
    }

    /**
     * How many flow-mods and group-mods each node's switch has applied ({@link
     * io.tunnelmesh.simpleclient.switchstate.SwitchState#modsApplied}): a controller that rewrites flows without
     * changing their count still moves these.
     *
     * @return the counts, node {@code n} at index {@code n - 1}
     */
    public CompletableFuture<List<Long>> modsApplied() {
        final var counts = nodes.stream().map(node -> node.ofSwitch().query(state -> state.modsApplied())).toList();
        return CompletableFuture.allOf(counts.toArray(CompletableFuture[]::new))
            .thenApply(done -> counts.stream().map(CompletableFuture::join).toList());
    }

    /**
     * Closes every OVSDB server and stops the switches.
     */
    @Override
    public void close() {
        nodes.forEach(node -> node.server().close());
        ovsdbLoop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        fleet.close();
    }
}
