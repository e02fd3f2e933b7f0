/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.state;

import com.google.common.util.concurrent.FutureCallback;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.node.NodeStatus;
import io.tunnelmesh.tunnel.impl.planner.NodeState;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlan;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlan.PortRef;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.CommitInfo;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Tunnelmesh;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.Network;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.NetworkKey;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.Node;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.NodeKey;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.network.Port;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.tunnelmesh.network.PortKey;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the operational datastore showing the overlay's {@link OperationalState}. Inputs arrive from any thread; one
 * thread computes the state to show, and writes what differs from what it last wrote in one transaction, one
 * transaction at a time: a burst of inputs becomes one write. Writes start at least {@value #INTERVAL_MILLIS} ms apart,
 * so that while a large overlay converges (a thousand nodes reporting their ofports one after the other) the state is
 * rebuilt and compared a few times a second, not once per input: its cost stays bounded whatever the rate of inputs.
 * A failed write is retried after a second, from what was
 * last written successfully. The state of a node, network or port that is no longer configured is deleted.
 */
public final class OverlayStateWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OverlayStateWriter.class);
    private static final long RETRY_MILLIS = 1_000;
    /** The least time from the start of one write to the start of the next. */
    static final long INTERVAL_MILLIS = 100;
    private static final DataObjectIdentifier<Tunnelmesh> ROOT = DataObjectIdentifier.builder(Tunnelmesh.class)
        .build();

    private final DataBroker dataBroker;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final var thread = new Thread(runnable, "tunnelmesh-state");
        thread.setDaemon(true);
        return thread;
    });
    // confined to the executor
    private Intent intent = Intent.EMPTY;
    private SegmentPlan segments = new SegmentPlan(Map.of(), Map.of());
    private OverlayPlan plan = new OverlayPlan(Map.of(), Map.of(), Map.of());
    private final Map<String, NodeState> states = new HashMap<>();
    private final Map<String, NodeStatus> statuses = new HashMap<>();
    private OperationalState written = OperationalState.EMPTY;
    private boolean queued;
    private boolean writing;
    /** When the last write started, in {@link System#nanoTime()}. */
    private long lastWrite = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS);

    /**
     * A writer; it writes nothing until told something.
     *
     * @param dataBroker where the state goes
     */
    public OverlayStateWriter(final DataBroker dataBroker) {
        this.dataBroker = dataBroker;
    }

    /**
     * The configuration or the segments changed.
     *
     * @param newIntent the configuration
     * @param newSegments the segment of each network
     */
    public void intentChanged(final Intent newIntent, final SegmentPlan newSegments) {
        update(() -> {
            intent = newIntent;
            segments = newSegments;
        });
    }

    /**
     * A new plan.
     *
     * @param newPlan the plan
     */
    public void planned(final OverlayPlan newPlan) {
        update(() -> plan = newPlan);
    }

    /**
     * What the planner knows of a node changed (its ports' ofports are shown from it).
     *
     * @param state the node's state
     */
    public void nodeState(final NodeState state) {
        update(() -> states.put(state.node(), state));
    }

    /**
     * What is observed of a node changed.
     *
     * @param status the node's status
     */
    public void nodeStatus(final NodeStatus status) {
        update(() -> statuses.put(status.node(), status));
    }

    /**
     * A node is no longer configured.
     *
     * @param node its name
     */
    public void nodeRemoved(final String node) {
        update(() -> {
            states.remove(node);
            statuses.remove(node);
        });
    }

    /**
     * Completes once everything given so far is written (or failed to be and waits for a retry).
     *
     * @return the future
     */
    public CompletableFuture<Void> flushed() {
        final var result = new CompletableFuture<Void>();
        executor.execute(() -> awaitQuiet(result));
        return result;
    }

    private void awaitQuiet(final CompletableFuture<Void> result) {
        if (queued || writing) {
            executor.schedule(() -> awaitQuiet(result), 5, TimeUnit.MILLISECONDS);
        } else {
            result.complete(null);
        }
    }

    private void update(final Runnable change) {
        executor.execute(() -> {
            change.run();
            if (!queued) {
                queued = true;
                scheduleWrite();
            }
        });
    }

    private void scheduleWrite() {
        final long wait = lastWrite + TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS) - System.nanoTime();
        if (wait <= 0) {
            executor.execute(this::write);
        } else {
            executor.schedule(this::write, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void write() {
        if (writing || !queued) {
            // the running write queues the next one when it ends; a write already done covered this one
            return;
        }
        queued = false;
        lastWrite = System.nanoTime();
        final var target = OperationalState.of(intent, segments, plan, states, statuses);
        final var tx = dataBroker.newWriteOnlyTransaction();
        final int changes = diff(tx, written, target);
        if (changes == 0) {
            tx.cancel();
            return;
        }
        writing = true;
        tx.commit().addCallback(new FutureCallback<CommitInfo>() {
            @Override
            public void onSuccess(final CommitInfo result) {
                writing = false;
                written = target;
                LOG.debug("operational state: {} changes written", changes);
                if (queued) {
                    scheduleWrite();
                }
            }

            @Override
            public void onFailure(final Throwable cause) {
                writing = false;
                LOG.warn("operational state: writing {} changes failed, retrying in {} ms", changes, RETRY_MILLIS,
                    cause);
                queued = true;
                executor.schedule(OverlayStateWriter.this::write, RETRY_MILLIS, TimeUnit.MILLISECONDS);
            }
        }, executor);
    }

    /** Puts what changed from one state to the other into a transaction; returns how many changes. */
    private static int diff(final WriteTransaction tx, final OperationalState from, final OperationalState to) {
        int changes = 0;
        for (var node : from.nodes().keySet()) {
            if (!to.nodes().containsKey(node)) {
                tx.delete(LogicalDatastoreType.OPERATIONAL, nodePath(node));
                changes++;
            }
        }
        for (var entry : to.nodes().entrySet()) {
            if (!Objects.equals(entry.getValue(), from.nodes().get(entry.getKey()))) {
                tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, nodePath(entry.getKey()),
                    entry.getValue());
                changes++;
            }
        }
        for (var network : from.networks().keySet()) {
            if (!to.networks().containsKey(network)) {
                tx.delete(LogicalDatastoreType.OPERATIONAL, networkPath(network));
                changes++;
            }
        }
        for (var entry : to.networks().entrySet()) {
            if (!Objects.equals(entry.getValue(), from.networks().get(entry.getKey()))) {
                tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, networkPath(entry.getKey())
                    .toBuilder().child(org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202
                        .tunnelmesh.network.State.class).build(), entry.getValue());
                changes++;
            }
        }
        for (var port : from.ports().keySet()) {
            if (!to.ports().containsKey(port) && to.networks().containsKey(port.network())) {
                tx.delete(LogicalDatastoreType.OPERATIONAL, portPath(port));
                changes++;
            }
        }
        for (var entry : to.ports().entrySet()) {
            if (!Objects.equals(entry.getValue(), from.ports().get(entry.getKey()))) {
                tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, portPath(entry.getKey()),
                    entry.getValue());
                changes++;
            }
        }
        return changes;
    }

    private static DataObjectIdentifier.WithKey<Node, NodeKey> nodePath(final String node) {
        return ROOT.toBuilder().child(Node.class, new NodeKey(node)).build();
    }

    private static DataObjectIdentifier.WithKey<Network, NetworkKey> networkPath(final String network) {
        return ROOT.toBuilder().child(Network.class, new NetworkKey(network)).build();
    }

    private static DataObjectIdentifier.WithKey<Port, PortKey> portPath(final PortRef port) {
        return networkPath(port.network()).toBuilder().child(Port.class, new PortKey(port.port())).build();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
