/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.message.OfBucket;
import java.util.List;
import java.util.Map;

/**
 * Which bucket of a fast-failover or select group runs (OpenFlow 1.3.5 section 5.6.1). A bucket is live when the
 * port it watches is up and the group it watches has a live bucket (Open vSwitch follows watched groups at most
 * {@value #MAX_LIVENESS_DEPTH} deep); a bucket watching nothing is live.
 */
final class BucketChoice {
    /** Open vSwitch's {@code MAX_LIVENESS_RECURSION}. */
    private static final int MAX_LIVENESS_DEPTH = 32;

    private final Map<Integer, SwitchPort> ports;
    private final GroupTable groups;

    BucketChoice(final Map<Integer, SwitchPort> ports, final GroupTable groups) {
        this.ports = ports;
        this.groups = groups;
    }

    /**
     * A fast-failover group's choice: its first live bucket.
     *
     * @return the bucket's index, or -1 if none is live
     */
    int firstLive(final GroupEntry group) {
        return firstLive(group, 0);
    }

    private int firstLive(final GroupEntry group, final int depth) {
        final List<OfBucket> buckets = group.buckets();
        for (int index = 0; index < buckets.size(); index++) {
            if (isLive(buckets.get(index), depth)) {
                return index;
            }
        }
        return -1;
    }

    private boolean isLive(final OfBucket bucket, final int depth) {
        if (bucket.watchPort() != OfBucket.WATCH_NONE) {
            final SwitchPort port = ports.get(bucket.watchPort());
            if (port == null || !port.isLive()) {
                return false;
            }
        }
        if (bucket.watchGroup() != OfBucket.WATCH_NONE) {
            final GroupEntry watched = groups.get(bucket.watchGroup());
            return watched != null && depth < MAX_LIVENESS_DEPTH && firstLive(watched, depth + 1) >= 0;
        }
        return true;
    }

    /**
     * A select group's choice: live buckets of non-zero weight share the packets by weight, each packet's headers
     * picking the same bucket every time (Open vSwitch hashes other fields, so its choice can differ).
     *
     * @return the bucket's index, or -1 if no live bucket has a weight
     */
    int select(final GroupEntry group, final Packet packet) {
        final List<OfBucket> buckets = group.buckets();
        final var eligible = new boolean[buckets.size()];
        int total = 0;
        for (int index = 0; index < buckets.size(); index++) {
            eligible[index] = buckets.get(index).weight() > 0 && isLive(buckets.get(index), 0);
            total += eligible[index] ? buckets.get(index).weight() : 0;
        }
        if (total == 0) {
            return -1;
        }
        int point = Math.floorMod(packet.hashCode(), total);
        for (int index = 0; index < buckets.size(); index++) {
            if (eligible[index]) {
                point -= buckets.get(index).weight();
                if (point < 0) {
                    return index;
                }
            }
        }
        throw new IllegalStateException("weights add up to " + total);
    }
}
