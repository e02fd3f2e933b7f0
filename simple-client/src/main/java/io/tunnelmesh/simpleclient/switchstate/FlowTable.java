/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One flow table: its entries from the highest priority down (entries of equal priority in the order they were
 * added, which is the one a lookup prefers; Open vSwitch leaves that order unspecified) and its lookup counters.
 *
 * <p>Lookups use tuple space search, as Open vSwitch's classifier does: entries are grouped by the bits their match
 * pins (their "shape"), each group hashed by the pinned values, so a lookup costs one hash probe per shape rather than
 * a scan of every entry. A pipeline has a handful of shapes per table however many flows it holds.
 */
final class FlowTable {
    /** No journal: changes are not recorded (never written to). */
    private static final Deque<Runnable> OFF = new ArrayDeque<>(0);

    private final int id;
    /** Every entry, by rank: priority descending, then order of addition. */
    private final TreeMap<Long, FlowEntry> ranked;
    private final Map<FlowEntry, Long> ranks;
    private final Map<StrictKey, FlowEntry> byMatch;
    private final Map<Map<PacketSlot, BigInteger>, Map<List<BigInteger>, TreeMap<Long, FlowEntry>>> shapes;
    /** Entries by the top 16 bits of their cookie (how a controller marks its own), for {@link #count}. */
    private final Map<Integer, Integer> byCookieMark;
    /** Entries with an idle or hard timeout: a table without any has nothing to expire. */
    private int expiring;
    /** Where changes record how to undo them while a bundle is applied; {@link #OFF} outside one. */
    private Deque<Runnable> journal = OFF;
    private long added;
    private long lookupCount;
    private long matchedCount;

    FlowTable(final int id) {
        this.id = id;
        ranked = new TreeMap<>();
        ranks = new IdentityHashMap<>();
        byMatch = new HashMap<>();
        shapes = new HashMap<>();
        byCookieMark = new HashMap<>();
    }

    private FlowTable(final FlowTable original) {
        id = original.id;
        ranked = new TreeMap<>(original.ranked);
        ranks = new IdentityHashMap<>(original.ranks);
        byMatch = new HashMap<>(original.byMatch);
        shapes = new HashMap<>();
        original.shapes.forEach((shape, buckets) -> {
            final var copy = new HashMap<List<BigInteger>, TreeMap<Long, FlowEntry>>();
            buckets.forEach((values, entries) -> copy.put(values, new TreeMap<>(entries)));
            shapes.put(shape, copy);
        });
        byCookieMark = new HashMap<>(original.byCookieMark);
        expiring = original.expiring;
        added = original.added;
        lookupCount = original.lookupCount;
        matchedCount = original.matchedCount;
    }

    /**
     * A copy whose entries can change without changing this one (the entries themselves are shared: flow-mods
     * replace entries rather than change them).
     */
    FlowTable copy() {
        return new FlowTable(this);
    }

    int id() {
        return id;
    }

    /**
     * The entries in lookup order.
     */
    List<FlowEntry> entries() {
        return List.copyOf(ranked.values());
    }

    int size() {
        return ranked.size();
    }

    /**
     * How many entries carry a cookie under a mark in its top 16 bits, without looking at them.
     *
     * @param mark the top 16 bits
     */
    int count(final int mark) {
        return byCookieMark.getOrDefault(mark, 0);
    }

    /**
     * Whether any entry has a timeout (only those can expire).
     */
    boolean hasExpiring() {
        return expiring > 0;
    }

    /**
     * Records from now on how to undo every change, until {@link #keep} or {@link #undo}.
     *
     * @param changes where the undo steps go, the latest first
     */
    void journal(final Deque<Runnable> changes) {
        journal = changes;
    }

    /**
     * Stops recording: the changes stay.
     */
    void keep() {
        journal = OFF;
    }

    long lookupCount() {
        return lookupCount;
    }

    long matchedCount() {
        return matchedCount;
    }

