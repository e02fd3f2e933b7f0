/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.connection;

import io.tunnelmesh.openflow.api.connection.OfCounterSnapshot;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The traffic counters of one provider, or of one connection that also adds to its provider's. {@link LongAdder}s:
 * increments from many event loops never contend, a {@link #snapshot()} sums them. No static instance: each provider
 * owns its counters, so two providers (or two tests) never mix their numbers.
 */
public final class OfTrafficCounters {
    private final @Nullable OfTrafficCounters parent;
    private final LongAdder received = new LongAdder();
    private final LongAdder decoded = new LongAdder();
    private final LongAdder decodeFailures = new LongAdder();
    private final LongAdder passedUp = new LongAdder();
    private final LongAdder encoded = new LongAdder();
    private final LongAdder encodeFailures = new LongAdder();
    private final LongAdder flowModsIn = new LongAdder();
    private final LongAdder flowModsSent = new LongAdder();

    /**
     * Top-level counters, such as a provider's.
     */
    public OfTrafficCounters() {
        this(null);
    }

    private OfTrafficCounters(final @Nullable OfTrafficCounters parent) {
        this.parent = parent;
    }

    /**
     * Counters of one connection that also count in these.
     *
     * @return new child counters
     */
    public OfTrafficCounters newChild() {
        return new OfTrafficCounters(this);
    }

    /** A frame was received. */
    public void received() {
        received.increment();
        if (parent != null) {
            parent.received();
        }
    }

    /** A frame was decoded into a message. */
    public void decoded() {
        decoded.increment();
        if (parent != null) {
            parent.decoded();
        }
    }

    /** A frame could not be decoded. */
    public void decodeFailure() {
        decodeFailures.increment();
        if (parent != null) {
            parent.decodeFailure();
        }
    }

    /** A message was handed to a listener or completed a request. */
    public void passedUp() {
        passedUp.increment();
        if (parent != null) {
            parent.passedUp();
        }
    }

    /** A message was encoded. */
    public void encoded() {
        encoded(1);
    }

    /**
     * Messages were encoded.
     *
     * @param count how many
     */
    public void encoded(final long count) {
        encoded.add(count);
        if (parent != null) {
            parent.encoded(count);
        }
    }

    /** A message could not be encoded. */
    public void encodeFailure() {
        encodeFailures.increment();
        if (parent != null) {
            parent.encodeFailure();
        }
    }

    /** A caller asked to send a {@code FLOW_MOD}. */
    public void flowModIn() {
        flowModIn(1);
    }

    /**
     * Callers asked to send {@code FLOW_MOD}s.
     *
     * @param count how many
     */
    public void flowModIn(final long count) {
        flowModsIn.add(count);
        if (parent != null) {
            parent.flowModIn(count);
        }
    }

    /** A {@code FLOW_MOD} was written to the socket. */
    public void flowModSent() {
        flowModSent(1);
    }

    /**
     * {@code FLOW_MOD}s were written to the socket.
     *
     * @param count how many
     */
    public void flowModSent(final long count) {
        flowModsSent.add(count);
        if (parent != null) {
            parent.flowModSent(count);
        }
    }

    /**
     * The counters now.
     *
     * @return a snapshot
     */
    public OfCounterSnapshot snapshot() {
        return new OfCounterSnapshot(received.sum(), decoded.sum(), decodeFailures.sum(), passedUp.sum(),
            encoded.sum(), encodeFailures.sum(), flowModsIn.sum(), flowModsSent.sum());
    }
}
