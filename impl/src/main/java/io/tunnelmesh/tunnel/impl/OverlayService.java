/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.SettableFuture;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslContext;
import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.ovsdb.impl.client.OvsdbAcceptor;
import io.tunnelmesh.ovsdb.impl.client.OvsdbClientConfig;
import io.tunnelmesh.ovsdb.impl.client.OvsdbConnector;
import io.tunnelmesh.ovsdb.impl.client.OvsdbTlsFiles;
import io.tunnelmesh.ovsdb.impl.session.OvsdbManagerPort;
import io.tunnelmesh.ovsdb.impl.session.OvsdbSessionConfig;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.node.NodeEvents;
import io.tunnelmesh.tunnel.impl.node.NodeStatus;
import io.tunnelmesh.tunnel.impl.node.OverlayNodes;
import io.tunnelmesh.tunnel.impl.planner.NodeState;
import io.tunnelmesh.tunnel.impl.reconciler.FlowChanges;
import io.tunnelmesh.tunnel.impl.reconciler.MatchText;
import io.tunnelmesh.tunnel.impl.reconciler.OverlayReconciler;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import io.tunnelmesh.tunnel.impl.state.OverlayStateWriter;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.ReconcileNode;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.ReconcileNodeInput;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.ReconcileNodeOutput;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.ReconcileNodeOutputBuilder;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.reconcile.node.output.Flow;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.reconcile.node.output.Flow.Change;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.reconcile.node.output.FlowBuilder;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.reconcile.node.output.FlowKey;
import org.opendaylight.yangtools.yang.common.ErrorTag;
import org.opendaylight.yangtools.yang.common.ErrorType;
import org.opendaylight.yangtools.yang.common.RpcResult;
import org.opendaylight.yangtools.yang.common.RpcResultBuilder;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.common.Uint8;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The overlay, southbound: from the intent and its segments to tunnel ports and flows on every node, and back to the
 * operational state. Wires together the OpenFlow endpoint, the OVSDB sessions ({@link OverlayNodes}), the
 * {@link OverlayReconciler} and the {@link OverlayStateWriter}:
 * <pre>
 *   intent + segments --&gt; nodes: sessions, bridges --state--&gt; reconciler --plan--&gt; nodes: tunnel ports
 *                     \--&gt; reconciler: plan, flows                       \--plan--&gt; state writer
 *   switches --&gt; nodes (matched by datapath ID) --&gt; reconciler
 * </pre>
 * It also answers the {@code reconcile-node} RPC.
 */
