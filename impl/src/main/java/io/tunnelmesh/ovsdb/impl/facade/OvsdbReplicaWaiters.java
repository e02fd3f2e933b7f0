/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.facade;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Futures waiting for a replica to meet a condition: each condition is tested when registered and again after every
 * update the replica applies ({@link #check()}, on the event loop), until it holds or its timeout passes.
 */
final class OvsdbReplicaWaiters {
    private final Set<Waiter> waiting = ConcurrentHashMap.newKeySet();

    /**
     * Waits for a condition.
     *
     * @param what the condition in words, for the timeout's message
     * @param condition cheap and non-blocking
     * @param timeout how long to wait
     * @return completes when the condition holds, or fails with a {@link TimeoutException}
     */
    CompletableFuture<Void> await(final String what, final BooleanSupplier condition, final Duration timeout) {
        if (condition.getAsBoolean()) {
            return CompletableFuture.completedFuture(null);
        }
        final var waiter = new Waiter(condition, new CompletableFuture<>());
        waiting.add(waiter);
        // an update may have been applied between the first test and the registration
        test(waiter);
        // orTimeout cancels its timer when the future completes first: thousands of calls in flight leave no tasks
        return waiter.done().orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS).handle((ok, failure) -> {
            waiting.remove(waiter);
            if (failure == null) {
                return CompletableFuture.<Void>completedFuture(null);
            }
            return CompletableFuture.<Void>failedFuture(failure instanceof TimeoutException
                ? new TimeoutException("not within " + timeout.toMillis() + " ms: " + what) : failure);
        }).thenCompose(next -> next);
    }

    /** Tests every waiting condition; called after each update of the replica. */
    void check() {
        waiting.forEach(this::test);
    }

    private void test(final Waiter waiter) {
        try {
            if (waiter.condition().getAsBoolean() && waiting.remove(waiter)) {
                waiter.done().complete(null);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a condition that cannot be evaluated on the rows now (a planner refusing them) ends its wait only
            waiting.remove(waiter);
            waiter.done().completeExceptionally(e);
        }
    }

    private record Waiter(BooleanSupplier condition, CompletableFuture<Void> done) {
        @Override
        public boolean equals(final Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