    /**
     * The entry a packet hits: the matching one of the highest priority, the first added among equals.
     *
     * @param packet the packet
     * @param count whether to count the lookup in the table's counters
     * @return the entry, or {@code null} for a table miss
     */
    @Nullable FlowEntry lookup(final Packet packet, final boolean count) {
        if (count) {
            lookupCount++;
        }
        long bestRank = Long.MAX_VALUE;
        FlowEntry best = null;
        for (var shape : shapes.entrySet()) {
            final var values = new ArrayList<BigInteger>(shape.getKey().size());
            shape.getKey().forEach((slot, mask) -> values.add(packet.slot(slot).and(mask)));
            final TreeMap<Long, FlowEntry> candidates = shape.getValue().get(values);
            if (candidates != null && candidates.firstKey() < bestRank) {
                bestRank = candidates.firstKey();
                best = candidates.firstEntry().getValue();
            }
        }
        if (count && best != null) {
            matchedCount++;
        }
        return best;
    }

    /**
     * The entry with this exact match and priority.
     */
    @Nullable FlowEntry find(final FlowMatch match, final int priority) {
        return byMatch.get(new StrictKey(match, priority));
    }

    /**
     * Whether an entry of this priority overlaps the match.
     */
    boolean overlaps(final FlowMatch match, final int priority) {
        for (FlowEntry entry : ranked.subMap(rank(priority, 0), rank(priority - 1, 0)).values()) {
            if (entry.match().overlaps(match)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds an entry after every entry of its priority or higher.
     */
    void add(final FlowEntry entry) {
        index(entry, rank(entry.priority(), added++));
        record(() -> remove(entry));
    }

    /**
     * Puts an entry in the place of another with the same match and priority.
     */
    void replace(final FlowEntry old, final FlowEntry entry) {
        final Long rank = ranks.get(old);
        if (rank == null) {
            throw new IllegalStateException("not in table " + id + ": " + old);
        }
        final var changes = journal;
        journal = OFF;
        remove(old);
        index(entry, rank);
        journal = changes;
        record(() -> {
            remove(entry);
            index(old, rank);
        });
    }

    void remove(final FlowEntry entry) {
        final Long rank = ranks.remove(entry);
        if (rank == null) {
            return;
        }
        record(() -> index(entry, rank));
        ranked.remove(rank);
        byMatch.remove(new StrictKey(entry.match(), entry.priority()));
        byCookieMark.merge(mark(entry), -1, (count, minus) -> count == 1 ? null : count + minus);
        if (entry.expires()) {
            expiring--;
        }
        final Map<PacketSlot, BigInteger> shape = entry.match().masks();
        final Map<List<BigInteger>, TreeMap<Long, FlowEntry>> buckets = shapes.get(shape);
        final List<BigInteger> values = entry.match().values();
        final TreeMap<Long, FlowEntry> bucket = buckets.get(values);
        bucket.remove(rank);
        if (bucket.isEmpty()) {
            buckets.remove(values);
            if (buckets.isEmpty()) {
                shapes.remove(shape);
            }
        }
    }

    private void index(final FlowEntry entry, final long rank) {
        ranked.put(rank, entry);
        ranks.put(entry, rank);
        byMatch.put(new StrictKey(entry.match(), entry.priority()), entry);
        byCookieMark.merge(mark(entry), 1, Integer::sum);
        if (entry.expires()) {
            expiring++;
        }
        shapes.computeIfAbsent(entry.match().masks(), shape -> new HashMap<>())
            .computeIfAbsent(entry.match().values(), values -> new TreeMap<>()).put(rank, entry);
    }

    private void record(final Runnable undo) {
        if (journal != OFF) {
            journal.push(undo);
        }
    }

    private static int mark(final FlowEntry entry) {
        return (int) (entry.cookie() >>> 48);
    }

    /**
     * Orders entries by priority, highest first, then by order of addition.
     */
    private static long rank(final int priority, final long sequence) {
        return (long) (0xffff - priority) << 40 | sequence;
    }

    private record StrictKey(FlowMatch match, int priority) {
    }
}