public final class OverlayService implements ReconcileNode, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OverlayService.class);
    private static final long STOP_SECONDS = 10;

    private final MultiThreadIoEventLoopGroup ovsdbGroup;
    private final OverlayStateWriter stateWriter;
    private final OverlayReconciler reconciler;
    private final OverlayNodes nodes;
    private final OpenFlowEndpoint openflow;
    private final Optional<OvsdbManagerPort> managerPort;

    /**
     * Starts listening for switches and nodes; nothing is dialled until the first intent arrives.
     *
     * @param settings where to listen
     * @param dataBroker where the operational state goes
     * @throws IllegalStateException if the OpenFlow endpoint or the OVSDB manager port cannot listen
     */
    public OverlayService(final OverlaySettings settings, final DataBroker dataBroker) {
        ovsdbGroup = new MultiThreadIoEventLoopGroup(Math.max(1, Runtime.getRuntime().availableProcessors()),
            NioIoHandler.newFactory());
        stateWriter = new OverlayStateWriter(dataBroker);
        // switches may connect (and plans be made) before the nodes exist; they wait for them
        final var nodesReady = new CompletableFuture<OverlayNodes>();
        reconciler = new OverlayReconciler(plan -> {
            stateWriter.planned(plan);
            nodesReady.thenAccept(ready -> ready.planChanged(plan));
        }, settings.bundles());
        OpenFlowEndpoint endpoint = null;
        OverlayNodes started = null;
        Optional<OvsdbManagerPort> manager = Optional.empty();
        try {
            endpoint = OpenFlowEndpoint.start(settings.openflowAddress(), settings.openflowPort(),
                new OpenFlowEndpoint.Listener() {
                    @Override
                    public void handshakeDone(final OfConnection connection) {
                        nodesReady.thenAccept(ready -> ready.switchConnected(connection));
                    }

                    @Override
                    public void disconnected(final OfConnection connection) {
                        nodesReady.thenAccept(ready -> ready.switchDisconnected(connection));
                    }
                });
            final var clientTls = settings.ovsdbTls().map(OvsdbTlsFiles::clientContext);
            started = new OverlayNodes(new OvsdbConnector(ovsdbGroup, OvsdbClientConfig.DEFAULT, clientTls),
                OvsdbSessionConfig.DEFAULT, endpoint.localAddress().getPort(), events());
            final var overlayNodes = started;
            nodesReady.complete(overlayNodes);
            if (settings.ovsdbManager().isPresent()) {
                manager = Optional.of(listen(settings.ovsdbManager().orElseThrow(),
                    settings.ovsdbTls().map(OvsdbTlsFiles::serverContext), overlayNodes));
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            manager.ifPresent(OvsdbManagerPort::close);
            if (started != null) {
                started.close();
            }
            if (endpoint != null) {
                endpoint.close();
            }
            reconciler.close();
            stateWriter.close();
            ovsdbGroup.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw e instanceof IllegalStateException failed ? failed : new IllegalStateException(e.getMessage(), e);
        }
        openflow = endpoint;
        nodes = started;
        managerPort = manager;
    }

    private OvsdbManagerPort listen(final InetSocketAddress address, final Optional<SslContext> tls,
            final OverlayNodes overlayNodes) {
        final var port = new OvsdbManagerPort(new OvsdbAcceptor(ovsdbGroup, OvsdbClientConfig.DEFAULT, tls),
            overlayNodes);
        try {
            final var bound = port.listen(address).get(STOP_SECONDS, TimeUnit.SECONDS);
            LOG.info("OVSDB manager port listening on {}{}", bound, tls.isPresent() ? " (TLS)" : "");
            return port;
        } catch (ExecutionException | TimeoutException e) {
            port.close();
            throw new IllegalStateException("The OVSDB manager port could not listen on " + address + ": "
                + (e.getCause() != null ? e.getCause().getMessage() : e.toString()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            port.close();
            throw new IllegalStateException("Interrupted while starting the OVSDB manager port", e);
        }
    }

    private NodeEvents events() {
        return new NodeEvents() {
            @Override
            public void stateChanged(final NodeState state) {
                stateWriter.nodeState(state);
                reconciler.nodeChanged(state);
            }

            @Override
            public void statusChanged(final NodeStatus status) {
                stateWriter.nodeStatus(status);
            }

            @Override
            public void nodeRemoved(final String node) {
                stateWriter.nodeRemoved(node);
                reconciler.nodeChanged(NodeState.unknown(node));
            }

            @Override
            public void switchConnected(final String node, final OfConnection connection) {
                reconciler.switchConnected(node, connection);
            }

            @Override
            public void switchDisconnected(final String node, final OfConnection connection) {
                reconciler.switchDisconnected(node, connection);
            }
        };
    }

    /**
     * The intent or its segments changed.
     *
     * @param intent the configuration
     * @param segments the segment of each network
     */
    public void intentChanged(final Intent intent, final SegmentPlan segments) {
        stateWriter.intentChanged(intent, segments);
        nodes.intentChanged(intent);
        reconciler.intentChanged(intent, segments);
    }

    /**
     * The OpenFlow endpoint.
     *
     * @return the endpoint
     */
    public OpenFlowEndpoint openflow() {
        return openflow;
    }

    @Override
    public ListenableFuture<RpcResult<ReconcileNodeOutput>> invoke(final ReconcileNodeInput input) {
        final var node = input.getNode();
        if (node == null) {
            return RpcResultBuilder.<ReconcileNodeOutput>failed()
                .withError(ErrorType.PROTOCOL, ErrorTag.MISSING_ELEMENT, "input node is missing").buildFuture();
        }
        final var result = SettableFuture.<RpcResult<ReconcileNodeOutput>>create();
        reconciler.reconcileNode(node).whenComplete((changes, failure) -> {
            if (failure == null) {
                LOG.info("reconcile-node {}: {} flows added, {} removed", node, changes.additions().size(),
                    changes.deletions().size());
                result.set(RpcResultBuilder.success(output(changes)).build());
            } else {
                final var cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
                final var tag = cause instanceof IllegalStateException ? ErrorTag.RESOURCE_DENIED
                    : ErrorTag.OPERATION_FAILED;
                result.set(RpcResultBuilder.<ReconcileNodeOutput>failed()
                    .withError(ErrorType.APPLICATION, tag, "reconcile-node " + node + ": " + cause.getMessage())
                    .build());
            }
        });
        return result;
    }

    private static ReconcileNodeOutput output(final FlowChanges changes) {
        final var flows = new LinkedHashMap<FlowKey, Flow>();
        changes.deletions().forEach(flow -> add(flows, Change.Removed, flow));
        changes.additions().forEach(flow -> add(flows, Change.Added, flow));
        return new ReconcileNodeOutputBuilder()
            .setFlowsAdded(Uint32.valueOf(changes.additions().size()))
            .setFlowsRemoved(Uint32.valueOf(changes.deletions().size()))
            .setFlow(flows.isEmpty() ? null : flows)
            .build();
    }

    private static void add(final LinkedHashMap<FlowKey, Flow> flows, final Change change,
            final io.tunnelmesh.tunnel.impl.planner.FlowSpec flow) {
        final var key = new FlowKey(Uint32.valueOf(flows.size()));
        flows.put(key, new FlowBuilder()
            .withKey(key)
            .setChange(change)
            .setTable(Uint8.valueOf(flow.table()))
            .setPriority(Uint16.valueOf(flow.priority()))
            .setCookie(Uint64.fromLongBits(flow.cookie()))
            .setMatch(MatchText.of(flow.match()))
            .build());
    }

    /**
     * Waits until the service has acted on everything it was told: nodes' OVSDB changes made, switches at their
     * plan, state written. For tests.
     *
     * @return the future
     */
    public CompletableFuture<Void> idle() {
        return nodes.idle().thenCompose(ok -> reconciler.idle()).thenCompose(ok -> stateWriter.flushed());
    }

    @Override
    public void close() {
        managerPort.ifPresent(OvsdbManagerPort::close);
        openflow.close();
        nodes.close();
        reconciler.close();
        stateWriter.close();
        ovsdbGroup.shutdownGracefully(0, STOP_SECONDS, TimeUnit.SECONDS);
        LOG.info("overlay stopped");
    }
}
