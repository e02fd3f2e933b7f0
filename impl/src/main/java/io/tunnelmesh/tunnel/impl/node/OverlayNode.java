/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.node;

import com.google.common.net.InetAddresses;
import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.ovsdb.api.facade.OvsdbBridgeSpec;
import io.tunnelmesh.ovsdb.api.facade.OvsdbTunnelPortSpec;
import io.tunnelmesh.ovsdb.impl.facade.OvsdbReplicaSwitchFacade;
import io.tunnelmesh.ovsdb.impl.session.OvsdbMonitorSink;
import io.tunnelmesh.ovsdb.impl.session.OvsdbResumableMonitor;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSession;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConnection;
import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.NodeIntent;
import io.tunnelmesh.tunnel.impl.planner.NodeState;
import io.tunnelmesh.tunnel.impl.planner.OverlayPipeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured node, confined to the thread of its {@link OverlayNodes}: its OVSDB connection (a session it dials,
 * or a connection the node made to the manager port), the replica of the tables that matter, the OpenFlow connection
 * of its integration bridge, and the convergence of the node's OVSDB with what it must hold: the bridge
 * ({@code fail_mode=secure}, OpenFlow 1.3, TunnelMesh as controller, the datapath ID of {@link NodeDatapathIds}) and
 * one flow-based tunnel port per encapsulation the plan gives it, no other. One convergence runs at a time; inputs
 * that arrive meanwhile run it again once it ends, and a failed one is retried while the connection lasts.
 */
final class OverlayNode {
    private static final Logger LOG = LoggerFactory.getLogger(OverlayNode.class);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final List<String> PROTOCOLS = List.of("OpenFlow13");
    /** In-band control would add hidden flows for the controller's traffic; the controller is reached out of band. */
    private static final Map<String, String> OTHER_CONFIG = Map.of("disable-in-band", "true");

    private final ScheduledExecutorService executor;
    private final NodeEvents events;
    private final int openflowPort;
    private final @Nullable OvsdbSession session;
    private final OvsdbReplicaSwitchFacade facade;
    /** Monitors the connections the node makes to the manager port (a dialled session monitors by itself). */
    private final Optional<OvsdbResumableMonitor> acceptedMonitor;
    /** The connection, for the facade's threads. */
    private final AtomicReference<Optional<OvsdbSessionConnection>> live = new AtomicReference<>(Optional.empty());
    private final Map<String, String> stickyErrors = new HashMap<>();
    private NodeIntent intent;
    // Optional rather than null fields: SpotBugs reads the package's non-null default but not TYPE_USE @Nullable
    private Optional<OvsdbSessionConnection> connection = Optional.empty();
    private Optional<OfConnection> openflow = Optional.empty();
    /** The tunnel ports the plan wants; empty until a plan has spoken of the node. */
    private Optional<Set<Encapsulation>> wantedTunnels = Optional.empty();
    private NodeView view;
    private NodeState state;
    private NodeStatus status;
    private boolean running;
    private boolean again;
    private boolean closed;

    OverlayNode(final NodeIntent intent, final ScheduledExecutorService executor, final NodeEvents events,
            final int openflowPort, final @Nullable OvsdbSession session) {
        this.intent = intent;
        this.executor = executor;
        this.events = events;
        this.openflowPort = openflowPort;
        this.session = session;
        final var sink = new AtomicReference<OvsdbMonitorSink>();
        facade = session != null ? new OvsdbReplicaSwitchFacade(session)
            : new OvsdbReplicaSwitchFacade(live::get, sink::set, OvsdbReplicaSwitchFacade.CATCH_UP);
        acceptedMonitor = session != null ? Optional.empty() : Optional.of(new OvsdbResumableMonitor(sink.get()));
        view = NodeView.read(table -> Map.of(), intent.bridge(), intent.datapathType());
        state = NodeState.unknown(intent.name());
        status = NodeStatus.unknown(intent.name());
        facade.replica().addListener(changes -> executor.execute(this::refresh));
    }

    String name() {
        return intent.name();
    }

    NodeIntent intent() {
        return intent;
    }

    Optional<OfConnection> openflow() {
        return openflow;
    }

    @Nullable OvsdbSession session() {
        return session;
    }

    /**
     * The configuration changed in a way that keeps the node's OVSDB session: its bridge, tunnel IP, datapath,
     * controller target or zones.
     */
    void intentChanged(final NodeIntent newIntent) {
        if (!newIntent.equals(intent)) {
            intent = newIntent;
            refresh();
            converge();
        }
    }

