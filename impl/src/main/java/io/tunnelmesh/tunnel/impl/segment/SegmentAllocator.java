/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.segment;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.tunnel.impl.intent.Encapsulations;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.IntentReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataTreeChangeListener;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.allocation.rev261202.SegmentAllocations;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.allocation.rev261202.segment.allocations.Allocation;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.allocation.rev261202.segment.allocations.AllocationBuilder;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.allocation.rev261202.segment.allocations.AllocationKey;
import org.opendaylight.yangtools.binding.DataObjectIdentifier;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps segment allocations in line with the configured intent.
 *
 * <p>Listens to {@code /tunnelmesh:tunnelmesh} in the configuration datastore, plans with
 * {@link SegmentAllocationPlanner} and writes the difference: allocations to
 * {@code /tunnelmesh-allocation:segment-allocations} (configuration, so they survive restarts), then tells its
 * listener the intent with each network's segment. One thread does the work; bursts of changes coalesce into one
 * plan of the latest intent. A failed write is retried with the latest intent after a short delay.
 *
 * <p>The allocations in the datastore are the truth: when somebody else changes them (an operator moving a network's
 * segment, a restore), the allocator reloads them and plans again, so that invalid entries are removed and the
 * network states follow.
 */
public final class SegmentAllocator implements DOMDataTreeChangeListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentAllocator.class);
    private static final DataObjectIdentifier<SegmentAllocations> ALLOCATIONS =
        DataObjectIdentifier.builder(SegmentAllocations.class).build();
    private static final long RETRY_MILLIS = 1_000;
    private static final long COMMIT_TIMEOUT_SECONDS = 30;

    private final DataBroker dataBroker;
    private final BiConsumer<Intent, SegmentPlan> listener;
    private final ScheduledExecutorService executor;
    private final AtomicReference<@Nullable Intent> pending = new AtomicReference<>();
    // Until the configuration listener has spoken, planning would see no networks and drop every allocation
    private volatile boolean intentReceived;

    // Confined to the executor thread
    // The allocations last stored; written on the executor thread only, read by the commit cohort on others
    private volatile Map<String, SegmentAllocation> allocations = Map.of();
    private boolean allocationsLoaded;
    private Intent lastIntent = Intent.EMPTY;

    /**
     * Creates an allocator; it does nothing until registered as a listener.
     *
     * @param dataBroker where allocations are stored
     * @param listener told of each intent with its segments, once the allocations are stored, on the allocator's
     *                 thread
     */
    public SegmentAllocator(final DataBroker dataBroker, final BiConsumer<Intent, SegmentPlan> listener) {
        this.dataBroker = requireNonNull(dataBroker);
        this.listener = requireNonNull(listener);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            final var thread = new Thread(runnable, "tunnelmesh-segment-allocator");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void onInitialData() {
        submit(Intent.EMPTY);
    }

    @Override
    public void onDataTreeChanged(final List<DataTreeCandidate> changes) {
        submit(IntentReader.read(changes.getLast().getRootNode().dataAfter()));
    }

    private void submit(final Intent intent) {
        intentReceived = true;
        if (pending.getAndSet(intent) == null) {
            executor.execute(this::drain);
        }
    }

    // A scheduled executor keeps a task's exception in its future, where nobody would see it: log it instead
    @SuppressWarnings("checkstyle:IllegalCatch")
    private void drain() {
        final var intent = pending.getAndSet(null);
        if (intent != null) {
            try {
                apply(intent);
            } catch (RuntimeException e) {
                LOG.error("Segment allocation failed for {}", intent, e);
            }
        }
    }

    private void apply(final Intent intent) {
        lastIntent = intent;
        try {
            if (!allocationsLoaded) {
                allocations = readAllocations();
                allocationsLoaded = true;
            }
            final var previous = allocations;
            final var plan = SegmentAllocationPlanner.plan(intent, previous);
            write(previous, plan);
            listener.accept(intent, plan);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Could not store segment allocations, retrying in {} ms", RETRY_MILLIS, e);
            executor.schedule(this::retry, RETRY_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The allocations last stored, for validating explicit segment IDs.
     *
     * @return the allocations by network name
     */
    public Map<String, SegmentAllocation> currentAllocations() {
        return allocations;
    }

    /**
     * A listener for the stored allocations: when they change under us, reload them and plan again.
     *
     * @return the listener to register on {@code /tunnelmesh-allocation:segment-allocations}
     */
    public DOMDataTreeChangeListener allocationsListener() {
        return new DOMDataTreeChangeListener() {
            @Override
            public void onInitialData() {
                // loaded with the first plan
            }

            @Override
            public void onDataTreeChanged(final List<DataTreeCandidate> changes) {
                executor.execute(SegmentAllocator.this::reload);
            }
        };
    }

    private void reload() {
        if (intentReceived) {
            allocationsLoaded = false;
            retry();
        }
    }

    private void retry() {
        if (pending.compareAndSet(null, lastIntent)) {
            drain();
        }
    }

    private Map<String, SegmentAllocation> readAllocations()
            throws InterruptedException, ExecutionException, TimeoutException {
        final var result = new HashMap<String, SegmentAllocation>();
        try (var tx = dataBroker.newReadOnlyTransaction()) {
            final var stored = tx.read(LogicalDatastoreType.CONFIGURATION, ALLOCATIONS)
                .get(COMMIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            stored.ifPresent(container -> container.nonnullAllocation().values().forEach(allocation ->
                result.put(allocation.getNetwork(), new SegmentAllocation(allocation.getNetwork(),
                    Encapsulations.fromIdentity(allocation.getEncapsulation()),
                    allocation.getSegmentationId().longValue()))));
        }
        LOG.debug("Loaded {} segment allocations", result.size());
        return result;
    }

    /**
     * Stores the plan's allocations (configuration), before anyone is told of the plan, so that no state ever shows an
     * ID that is not yet stored.
     */
    private void write(final Map<String, SegmentAllocation> previous, final SegmentPlan plan)
            throws InterruptedException, ExecutionException, TimeoutException {
        final var config = dataBroker.newWriteOnlyTransaction();
        int configChanges = 0;
        for (var network : previous.keySet()) {
            if (!plan.allocations().containsKey(network)) {
                config.delete(LogicalDatastoreType.CONFIGURATION, allocationPath(network));
                configChanges++;
            }
        }
        for (var allocation : plan.allocations().values()) {
            if (!allocation.equals(previous.get(allocation.network()))) {
                config.put(LogicalDatastoreType.CONFIGURATION, allocationPath(allocation.network()),
                    new AllocationBuilder()
                        .setNetwork(allocation.network())
                        .setEncapsulation(Encapsulations.toIdentity(allocation.encapsulation()))
                        .setSegmentationId(Uint64.fromLongBits(allocation.segmentId()))
                        .build());
                configChanges++;
            }
        }
        commit(config, configChanges);
        // allocations are stored: a failure below must not store them again
        allocations = plan.allocations();
        LOG.debug("Stored {} allocation changes", configChanges);
    }

    private static void commit(final WriteTransaction tx, final int changes)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (changes == 0) {
            tx.cancel();
        } else {
            tx.commit().get(COMMIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static DataObjectIdentifier<Allocation> allocationPath(final String network) {
        return ALLOCATIONS.toBuilder().child(Allocation.class, new AllocationKey(network)).build();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
