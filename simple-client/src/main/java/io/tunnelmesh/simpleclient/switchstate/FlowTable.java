/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One flow table: its entries from the highest priority down (entries of equal priority in the order they were
 * added, which is the one a lookup prefers; Open vSwitch leaves that order unspecified) and its lookup counters.
 * Lookups scan the entries: an emulated switch holds hundreds of flows, not millions.
 */
final class FlowTable {
    private final int id;
    private final List<FlowEntry> entries;
    private long lookupCount;
    private long matchedCount;

    FlowTable(final int id) {
        this(id, new ArrayList<>(), 0, 0);
    }

    private FlowTable(final int id, final List<FlowEntry> entries, final long lookupCount, final long matchedCount) {
        this.id = id;
        this.entries = entries;
        this.lookupCount = lookupCount;
        this.matchedCount = matchedCount;
    }

    /**
     * A copy whose entry list can change without changing this one (the entries themselves are shared: flow-mods
     * replace entries rather than change them).
     */
    FlowTable copy() {
        return new FlowTable(id, new ArrayList<>(entries), lookupCount, matchedCount);
    }

    int id() {
        return id;
    }

    List<FlowEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    int size() {
        return entries.size();
    }

    long lookupCount() {
        return lookupCount;
    }

    long matchedCount() {
        return matchedCount;
    }

    /**
     * The entry a packet hits: the first matching one of the highest priority.
     *
     * @param packet the packet
     * @param count whether to count the lookup in the table's counters
     * @return the entry, or {@code null} for a table miss
     */
    @Nullable FlowEntry lookup(final Packet packet, final boolean count) {
        if (count) {
            lookupCount++;
        }
        for (FlowEntry entry : entries) {
            if (entry.match().matches(packet)) {
                if (count) {
                    matchedCount++;
                }
                return entry;
            }
        }
        return null;
    }

    /**
     * The entry with this exact match and priority.
     */
    @Nullable FlowEntry find(final FlowMatch match, final int priority) {
        for (FlowEntry entry : entries) {
            if (entry.priority() == priority && entry.match().equals(match)) {
                return entry;
            }
            if (entry.priority() < priority) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether an entry of this priority overlaps the match.
     */
    boolean overlaps(final FlowMatch match, final int priority) {
        for (FlowEntry entry : entries) {
            if (entry.priority() == priority && entry.match().overlaps(match)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds an entry after every entry of its priority or higher.
     */
    void add(final FlowEntry entry) {
        int index = 0;
        while (index < entries.size() && entries.get(index).priority() >= entry.priority()) {
            index++;
        }
        entries.add(index, entry);
    }

    /**
     * Puts an entry in the place of another.
     */
    void replace(final FlowEntry old, final FlowEntry entry) {
        final int index = entries.indexOf(old);
        if (index < 0) {
            throw new IllegalStateException("not in table " + id + ": " + old);
        }
        entries.set(index, entry);
    }

    void remove(final FlowEntry entry) {
        entries.remove(entry);
    }
}
