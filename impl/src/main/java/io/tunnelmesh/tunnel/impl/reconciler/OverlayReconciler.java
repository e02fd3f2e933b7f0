/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.reconciler;

import io.tunnelmesh.openflow.api.connection.OfConnection;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.planner.IncrementalOverlayPlanner;
import io.tunnelmesh.tunnel.impl.planner.NodePlan;
import io.tunnelmesh.tunnel.impl.planner.NodeState;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlan;
import io.tunnelmesh.tunnel.impl.planner.OverlayPlanner;
import io.tunnelmesh.tunnel.impl.segment.SegmentPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every connected switch at its plan. Inputs (intent and segments, each node's discovered state, switches
 * connecting and leaving) arrive from any thread; everything else happens on one thread: a burst of inputs
 * coalesces into one run of the {@link OverlayPlanner}, each node whose planned flows changed (or whose switch just
 * connected) is brought there by its {@link NodeReconciler}, one run at a time per node, and a node whose run failed
 * is retried while its switch stays connected. After each plan the listener gets it (the operational state writer
 * publishes its statuses).
 */
public final class OverlayReconciler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OverlayReconciler.class);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Duration RETRY_MAX = Duration.ofMinutes(1);
    /** How often each switch is read back and compared in full, to repair what others changed behind our back. */
    public static final Duration AUDIT = Duration.ofMinutes(5);
    private static final Duration AUDIT_TICK = Duration.ofSeconds(1);
    /**
     * A node's plan before any plan, or after a failed run: a unique instance, equal to no node's plan (every plan
     * holds each table's drop).
     */
    private static final NodePlan UNKNOWN = new NodePlan("", Set.of(), List.of());

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final var thread = new Thread(runnable, "tunnelmesh-reconciler");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<OverlayPlan> planListener;
    private final boolean bundles;
    private final IncrementalOverlayPlanner planner = new IncrementalOverlayPlanner();
    // confined to the executor
    private Intent intent = Intent.EMPTY;
    private SegmentPlan segments = new SegmentPlan(Map.of(), Map.of());
    private final Map<String, NodeState> states = new HashMap<>();
    private final Map<String, NodeLink> links = new HashMap<>();
    private final List<CompletableFuture<Void>> idleWaiters = new ArrayList<>();
    private OverlayPlan plan = new OverlayPlan(Map.of(), Map.of(), Map.of());
    private boolean replanQueued;
    /** The switches in audit order: each tick audits the first few and puts them last. */
    private final LinkedHashSet<String> auditQueue = new LinkedHashSet<>();
    private final long auditTicks;
    private double auditCredit;

    /**
     * A reconciler.
     *
     * @param planListener called on the reconciler's thread with every new plan
     * @param bundles whether to send changes in ONF bundles (switches that refuse them get plain flow-mods)
     */
    public OverlayReconciler(final Consumer<OverlayPlan> planListener, final boolean bundles) {
        this(planListener, bundles, AUDIT);
    }

    /**
     * A reconciler that audits each switch at a given period: reads back its flows and repairs what differs from the
     * plan (a flow someone deleted or changed), spread over the period so that a thousand switches are not read at
     * once.
     *
     * @param planListener called on the reconciler's thread with every new plan
     * @param bundles whether to send changes in ONF bundles (switches that refuse them get plain flow-mods)
     * @param audit how often each switch is compared in full
     */
    public OverlayReconciler(final Consumer<OverlayPlan> planListener, final boolean bundles, final Duration audit) {
        this.planListener = planListener;
        this.bundles = bundles;
        auditTicks = Math.max(1, audit.toMillis() / AUDIT_TICK.toMillis());
        executor.scheduleWithFixedDelay(this::auditSome, AUDIT_TICK.toMillis(), AUDIT_TICK.toMillis(),
            TimeUnit.MILLISECONDS);
    }

    private void auditSome() {
        auditQueue.removeIf(node -> !links.containsKey(node));
        // a set in audit order: adding a node already queued keeps its place (one lookup, not a scan per node)
        auditQueue.addAll(links.keySet());
        // every switch once per period, evenly: each tick earns switches / ticks-per-period audits
        auditCredit = Math.min(auditCredit + (double) auditQueue.size() / auditTicks, auditQueue.size());
        while (auditCredit >= 1 && !auditQueue.isEmpty()) {
            auditCredit--;
            final var node = auditQueue.removeFirst();
            auditQueue.addLast(node);
            final var link = links.get(node);
            link.audit = true;
            link.kick();
        }
    }

    /**
     * The configuration changed.
     *
     * @param newIntent the intent
     * @param newSegments the segment of each network
     */
    public void intentChanged(final Intent newIntent, final SegmentPlan newSegments) {
        executor.execute(() -> {
            intent = newIntent;
            segments = newSegments;
            queueReplan();
        });
    }

    /**
     * What a node has changed (its OVSDB session came up, an ofport was assigned, a tunnel port appeared).
     *
     * @param state the node's state
     */
    public void nodeChanged(final NodeState state) {
        executor.execute(() -> {
            states.put(state.node(), state);
            queueReplan();
        });
    }

    /**
     * A node's OpenFlow connection finished its handshake: the switch is compared with the plan in full.
     *
     * @param node the node's name
     * @param connection the connection
     */
    public void switchConnected(final String node, final OfConnection connection) {
        executor.execute(() -> {
            links.put(node, new NodeLink(node, connection));
            queueReplan();
        });
    }

    /**
     * A node's OpenFlow connection closed.
     *
     * @param node the node's name
     * @param connection the connection that closed; a newer one of the same node is kept
     */
    public void switchDisconnected(final String node, final OfConnection connection) {
        executor.execute(() -> {
            final var link = links.get(node);
            if (link != null && link.connection == connection) {
                links.remove(node);
                checkIdle();
            }
        });
    }

    /**
     * Compares a node's switch with its plan in full and sends the difference (the {@code reconcile-node} RPC).
     *
     * @param node the node's name
     * @return what was changed; fails if the node's switch is not connected
     */
    public CompletableFuture<FlowChanges> reconcileNode(final String node) {
        final var result = new CompletableFuture<FlowChanges>();
        executor.execute(() -> {
            final var link = links.get(node);
            if (link == null) {
                result.completeExceptionally(new IllegalStateException("node " + node + " has no OpenFlow "
                    + "connection"));
            } else {
                link.forced.add(result);
                link.kick();
            }
        });
        return result;
    }

    /**
     * Completes once every input given so far has been planned and every connected switch holds its plan (or failed
     * to and waits for a retry).
     *
     * @return the future
     */
    public CompletableFuture<Void> idle() {
        final var result = new CompletableFuture<Void>();
        executor.execute(() -> {
            idleWaiters.add(result);
            checkIdle();
        });
        return result;
    }

    /**
     * The last plan.
     *
     * @return the plan (empty before the first)
     */
    public CompletableFuture<OverlayPlan> plan() {
        return CompletableFuture.supplyAsync(() -> plan, executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void queueReplan() {
        if (!replanQueued) {
            replanQueued = true;
            executor.execute(this::replan);
        }
    }

    private void replan() {
        replanQueued = false;
        final long started = System.nanoTime();
        final var next = planner.plan(intent, segments, states);
        plan = next;
        if (LOG.isDebugEnabled()) {
            LOG.debug("replanned in {} us: {}", (System.nanoTime() - started) / 1000, planner.lastCounters());
        }
        links.forEach((node, link) -> {
            final var nodePlan = next.nodes().get(node);
            if (nodePlan != null) {
                link.want(nodePlan);
            } else if (!intent.nodes().containsKey(node)) {
                // no longer configured: its switch is no longer ours to keep (nor to audit)
                link.wanted = UNKNOWN;
            }
        });
        checkIdle();
        // last: a listener that throws loses only its own update (the executor keeps running)
        planListener.accept(next);
    }

    private void checkIdle() {
        if (replanQueued || links.values().stream().anyMatch(NodeLink::busy)) {
            return;
        }
        idleWaiters.forEach(waiter -> waiter.complete(null));
        idleWaiters.clear();
    }

    /** One connected switch, confined to the executor. */
    private final class NodeLink {
        final String node;
        final OfConnection connection;
        final NodeReconciler reconciler;
        final List<CompletableFuture<FlowChanges>> forced = new ArrayList<>();
        NodePlan wanted = UNKNOWN;
        NodePlan applied = UNKNOWN;
        boolean running;
        boolean again;
        /** Runs failed in a row, for the retry's backoff. */
        int failures;
        /** Compare in full on the next run, even if the plan did not change. */
        boolean audit;

        NodeLink(final String node, final OfConnection connection) {
            this.node = node;
            this.connection = connection;
            reconciler = new NodeReconciler(connection, bundles);
        }

        boolean busy() {
            return running || wanted != UNKNOWN && wanted != applied && !wanted.equals(applied);
        }

        void want(final NodePlan nodePlan) {
            wanted = nodePlan;
            kick();
        }

        void kick() {
            if (running) {
                again = true;
                return;
            }
            final var target = wanted;
            if (target == UNKNOWN || (target == applied || target.equals(applied)) && forced.isEmpty() && !audit) {
                return;
            }
            running = true;
            final var audited = audit;
            audit = false;
            final var waiters = List.copyOf(forced);
            forced.clear();
            // what the plan itself changed since the last run, so that an audit blames only the rest on others
            final var planned = audited && applied != UNKNOWN ? FlowDiff.since(applied, target) : FlowChanges.NONE;
            // a switch known to hold what was last sent gets the difference; a new one, a failed one and a forced
            // reconcile-node are read back and compared in full
            final boolean full = applied == UNKNOWN || !waiters.isEmpty() || audited;
            final var run = full ? reconciler.reconcile(target) : reconciler.update(applied, target);
            final long started = System.nanoTime();
            run.whenCompleteAsync((changes, failure) -> {
                running = false;
                if (failure == null) {
                    if (LOG.isDebugEnabled()) {
                        LOG.debug("node {}: {} {} flows added, {} removed, {} groups added, {} modified, {} removed "
                            + "in {} ms", node, full ? "reconciled" : "updated", changes.additions().size(),
                            changes.deletions().size(), changes.groups().additions().size(),
                            changes.groups().modifications().size(), changes.groups().deletions().size(),
                            (System.nanoTime() - started) / 1_000_000);
                    }
                    applied = target;
                    failures = 0;
                    if (audited && !changes.isEmpty()) {
                        final var foreign = FlowDiff.beyond(changes, planned);
                        if (!foreign.isEmpty()) {
                            LOG.warn("node {}: audit found its flows or groups changed behind TunnelMesh's back; {} "
                                + "flows put back, {} removed; {} groups put back, {} rewritten, {} removed", node,
                                foreign.additions().size(), foreign.deletions().size(),
                                foreign.groups().additions().size(), foreign.groups().modifications().size(),
                                foreign.groups().deletions().size());
                        }
                    }
                    waiters.forEach(waiter -> waiter.complete(changes));
                } else {
                    applied = UNKNOWN;
                    waiters.forEach(waiter -> waiter.completeExceptionally(failure));
                    if (links.get(node) == this && connection.isConnected()) {
                        // 1 s, doubling to at most a minute while the switch keeps failing the same way
                        final long delay = Math.min(RETRY.toMillis() << Math.min(failures, 6), RETRY_MAX.toMillis());
                        failures++;
                        final var cause = failure instanceof CompletionException ? failure.getCause() : failure;
                        if (cause instanceof FlowModsRefusedException refused) {
                            LOG.warn("node {}: {}; reading it back and retrying in {} ms", node, refused.getMessage(),
                                delay);
                        } else {
                            LOG.warn("node {}: reconciling failed, retrying in {} ms", node, delay, failure);
                        }
                        executor.schedule(this::kick, delay, TimeUnit.MILLISECONDS);
                    }
                }
                if (again) {
                    again = false;
                    kick();
                }
                checkIdle();
            }, executor);
        }
    }
}
