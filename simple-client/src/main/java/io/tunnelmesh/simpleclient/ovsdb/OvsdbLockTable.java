/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.ovsdb;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The server's locks (RFC 7047 section 4.1.8): per lock name a queue of sessions, the first of which owns it.
 * {@code lock} joins the queue; {@code steal} moves the thief to the front, tells the robbed owner {@code stolen} and
 * leaves it queued, so that it hears {@code locked} again when the thief lets go; {@code unlock} leaves the queue and,
 * if the owner left, tells the next session {@code locked}.
 */
final class OvsdbLockTable {
    private final Map<String, Deque<Waiter>> queues = new HashMap<>();

    /** A session as the lock table sees it: told when it gains or loses a lock. */
    interface Waiter {
        void locked(String lock);

        void stolen(String lock);
    }

    synchronized boolean lock(final String lock, final Waiter waiter) {
        final var queue = queues.computeIfAbsent(lock, unused -> new ArrayDeque<>());
        queue.addLast(waiter);
        return queue.peekFirst() == waiter;
    }

    synchronized void steal(final String lock, final Waiter thief) {
        final var queue = queues.computeIfAbsent(lock, unused -> new ArrayDeque<>());
        final var owner = queue.peekFirst();
        queue.remove(thief);
        queue.addFirst(thief);
        if (owner != null && owner != thief) {
            owner.stolen(lock);
        }
    }

    synchronized boolean unlock(final String lock, final Waiter waiter) {
        final var queue = queues.get(lock);
        if (queue == null || !queue.contains(waiter)) {
            return false;
        }
        final boolean owned = queue.peekFirst() == waiter;
        queue.remove(waiter);
        if (queue.isEmpty()) {
            queues.remove(lock);
        } else if (owned) {
            queue.peekFirst().locked(lock);
        }
        return true;
    }

    synchronized boolean holds(final String lock, final Waiter waiter) {
        final var queue = queues.get(lock);
        return queue != null && queue.peekFirst() == waiter;
    }

    synchronized boolean waits(final String lock, final Waiter waiter) {
        final var queue = queues.get(lock);
        return queue != null && queue.contains(waiter);
    }
}
