/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import java.time.Duration;

/**
 * The counters of a fleet at one moment. Message counts are totals since the fleet started; two snapshots give
 * rates ({@link #messagesInPerSecond}, {@link #messagesOutPerSecond}).
 *
 * @param nanoTime when the snapshot was taken ({@link System#nanoTime()})
 * @param switches the switches of the fleet
 * @param connected switches with a connection up
 * @param handshaken switches whose controller has their features
 * @param flows flows held by all switches
 * @param messagesIn OpenFlow messages received (frames)
 * @param messagesOut OpenFlow messages sent
 * @param decodeFailures frames that could not be decoded (each answered with an error)
 * @param connectAttempts dials started (active mode)
 * @param connectFailures dials that failed
 * @param disconnects connections that ended
 */
public record FleetCounters(long nanoTime, int switches, int connected, int handshaken, long flows, long messagesIn,
        long messagesOut, long decodeFailures, long connectAttempts, long connectFailures, long disconnects) {
    /**
     * Messages received per second between an earlier snapshot and this one.
     *
     * @param earlier the earlier snapshot
     * @return the rate, 0 if no time passed
     */
    public double messagesInPerSecond(final FleetCounters earlier) {
        return rate(messagesIn - earlier.messagesIn, earlier);
    }

    /**
     * Messages sent per second between an earlier snapshot and this one.
     *
     * @param earlier the earlier snapshot
     * @return the rate, 0 if no time passed
     */
    public double messagesOutPerSecond(final FleetCounters earlier) {
        return rate(messagesOut - earlier.messagesOut, earlier);
    }

    /**
     * The time between an earlier snapshot and this one.
     *
     * @param earlier the earlier snapshot
     * @return the time
     */
    public Duration since(final FleetCounters earlier) {
        return Duration.ofNanos(nanoTime - earlier.nanoTime);
    }

    private double rate(final long count, final FleetCounters earlier) {
        final long nanos = nanoTime - earlier.nanoTime;
        return nanos <= 0 ? 0 : count * 1e9 / nanos;
    }
}
