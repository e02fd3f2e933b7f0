/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
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
 * a scan of every entry. A pipeline has a handful of shapes per table however many flows it holds. The same index
 * finds an entry by its exact match and priority: the entries of one match (one per priority) share a bucket.
 *
 * <p>Per entry the table holds one node of its rank order (the rank itself is the entry's, set once, so that an entry
 * is found in the order without a map of its own) and one slot in its shape's hash map; a bucket is the entry
 * itself, or an array of the entries of that match by rank when several priorities share it. The counts by cookie
 * mark are the switch's, shared by its tables ({@link FlowCounts}).
 */
final class FlowTable {
    /** No journal: changes are not recorded (never written to). */
    private static final Deque<Runnable> OFF = new ArrayDeque<>(0);

    private final int id;
    /** Every entry, by rank: priority descending, then order of addition. */
    private final TreeMap<Long, FlowEntry> ranked;
    /**
     * By shape, by pinned values: the entry with that match, or the entries with it (several priorities) by rank in
     * an array that is replaced, never changed.
     */
    private final Map<FlowMatch.Shape, Map<FlowMatch.Values, Object>> shapes;
    /** The switch's entry counts (shared by its tables), {@link #count}. */
    private final FlowCounts counts;
    /** Entries with an idle or hard timeout: a table without any has nothing to expire. */
    private int expiring;
    /** Where changes record how to undo them while a bundle is applied; {@link #OFF} outside one. */
    private Deque<Runnable> journal = OFF;
    private long added;
    private long lookupCount;
    private long matchedCount;

    FlowTable(final int id) {
        this(id, new FlowCounts());
    }

    /**
     * An empty table.
     *
     * @param id its number
     * @param counts where it counts its entries, shared with the switch's other tables
     */
    FlowTable(final int id, final FlowCounts counts) {
        this.id = id;
        this.counts = counts;
        ranked = new TreeMap<>();
        // most of a switch's 255 tables stay empty: start small
        shapes = new HashMap<>(1);
    }

    private FlowTable(final FlowTable original) {
        id = original.id;
        ranked = new TreeMap<>(original.ranked);
        shapes = new HashMap<>();
        original.shapes.forEach((shape, buckets) -> shapes.put(shape, new HashMap<>(buckets)));
        counts = new FlowCounts();
        ranked.values().forEach(entry -> counts.add(entry.cookie(), 1));
        expiring = original.expiring;
        added = original.added;
        lookupCount = original.lookupCount;
        matchedCount = original.matchedCount;
    }

    /**
     * A copy whose entries can change without changing this one (the entries themselves are shared: flow-mods
     * replace entries rather than change them), counting its entries on its own.
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
     * How many entries of the switch (this table's and those sharing its counts) carry a cookie under a mark in its
     * top 16 bits, without looking at them.
     *
     * @param mark the top 16 bits
     */
    int count(final int mark) {
        return counts.count(mark);
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
            final Object bucket = shape.getValue().get(shape.getKey().probe(packet));
            if (bucket != null) {
                final FlowEntry first = bucket instanceof FlowEntry entry ? entry : ((FlowEntry[]) bucket)[0];
                final long rank = first.rank();
                if (rank < bestRank) {
                    bestRank = rank;
                    best = first;
                }
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
        final Map<FlowMatch.Values, Object> buckets = shapes.get(match.shape());
        if (buckets == null) {
            return null;
        }
        final Object bucket = buckets.get(match.values());
        if (bucket instanceof FlowEntry entry) {
            return entry.priority() == priority ? entry : null;
        }
        if (bucket != null) {
            for (FlowEntry entry : (FlowEntry[]) bucket) {
                if (entry.priority() == priority) {
                    return entry;
                }
            }
        }
        return null;
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
        if (!holds(old)) {
            throw new IllegalStateException("not in table " + id + ": " + old);
        }
        final long rank = old.rank();
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
        if (!holds(entry)) {
            return;
        }
        final long rank = entry.rank();
        record(() -> index(entry, rank));
        ranked.remove(rank);
        counts.add(entry.cookie(), -1);
        if (entry.expires()) {
            expiring--;
        }
        final FlowMatch.Shape shape = entry.match().shape();
        final Map<FlowMatch.Values, Object> buckets = shapes.get(shape);
        final FlowMatch.Values values = entry.match().values();
        final Object bucket = buckets.get(values);
        if (bucket instanceof FlowEntry[] several) {
            buckets.put(values, without(several, entry));
            return;
        }
        buckets.remove(values);
        if (buckets.isEmpty()) {
            shapes.remove(shape);
        }
    }

    /**
     * Whether the entry is this table's (entries of a {@link #copy} are shared, each ranked alike in both).
     */
    private boolean holds(final FlowEntry entry) {
        return entry.rank() != -1 && ranked.get(entry.rank()) == entry;
    }

    private void index(final FlowEntry entry, final long rank) {
        entry.rank(rank);
        ranked.put(rank, entry);
        counts.add(entry.cookie(), 1);
        if (entry.expires()) {
            expiring++;
        }
        final Map<FlowMatch.Values, Object> buckets = shapes.computeIfAbsent(entry.match().shape(),
            shape -> new HashMap<>());
        final Object bucket = buckets.putIfAbsent(entry.match().values(), entry);
        if (bucket != null) {
            buckets.put(entry.match().values(), with(bucket, entry));
        }
    }

    /**
     * A bucket's entries with one more, by rank.
     */
    private static FlowEntry[] with(final Object bucket, final FlowEntry entry) {
        final FlowEntry[] old = bucket instanceof FlowEntry single ? new FlowEntry[] {single} : (FlowEntry[]) bucket;
        final FlowEntry[] entries = Arrays.copyOf(old, old.length + 1);
        entries[old.length] = entry;
        Arrays.sort(entries, (one, other) -> Long.compare(one.rank(), other.rank()));
        return entries;
    }

    /**
     * A bucket's entries but one: the one left alone, or an array of the others.
     */
    private static Object without(final FlowEntry[] bucket, final FlowEntry entry) {
        if (bucket.length == 2) {
            return bucket[0] == entry ? bucket[1] : bucket[0];
        }
        final var entries = new FlowEntry[bucket.length - 1];
        int next = 0;
        for (FlowEntry held : bucket) {
            if (held != entry) {
                entries[next++] = held;
            }
        }
        return entries;
    }

    private void record(final Runnable undo) {
        if (journal != OFF) {
            journal.push(undo);
        }
    }

    /**
     * Orders entries by priority, highest first, then by order of addition.
     */
    private static long rank(final int priority, final long sequence) {
        return (long) (0xffff - priority) << 40 | sequence;
    }
}