    void tunnelsWanted(final Set<Encapsulation> tunnels) {
        if (!wantedTunnels.equals(Optional.of(tunnels))) {
            wantedTunnels = Optional.of(Set.copyOf(tunnels));
            converge();
        }
    }

    /** A connection accepted on the manager port belongs to this node: monitor it, then work through it. */
    void accepted(final OvsdbSessionConnection accepted) {
        acceptedMonitor.orElseThrow().start(accepted.client(), accepted.schema()).whenCompleteAsync((ok, failure) -> {
            if (failure != null) {
                LOG.warn("node {}: could not monitor the OVSDB connection it made: {}", name(), failure.toString());
                accepted.client().close();
            } else {
                ovsdbConnected(accepted);
            }
        }, executor);
    }

    void ovsdbConnected(final OvsdbSessionConnection newConnection) {
        if (closed) {
            return;
        }
        LOG.info("node {}: OVSDB connected", name());
        connection = Optional.of(newConnection);
        live.set(connection);
        stickyErrors.clear();
        refresh();
        converge();
    }

    void ovsdbDisconnected(final OvsdbSessionConnection lost) {
        if (connection.orElse(null) == lost) {
            LOG.info("node {}: OVSDB disconnected", name());
            connection = Optional.empty();
            live.set(connection);
            refresh();
        }
    }

    void switchConnected(final OfConnection newConnection) {
        final var previous = openflow;
        openflow = Optional.of(newConnection);
        if (previous.isPresent() && previous.orElseThrow() != newConnection) {
            // the bridge came back before its old connection timed out: the old one is stale
            previous.orElseThrow().close();
        }
        events.switchConnected(name(), newConnection);
        refresh();
    }

    void switchDisconnected(final OfConnection lost) {
        if (openflow.orElse(null) == lost) {
            openflow = Optional.empty();
            events.switchDisconnected(name(), lost);
            refresh();
        }
    }

    boolean busy() {
        return running || again;
    }

