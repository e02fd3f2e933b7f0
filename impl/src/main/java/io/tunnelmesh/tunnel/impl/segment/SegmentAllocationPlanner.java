/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.segment;

import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.Intent;
import io.tunnelmesh.tunnel.impl.intent.NetworkIntent;
import io.tunnelmesh.tunnel.impl.intent.SegmentRange;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

/**
 * Decides which segment ID each network uses. Pure: the same intent and allocations give the same plan.
 *
 * <p>A network that names a segmentation-id uses it. A network that does not keeps the ID it was allocated before,
 * for as long as it keeps its encapsulation: a network's segment must not change under running traffic, so ranges
 * only govern new allocations, and shrinking or deleting a range leaves existing allocations alone. Only an explicit
 * ID of another network can take an allocated ID away (the intent validator refuses that, so it happens only when two
 * commits race); the allocation then moves. Networks still without an ID get, in name order, the lowest free ID of the
 * lowest range. A network for which no ID is free is in status {@code error}, with the reason.
 *
 * <p>A network with a segment is {@code active} as far as segments go; whether its nodes are programmed is the
 * overlay planner's part of its status.
 */
public final class SegmentAllocationPlanner {
    private SegmentAllocationPlanner() {
        // static methods only
    }

    /**
     * Plans the segments of every network.
     *
     * @param intent the configured intent
     * @param previous the allocations currently held, by network name
     * @return the plan
     */
    public static SegmentPlan plan(final Intent intent, final Map<String, SegmentAllocation> previous) {
        final var networks = new TreeMap<>(intent.networks());
        final var used = new EnumMap<Encapsulation, NavigableSet<Long>>(Encapsulation.class);
        final var segments = new HashMap<String, NetworkSegment>();
        final var explicitOwner = new EnumMap<Encapsulation, Map<Long, String>>(Encapsulation.class);

        // 1. explicit IDs; a clash (possible only if validation was bypassed) puts the later network in error
        for (var network : networks.values()) {
            final var id = network.segmentationId();
            if (id == null) {
                continue;
            }
            final var owner = explicitOwner.computeIfAbsent(network.encapsulation(), unused -> new HashMap<>())
                .putIfAbsent(id, network.name());
            if (owner != null) {
                segments.put(network.name(), new NetworkSegment(network.name(), null, Status.Error,
                    "segmentation-id " + Long.toUnsignedString(id) + " is also used by network " + owner));
            } else {
                usedOf(used, network.encapsulation()).add(id);
                segments.put(network.name(), withSegment(network, id));
            }
        }

        // 2. previous allocations, kept while the network exists with the same encapsulation
        final var allocations = new HashMap<String, SegmentAllocation>();
        final var ranges = rangesByEncapsulation(intent.segmentRanges());
        for (var network : networks.values()) {
            final var allocation = previous.get(network.name());
            if (network.segmentationId() == null && allocation != null
                    && allocation.encapsulation() == network.encapsulation()
                    && network.encapsulation().isValidSegmentId(allocation.segmentId())
                    && usedOf(used, network.encapsulation()).add(allocation.segmentId())) {
                allocations.put(network.name(), allocation);
                segments.put(network.name(), withSegment(network, allocation.segmentId()));
            }
        }

        // 3. new allocations, lowest free ID first
        for (var network : networks.values()) {
            if (network.segmentationId() != null || allocations.containsKey(network.name())) {
                continue;
            }
            final var encapsulation = network.encapsulation();
            final var encapsulationRanges = ranges.getOrDefault(encapsulation, List.of());
            final var free = lowestFree(encapsulationRanges, usedOf(used, encapsulation));
            if (free.isPresent()) {
                final long id = free.orElseThrow();
                usedOf(used, encapsulation).add(id);
                allocations.put(network.name(), new SegmentAllocation(network.name(), encapsulation, id));
                segments.put(network.name(), withSegment(network, id));
            } else {
                segments.put(network.name(), new NetworkSegment(network.name(), null, Status.Error,
                    encapsulationRanges.isEmpty()
                        ? "no segmentation-id configured and no " + encapsulation.yangName()
                            + " segment-range to allocate one from"
                        : "no free segmentation-id left in the " + encapsulation.yangName() + " segment ranges "
                            + encapsulationRanges.stream().map(SegmentRange::toString)
                                .collect(Collectors.joining(", "))));
            }
        }
        return new SegmentPlan(allocations, segments);
    }

    private static NetworkSegment withSegment(final NetworkIntent network, final long segmentId) {
        return new NetworkSegment(network.name(), segmentId, Status.Active, null);
    }

    private static NavigableSet<Long> usedOf(final Map<Encapsulation, NavigableSet<Long>> used,
            final Encapsulation encapsulation) {
        return used.computeIfAbsent(encapsulation, unused -> new TreeSet<>(Long::compareUnsigned));
    }

    private static Map<Encapsulation, List<SegmentRange>> rangesByEncapsulation(final List<SegmentRange> ranges) {
        final var result = new EnumMap<Encapsulation, List<SegmentRange>>(Encapsulation.class);
        ranges.stream()
            .filter(range -> range.encapsulation().isValidSegmentId(range.min())
                && range.encapsulation().isValidSegmentId(range.max())
                && Long.compareUnsigned(range.min(), range.max()) <= 0)
            .sorted((left, right) -> Long.compareUnsigned(left.min(), right.min()))
            .forEach(range -> result.computeIfAbsent(range.encapsulation(), unused -> new ArrayList<>())
                .add(range));
        return result;
    }

    /**
     * The lowest ID of the given ranges (sorted by min) not in {@code used}. Walks the used IDs of each range once, so
     * the cost is bounded by the number of used IDs, not by the width of the ranges.
     */
    private static OptionalLong lowestFree(final List<SegmentRange> ranges, final NavigableSet<Long> used) {
        for (var range : ranges) {
            long candidate = range.min();
            for (long taken : used.tailSet(range.min(), true)) {
                if (taken != candidate) {
                    break;
                }
                if (candidate == range.max()) {
                    break;
                }
                candidate++;
            }
            if (range.contains(candidate) && !used.contains(candidate)) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }
}
