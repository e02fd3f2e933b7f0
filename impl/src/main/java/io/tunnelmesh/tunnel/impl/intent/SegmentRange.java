/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.tunnel.api.Encapsulation;

/**
 * Segment IDs {@code min..max} (inclusive, unsigned) that may be allocated to networks of one encapsulation.
 *
 * @param encapsulation the encapsulation
 * @param min the first ID, unsigned
 * @param max the last ID, unsigned
 */
public record SegmentRange(Encapsulation encapsulation, long min, long max) {
    public SegmentRange {
        requireNonNull(encapsulation);
    }

    /**
     * Whether an ID lies in this range.
     *
     * @param segmentId an unsigned ID
     * @return true when {@code min <= segmentId <= max}
     */
    public boolean contains(final long segmentId) {
        return Long.compareUnsigned(min, segmentId) <= 0 && Long.compareUnsigned(segmentId, max) <= 0;
    }

    /**
     * Whether two ranges share at least one ID.
     *
     * @param other another range
     * @return true when they overlap
     */
    public boolean overlaps(final SegmentRange other) {
        return Long.compareUnsigned(min, other.max) <= 0 && Long.compareUnsigned(other.min, max) <= 0;
    }

    @Override
    public String toString() {
        return encapsulation.yangName() + ' ' + Long.toUnsignedString(min) + ".." + Long.toUnsignedString(max);
    }
}