    /**
     * The node is no longer configured: TunnelMesh takes back what it put there (its flows, by cookie, and its tunnel
     * ports), leaving the bridge, its controller target and everything else, then closes the OVSDB session. The
     * bridge's OpenFlow connection is left open for the caller to keep.
     *
     * @return completes when done, whether the clean-up succeeded or not
     */
    CompletableFuture<Void> retire() {
        final var steps = new ArrayList<CompletableFuture<?>>();
        openflow.ifPresent(switchConnection -> {
            steps.add(switchConnection.send(OfFlowMod.builder().xid(switchConnection.nextXid())
                .command(OfFlowModCommand.DELETE).table(OfFlowMod.ALL_TABLES)
                .cookie(OverlayPipeline.COOKIE_MARK, OverlayPipeline.COOKIE_MARK_MASK).build())
                .thenCompose(sent -> switchConnection.barrier()));
            openflow = Optional.empty();
            events.switchDisconnected(name(), switchConnection);
        });
        if (connection.isPresent()) {
            var removal = CompletableFuture.<Boolean>completedFuture(false);
            for (var iface : view.interfaces().keySet()) {
                if (TunnelPortNames.isTunnelPort(iface)) {
                    removal = removal.thenCompose(removed -> facade.removeTunnelPort(intent.bridge(), iface));
                }
            }
            steps.add(removal);
        }
        return CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new))
            .handleAsync((ok, failure) -> {
                if (failure != null) {
                    LOG.warn("node {}: taking back its flows and tunnel ports failed: {}", name(), failure.toString());
                } else {
                    LOG.info("node {}: its flows and tunnel ports are removed", name());
                }
                close();
                return null;
            }, executor);
    }

    void close() {
        closed = true;
        if (session != null) {
            session.close();
        } else {
            connection.ifPresent(current -> current.client().close());
        }
        final var switchConnection = openflow;
        openflow = Optional.empty();
        connection = Optional.empty();
        live.set(connection);
        switchConnection.ifPresent(lost -> events.switchDisconnected(name(), lost));
    }

    /** Reads the replica again and tells what changed. */
    private void refresh() {
        if (closed) {
            return;
        }
        view = NodeView.read(facade.replica()::table, intent.bridge(), intent.datapathType());
        if (connection.isPresent()) {
            view.interfaces().values().stream()
                .filter(iface -> iface.error().isPresent() && TunnelPortNames.isTunnelPort(iface.name()))
                .forEach(iface -> stickyErrors.put(iface.name(), iface.error().orElseThrow()));
            // a node whose session is down keeps its last state: its switch keeps forwarding with the flows it has
            final var nextState = view.state(name(), stickyErrors);
            if (!nextState.equals(state)) {
                state = nextState;
                events.stateChanged(nextState);
            }
            if (drifted()) {
                converge();
            }
        }
        final var nextStatus = view.status(name(), connection.isPresent(), openflow.isPresent(), stickyErrors);
        if (!nextStatus.equals(status)) {
            status = nextStatus;
            events.statusChanged(nextStatus);
        }
    }

    /** Whether the bridge or a tunnel port is not what the last convergence made it (someone changed it since). */
    private boolean drifted() {
        if (running) {
            return false;
        }
        if (!view.bridgePresent()) {
            return true;
        }
        if (wantedTunnels.isEmpty()) {
            return false;
        }
        final var wanted = wantedTunnels.orElseThrow();
        for (var encapsulation : Encapsulation.values()) {
            final var present = view.interfaces().containsKey(TunnelPortNames.portName(encapsulation));
            if (present != wanted.contains(encapsulation)) {
                return true;
            }
        }
        return false;
    }

    void converge() {
        if (connection.isEmpty() || closed) {
            return;
        }
        final var current = connection.orElseThrow();
        if (running) {
            again = true;
            return;
        }
        final String target;
        try {
            target = controllerTarget(current);
        } catch (IllegalStateException e) {
            LOG.warn("node {}: {}", name(), e.getMessage());
            return;
        }
        running = true;
        again = false;
        final var bridge = new OvsdbBridgeSpec(intent.bridge(), intent.datapathType(), PROTOCOLS, List.of(target),
            OTHER_CONFIG, Optional.of(NodeDatapathIds.text(NodeDatapathIds.of(name()))));
        final var wanted = wantedTunnels;
        final var run = facade.ensureBridge(bridge)
            .thenCompose(changed -> {
                if (changed) {
                    LOG.info("node {}: bridge {} set up (controller {})", name(), intent.bridge(), target);
                }
                return wanted.isEmpty() ? CompletableFuture.<Void>completedFuture(null)
                    : ensureTunnels(wanted.orElseThrow());
            });
        run.whenCompleteAsync((ok, failure) -> {
            running = false;
            if (failure != null && connection.orElse(null) == current && !closed) {
                LOG.warn("node {}: OVSDB changes failed, retrying in {}: {}", name(), RETRY, failure.toString());
                executor.schedule(this::converge, RETRY.toMillis(), TimeUnit.MILLISECONDS);
            } else if (again) {
                converge();
            }
        }, executor);
    }

    private CompletableFuture<Void> ensureTunnels(final Set<Encapsulation> wanted) {
        final var localIp = tunnelAddress(intent.tunnelIp());
        final var specs = wanted.stream().sorted()
            .map(encapsulation -> OvsdbTunnelPortSpec.flowBased(intent.bridge(), encapsulation, localIp))
            .toList();
        final var unwanted = new ArrayList<String>();
        for (var encapsulation : Encapsulation.values()) {
            final var name = TunnelPortNames.portName(encapsulation);
            if (!wanted.contains(encapsulation) && view.interfaces().containsKey(name)) {
                unwanted.add(name);
            }
        }
        var step = specs.isEmpty() ? CompletableFuture.completedFuture(false) : facade.ensureTunnelPorts(specs);
        for (var name : unwanted) {
            step = step.thenCompose(changed -> facade.removeTunnelPort(intent.bridge(), name));
        }
        return step.thenAccept(changed -> {
            if (!specs.isEmpty() || !unwanted.isEmpty()) {
                LOG.debug("node {}: tunnel ports {} ensured, {} removed", name(), wanted, unwanted);
            }
        });
    }

    /**
     * The OpenFlow target of the bridge: the configured one, or TunnelMesh's OpenFlow port at this host's address on
     * the OVSDB connection, an address the node is known to reach.
     */
    private String controllerTarget(final OvsdbSessionConnection current) {
        final var configured = intent.openflowController();
        if (configured != null) {
            return configured;
        }
        final var local = current.client().localAddress().orElseThrow(() -> new IllegalStateException(
            "the OVSDB connection has no local address to point the bridge at; configure openflow-controller"));
        final var address = local.getAddress();
        final var host = InetAddresses.toUriString(address);
        return "tcp:" + host + ":" + openflowPort;
    }

    /** The tunnel IP without an IPv6 zone, as {@code options:local_ip} takes it. */
    private static String tunnelAddress(final String tunnelIp) {
        final int zone = tunnelIp.indexOf('%');
        return zone < 0 ? tunnelIp : tunnelIp.substring(0, zone);
    }
}
