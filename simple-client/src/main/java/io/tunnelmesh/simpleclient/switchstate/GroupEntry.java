/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import io.tunnelmesh.openflow.api.message.multipart.OfBucketCounter;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupDesc;
import io.tunnelmesh.openflow.api.message.multipart.OfGroupStats;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One group (OpenFlow 1.3.5 section 5.6): its type, buckets and counters. A modify installs a new entry keeping the
 * group's counters; the bucket counters start again with the new buckets.
 */
final class GroupEntry {
    private final int groupId;
    private final OfGroupType type;
    private final List<OfBucket> buckets;
    private final Instant installed;
    private final long[] bucketPackets;
    private final long[] bucketBytes;
    private long packetCount;
    private long byteCount;

    GroupEntry(final int groupId, final OfGroupType type, final List<OfBucket> buckets, final Instant installed) {
        this.groupId = groupId;
        this.type = type;
        this.buckets = List.copyOf(buckets);
        this.installed = installed;
        bucketPackets = new long[buckets.size()];
        bucketBytes = new long[buckets.size()];
    }

    GroupEntry modified(final OfGroupType newType, final List<OfBucket> newBuckets) {
        final var entry = new GroupEntry(groupId, newType, newBuckets, installed);
        entry.packetCount = packetCount;
        entry.byteCount = byteCount;
        return entry;
    }

    int groupId() {
        return groupId;
    }

    OfGroupType type() {
        return type;
    }

    List<OfBucket> buckets() {
        return buckets;
    }

    void countGroup(final Packet packet) {
        packetCount++;
        byteCount += packet.length();
    }

    void countBucket(final int index, final Packet packet) {
        bucketPackets[index]++;
        bucketBytes[index] += packet.length();
    }

    OfGroupDesc desc() {
        return new OfGroupDesc(type, groupId, buckets);
    }

    OfGroupStats stats(final int refCount, final Instant now) {
        final Duration alive = Duration.between(installed, now);
        final var counters = new OfBucketCounter[buckets.size()];
        for (int index = 0; index < counters.length; index++) {
            counters[index] = new OfBucketCounter(bucketPackets[index], bucketBytes[index]);
        }
        return new OfGroupStats(groupId, refCount, packetCount, byteCount, (int) Math.max(0, alive.getSeconds()),
            alive.isNegative() ? 0 : alive.getNano(), Arrays.asList(counters));
    }
}
