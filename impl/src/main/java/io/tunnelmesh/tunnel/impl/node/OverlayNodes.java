/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.node;

import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.ovsdb.impl.client.OvsdbConnector;
import io.tunnelmesh.ovsdb.impl.client.OvsdbTarget;
import io.tunnelmesh.ovsdb.impl.session.OvsdbNodeListener;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSession;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConfig;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConnection;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionListener;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.NodeIntent;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nodes of the overlay, as the configuration declares them, each an {@link OverlayNode} with its OVSDB and
 * OpenFlow sessions. A node with an {@code ovsdb-address} is dialled; one without is expected on the OVSDB manager
 * port, identified by its {@code system-id} or {@code hostname} equal to the node's name. A switch that connects over
 * OpenFlow is matched to its node by the datapath ID TunnelMesh gave the node's bridge ({@link NodeDatapathIds});
 * connections that match no node yet (a switch or a node that connects before its configuration arrives) wait until
 * one does.
 *
 * <p>Inputs come from any thread; everything happens on one thread, and nothing blocks it.
 */
public final class OverlayNodes implements OvsdbNodeListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OverlayNodes.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final var thread = new Thread(runnable, "tunnelmesh-nodes");
        thread.setDaemon(true);
        return thread;
    });
    private final OvsdbConnector connector;
    private final OvsdbSessionConfig sessionConfig;
    private final int openflowPort;
    private final NodeEvents events;
    // confined to the executor
    private final Map<String, OverlayNode> nodes = new HashMap<>();
    private final Map<Long, String> byDatapathId = new HashMap<>();
    private final Map<Long, OfConnection> unmatchedSwitches = new HashMap<>();
    private final Map<String, OvsdbSessionConnection> unmatchedNodes = new HashMap<>();
    private Map<String, Set<Encapsulation>> wantedTunnels = Map.of();

    /**
     * The overlay's nodes, none yet.
     *
     * @param connector dials the nodes' OVSDB servers
     * @param sessionConfig how the sessions behave (database, backoff)
     * @param openflowPort TunnelMesh's OpenFlow port, for the bridges' controller target
     * @param events told of what changes
     */
    public OverlayNodes(final OvsdbConnector connector, final OvsdbSessionConfig sessionConfig,
            final int openflowPort, final NodeEvents events) {
        this.connector = connector;
        this.sessionConfig = sessionConfig;
        this.openflowPort = openflowPort;
        this.events = events;
    }

    /**
     * The configuration changed: nodes come, go or change.
     *
     * @param intent the configuration
     */
    public void intentChanged(final Intent intent) {
        executor.execute(() -> apply(intent.nodes()));
    }

    /**
     * A new plan: the tunnel ports each node must hold.
     *
     * @param plan the plan
     */
    public void planChanged(final OverlayPlan plan) {
        executor.execute(() -> {
            final var wanted = new HashMap<String, Set<Encapsulation>>();
            plan.nodes().forEach((name, nodePlan) -> wanted.put(name, nodePlan.tunnelPorts()));
            wantedTunnels = wanted;
            nodes.values().forEach(node -> {
                final var tunnels = wanted.get(node.name());
                if (tunnels != null) {
                    node.tunnelsWanted(tunnels);
                }
            });
        });
    }

    /**
     * A switch finished its OpenFlow handshake.
     *
     * @param connection the connection
     */
    public void switchConnected(final OfConnection connection) {
        final var features = connection.features();
        if (features == null) {
            return;
        }
        final long datapathId = features.datapathId();
        executor.execute(() -> {
            final var name = byDatapathId.get(datapathId);
            if (name == null) {
                LOG.info("OpenFlow switch {} from {} is no configured node's bridge (yet)",
                    NodeDatapathIds.text(datapathId), connection.remoteAddress());
                final var previous = unmatchedSwitches.put(datapathId, connection);
                if (previous != null && previous != connection) {
                    previous.close();
                }
            } else {
                nodes.get(name).switchConnected(connection);
            }
        });
    }

    /**
     * A switch's OpenFlow connection closed.
     *
     * @param connection the connection
     */
    public void switchDisconnected(final OfConnection connection) {
        final var features = connection.features();
        if (features == null) {
            return;
        }
        final long datapathId = features.datapathId();
        executor.execute(() -> {
            unmatchedSwitches.remove(datapathId, connection);
            final var name = byDatapathId.get(datapathId);
            if (name != null) {
                nodes.get(name).switchDisconnected(connection);
            }
        });
    }

    @Override
    public void nodeConnected(final String nodeId, final OvsdbSessionConnection connection) {
        executor.execute(() -> {
            final var node = nodes.get(nodeId);
            if (node != null && node.session() == null) {
                node.accepted(connection);
            } else {
                LOG.info("OVSDB node {} dialled the manager port but is no configured node without an ovsdb-address"
                    + " (yet)", nodeId);
                unmatchedNodes.put(nodeId, connection);
            }
        });
    }

    @Override
    public void nodeDisconnected(final String nodeId, final OvsdbSessionConnection connection) {
        executor.execute(() -> {
            unmatchedNodes.remove(nodeId, connection);
            final var node = nodes.get(nodeId);
            if (node != null) {
                node.ovsdbDisconnected(connection);
            }
        });
    }

    /**
     * Completes once every input given so far has been handled and no node is changing its OVSDB (a node whose
     * change failed waits for its retry). For tests and benchmarks.
     *
     * @return the future
     */
    public CompletableFuture<Void> idle() {
        return CompletableFuture.supplyAsync(() -> nodes.values().stream().noneMatch(OverlayNode::busy), executor)
            .thenCompose(quiet -> quiet ? CompletableFuture.completedFuture(null) : idleLater());
    }

    private CompletableFuture<Void> idleLater() {
        final var later = new CompletableFuture<Void>();
        executor.schedule(() -> idle().whenComplete((ok, failure) -> later.complete(null)), 10,
            TimeUnit.MILLISECONDS);
        return later;
    }

    private void apply(final Map<String, NodeIntent> configured) {
        final var gone = new ArrayList<String>();
        nodes.forEach((name, node) -> {
            final var wanted = configured.get(name);
            if (wanted == null || !Objects.equals(wanted.ovsdbAddress(), node.intent().ovsdbAddress())) {
                gone.add(name);
            }
        });
        for (var name : gone) {
            final var node = nodes.remove(name);
            final long datapathId = NodeDatapathIds.of(name);
            byDatapathId.remove(datapathId);
            if (configured.containsKey(name)) {
                // a new ovsdb-address: a new session, nothing to take back
                node.close();
            } else {
                LOG.info("node {} removed", name);
                node.openflow().ifPresent(connection -> unmatchedSwitches.put(datapathId, connection));
                node.retire();
                events.nodeRemoved(name);
            }
        }
        configured.forEach((name, intent) -> {
            final var existing = nodes.get(name);
            if (existing != null) {
                existing.intentChanged(intent);
            } else {
                add(intent);
            }
        });
    }

    private void add(final NodeIntent intent) {
        final var name = intent.name();
        final var address = intent.ovsdbAddress();
        final OverlayNode node;
        if (address == null) {
            node = new OverlayNode(intent, executor, events, openflowPort, null);
        } else {
            final var session = new OvsdbSession(connector, OvsdbTarget.parse(address), sessionConfig);
            node = new OverlayNode(intent, executor, events, openflowPort, session);
            session.addListener(new OvsdbSessionListener() {
                @Override
                public void connected(final OvsdbSessionConnection connection) {
                    executor.execute(() -> node.ovsdbConnected(connection));
                }

                @Override
                public void disconnected(final OvsdbSessionConnection connection) {
                    executor.execute(() -> node.ovsdbDisconnected(connection));
                }
            });
        }
        nodes.put(name, node);
        final long datapathId = NodeDatapathIds.of(name);
        final var clash = byDatapathId.put(datapathId, name);
        if (clash != null) {
            LOG.error("nodes {} and {} hash to the same datapath ID {}; rename one of them", clash, name,
                NodeDatapathIds.text(datapathId));
        }
        LOG.info("node {} added: OVSDB {}, bridge {} with datapath ID {}", name,
            address == null ? "expected on the manager port" : address, intent.bridge(),
            NodeDatapathIds.text(datapathId));
        final var tunnels = wantedTunnels.get(name);
        if (tunnels != null) {
            node.tunnelsWanted(tunnels);
        }
        final var waitingSwitch = unmatchedSwitches.remove(datapathId);
        if (waitingSwitch != null && waitingSwitch.isConnected()) {
            node.switchConnected(waitingSwitch);
        }
        final var session = node.session();
        if (session != null) {
            session.start();
        } else {
            final var waitingNode = unmatchedNodes.remove(name);
            if (waitingNode != null) {
                node.accepted(waitingNode);
            }
        }
    }

    @Override
    public void close() {
        CompletableFuture.runAsync(() -> {
            nodes.values().forEach(OverlayNode::close);
            nodes.clear();
            unmatchedNodes.values().forEach(connection -> connection.client().close());
            unmatchedNodes.clear();
        }, executor).join();
        executor.shutdownNow();
    }
}
