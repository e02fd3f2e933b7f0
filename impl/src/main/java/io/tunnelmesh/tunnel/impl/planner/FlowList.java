/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * A node's flows as the immutable blocks they were planned in (each table's drop, a network's local ports, the
 * flows that reach one peer, a network's flood), none copied: the blocks that reach a peer are one instance shared
 * by every node that reaches it, and two plans of a node share every block that did not change, which lets
 * {@code FlowDiff.since} compare blocks by identity and look into the changed ones only. Where a node reaches every
 * other member of a network, its peers' blocks are one part, a {@link SharedBlocks.View} of the network's one array
 * without the node's own block: N nodes' lists then hold a few parts each, not N block references, and a join
 * changes one part per node. Equal to any list with the same flows in the same order.
 */
public final class FlowList extends AbstractList<FlowSpec> implements RandomAccess {
    private final List<FlowSpec>[] blocks;
    private final int[] ends;

    /**
     * A list of the blocks' flows, in order.
     *
     * @param blocks immutable lists of flows, or views of shared blocks; empty ones are left out
     */
    @SuppressWarnings("unchecked")
    FlowList(final List<List<FlowSpec>> blocks) {
        // one pass, no stream: every node's list changes when one joins
        final var kept = new List[blocks.size()];
        final var sums = new int[blocks.size()];
        int count = 0;
        int end = 0;
        for (var block : blocks) {
            if (!block.isEmpty()) {
                end += block.size();
                kept[count] = block;
                sums[count++] = end;
            }
        }
        this.blocks = count == kept.length ? kept : Arrays.copyOf(kept, count);
        ends = count == sums.length ? sums : Arrays.copyOf(sums, count);
    }

    /**
     * The parts as held, none empty: blocks of flows, and views of a network's shared peer blocks, one each.
     *
     * @return the parts in order
     */
    public List<List<FlowSpec>> parts() {
        return Arrays.asList(blocks);
    }

    /**
     * The blocks, none empty, views opened into their blocks: O(blocks), for comparisons the parts cannot decide.
     *
     * @return the blocks in order
     */
    public List<List<FlowSpec>> blocks() {
        final var all = new ArrayList<List<FlowSpec>>(blocks.length);
        for (var part : blocks) {
            if (part instanceof SharedBlocks.View view) {
                view.forEachBlock(all::add);
            } else {
                all.add(part);
            }
        }
        return all;
    }

    @Override
    public FlowSpec get(final int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        final int found = Arrays.binarySearch(ends, index + 1);
        final int block = found >= 0 ? found : -found - 1;
        return blocks[block].get(index - (block == 0 ? 0 : ends[block - 1]));
    }

    @Override
    public int size() {
        return ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    @Override
    public Iterator<FlowSpec> iterator() {
        return iteratorFrom(0);
    }

    /** An iterator from the flow at {@code index} on, without a search per flow. */
    private Iterator<FlowSpec> iteratorFrom(final int index) {
        final int found = Arrays.binarySearch(ends, index + 1);
        final int first = found >= 0 ? found : -found - 1;
        return new BlockIterator(blocks, first, first >= blocks.length ? List.<FlowSpec>of().iterator()
            : blocks[first].subList(index - (first == 0 ? 0 : ends[first - 1]), blocks[first].size()).iterator(), -1);
    }

    /**
     * Equal to any list with the same flows in the same order, as {@link List#equals} says; against another
     * {@code FlowList} the blocks both share by identity are skipped, so comparing two plans of a node costs the
     * flows of the blocks that changed, not every flow.
     */
    @Override
    public boolean equals(final Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof List<?> list) || list.size() != size()) {
            return false;
        }
        int from = 0;
        if (other instanceof FlowList flows) {
            while (from < blocks.length && from < flows.blocks.length && blocks[from] == flows.blocks[from]
                    && ends[from] == flows.ends[from]) {
                from++;
            }
            if (from == blocks.length) {
                return true;
            }
        }
        final int start = from == 0 ? 0 : ends[from - 1];
        final Iterator<?> theirs = other instanceof FlowList flows ? flows.iteratorFrom(start)
            : list.listIterator(start);
        for (int block = from; block < blocks.length; block++) {
            for (var flow : blocks[block]) {
                if (!flow.equals(theirs.next())) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (var block : blocks) {
            for (var flow : block) {
                hash = 31 * hash + flow.hashCode();
            }
        }
        return hash;
    }

    @Override
    public void forEach(final Consumer<? super FlowSpec> action) {
        for (var block : blocks) {
            block.forEach(action);
        }
    }
}
