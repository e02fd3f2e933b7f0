/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The blocks of flows that reach each member of a network through one tunnel ofport, aligned with the network's
 * member array: one instance per network, tunnel ofport and plan, which every carrier's {@link FlowList} holds as a
 * {@link View} without the carrier's own block, so that a node's flows cost O(1) to assemble however many peers it
 * has.
 *
 * <p>An array made from the previous plan's array also knows, computed once, which of its blocks are the previous
 * array's (same instances) and which are new: a node joining inserts one block, one leaving removes one, a peer whose
 * MACs or address changed replaces one. {@link View#changesSince} turns that into one node's changed blocks in
 * O(changed blocks), which is what lets {@code FlowDiff.since} of N nodes cost O(N) for a join, not O(N^2).
 */
public final class SharedBlocks {
    private static final AtomicLong IDS = new AtomicLong();
    private static final int[] NONE = new int[0];

    private final long id;
    private final List<FlowSpec>[] blocks;
    private final int[] ends;
    /** The previous array's id, or -1 when not made from one. */
    private final long previousId;
    /** For each block of the previous array, the index of the same instance here, or -1. */
    private final int[] fromPrevious;
    /** For each block here, the index of the same instance in the previous array, or -1. */
    private final int[] toPrevious;
    /** The previous array's indexes without a partner here, ascending. */
    private final int[] removed;
    /** The indexes here without a partner in the previous array, ascending. */
    private final int[] added;

    /**
     * The blocks, the previous plan's array if it holds the same instances.
     *
     * @param blocks the blocks, never changed afterwards
     * @param previous the previous plan's array of the same network and tunnel ofport, or null
     * @return the array
     */
    static SharedBlocks of(final List<FlowSpec>[] blocks, final @Nullable SharedBlocks previous) {
        return previous != null && sameInstances(previous.blocks, blocks) ? previous
            : new SharedBlocks(blocks, previous);
    }

    private static boolean sameInstances(final List<FlowSpec>[] one, final List<FlowSpec>[] other) {
        if (one.length != other.length) {
            return false;
        }
        for (int i = 0; i < one.length; i++) {
            if (one[i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The blocks, related to the previous plan's array of the same network and tunnel ofport.
     *
     * @param blocks the blocks, never changed afterwards
     * @param previous the previous plan's array, or null
     */
    SharedBlocks(final List<FlowSpec>[] blocks, final @Nullable SharedBlocks previous) {
        id = IDS.incrementAndGet();
        this.blocks = blocks;
        ends = new int[blocks.length];
        int end = 0;
        for (int i = 0; i < blocks.length; i++) {
            end += blocks[i].size();
            ends[i] = end;
        }
        if (previous == null) {
            previousId = -1;
            fromPrevious = NONE;
            toPrevious = NONE;
            removed = NONE;
            added = NONE;
            return;
        }
        previousId = previous.id;
        final var before = previous.blocks;
        fromPrevious = new int[before.length];
        toPrevious = new int[blocks.length];
        Arrays.fill(fromPrevious, -1);
        Arrays.fill(toPrevious, -1);
        // the common head and tail by a walk, the middle (a join's or a leave's few blocks) by identity
        int head = 0;
        while (head < before.length && head < blocks.length && before[head] == blocks[head]) {
            pair(head, head);
            head++;
        }
        int oldTail = before.length;
        int newTail = blocks.length;
        while (oldTail > head && newTail > head && before[oldTail - 1] == blocks[newTail - 1]) {
            pair(--oldTail, --newTail);
        }
        if (head < oldTail && head < newTail) {
            final var index = new IdentityHashMap<List<FlowSpec>, Integer>(2 * (oldTail - head));
            for (int i = head; i < oldTail; i++) {
                // an empty block holds no flow: never paired, so that a shared empty list pairs nothing twice
                if (!before[i].isEmpty()) {
                    index.put(before[i], i);
                }
            }
            for (int i = head; i < newTail; i++) {
                final var found = blocks[i].isEmpty() ? null : index.remove(blocks[i]);
                if (found != null) {
                    pair(found, i);
                }
            }
        }
        removed = unpaired(fromPrevious, head, oldTail);
        added = unpaired(toPrevious, head, newTail);
    }

    private void pair(final int old, final int now) {
        fromPrevious[old] = now;
        toPrevious[now] = old;
    }

    private static int[] unpaired(final int[] partners, final int from, final int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (partners[i] < 0) {
                count++;
            }
        }
        final var found = new int[count];
        count = 0;
        for (int i = from; i < to; i++) {
            if (partners[i] < 0) {
                found[count++] = i;
            }
        }
        return found;
    }

    /**
     * The blocks without one.
     *
     * @param skipped the index of the block left out
     * @param last the view of the last plan, or null
     * @return {@code last} if it is the same view, a new one otherwise
     */
    View without(final int skipped, final @Nullable View last) {
        return last != null && last.shared == this && last.skipped == skipped ? last : new View(this, skipped);
    }

    /** The flows of the blocks before {@code index}. */
    private int start(final int index) {
        return index == 0 ? 0 : ends[index - 1];
    }

    /**
     * The flows of a network's shared blocks but one (a carrier's own), in order: an immutable list of flows that
     * {@link FlowList} holds as one block.
     */
    public static final class View extends AbstractList<FlowSpec> implements RandomAccess {
        private final SharedBlocks shared;
        private final int skipped;
        private final int size;

        View(final SharedBlocks shared, final int skipped) {
            if (skipped < 0 || skipped >= shared.blocks.length) {
                throw new IndexOutOfBoundsException(skipped);
            }
            this.shared = shared;
            this.skipped = skipped;
            size = shared.start(shared.blocks.length) - shared.blocks[skipped].size();
        }

        /**
         * The blocks this view has and {@code old} has not, and those {@code old} has and this one has not, by
         * identity, each in its list's order, when this view's array was made from {@code old}'s: in O(changed
         * blocks), not O(blocks).
         *
         * @param old a view of the previous plan
         * @param removed receives {@code old}'s blocks that this view lacks, non-empty ones only
         * @param added receives this view's blocks that {@code old} lacks, non-empty ones only
         * @return false, and nothing received, when the arrays are not related so (then compare the blocks)
         */
        public boolean changesSince(final View old, final Consumer<List<FlowSpec>> removed,
                final Consumer<List<FlowSpec>> added) {
            if (old.shared == shared) {
                if (old.skipped != skipped) {
                    emit(old.shared.blocks, skipped, removed);
                    emit(shared.blocks, old.skipped, added);
                }
                return true;
            }
            if (shared.previousId != old.shared.id) {
                return false;
            }
            // old's blocks: all but old.skipped; ours: all but skipped. Unpaired blocks change, except a skipped
            // one; a paired block changes when exactly one of the two views skips it.
            final int partnerOfSkipped = shared.toPrevious[skipped];
            final int partnerOfOld = shared.fromPrevious[old.skipped];
            merge(shared.removed, partnerOfSkipped != old.skipped ? partnerOfSkipped : -1, old.skipped,
                index -> emit(old.shared.blocks, index, removed));
            merge(shared.added, partnerOfOld != skipped ? partnerOfOld : -1, skipped,
                index -> emit(shared.blocks, index, added));
            return true;
        }

        private static void emit(final List<FlowSpec>[] blocks, final int index, final Consumer<List<FlowSpec>> to) {
            if (!blocks[index].isEmpty()) {
                to.accept(blocks[index]);
            }
        }

        /** The ascending {@code indexes} with {@code extra} (if not -1) in its place, without {@code left}. */
        private static void merge(final int[] indexes, final int extra, final int left, final IntConsumer action) {
            boolean pending = extra >= 0;
            for (var index : indexes) {
                if (pending && extra < index) {
                    action.accept(extra);
                    pending = false;
                }
                if (index != left) {
                    action.accept(index);
                }
            }
            if (pending) {
                action.accept(extra);
            }
        }

        /**
         * The non-empty blocks, in order: O(blocks), for the comparisons that cannot use {@link #changesSince}.
         *
         * @param to receives each block
         */
        public void forEachBlock(final Consumer<List<FlowSpec>> to) {
            final var blocks = shared.blocks;
            for (int i = 0; i < blocks.length; i++) {
                if (i != skipped && !blocks[i].isEmpty()) {
                    to.accept(blocks[i]);
                }
            }
        }

        @Override
        public FlowSpec get(final int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            final int position = index < shared.start(skipped) ? index : index + shared.blocks[skipped].size();
            final int found = Arrays.binarySearch(shared.ends, position + 1);
            // equal ends (empty blocks) make the search land on any of them: the first block holding it is wanted
            int block = found >= 0 ? found : -found - 1;
            while (block > 0 && shared.ends[block - 1] > position) {
                block--;
            }
            while (shared.ends[block] <= position) {
                block++;
            }
            return shared.blocks[block].get(position - shared.start(block));
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<FlowSpec> iterator() {
            return new BlockIterator(shared.blocks, -1, List.<FlowSpec>of().iterator(), skipped);
        }

        @Override
        public void forEach(final Consumer<? super FlowSpec> action) {
            final var blocks = shared.blocks;
            for (int i = 0; i < blocks.length; i++) {
                if (i != skipped) {
                    blocks[i].forEach(action);
                }
            }
        }
    }
}
