/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The flows of an array of blocks in order, from a position in one block on, stepping over one block (a node's own in
 * its network's shared peer blocks), without a copy or a search per flow: {@link FlowList}'s and
 * {@link SharedBlocks.View}'s iterator.
 */
final class BlockIterator implements Iterator<FlowSpec> {
    private final List<FlowSpec>[] blocks;
    private final int skipped;
    private int block;
    private Iterator<FlowSpec> current;

    /**
     * An iterator.
     *
     * @param blocks the blocks
     * @param block the block {@code current} iterates, -1 before the first
     * @param current the rest of that block's flows
     * @param skipped the block left out, -1 for none
     */
    BlockIterator(final List<FlowSpec>[] blocks, final int block, final Iterator<FlowSpec> current,
            final int skipped) {
        this.blocks = blocks;
        this.block = block;
        this.current = current;
        this.skipped = skipped;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && block + 1 < blocks.length) {
            block++;
            if (block != skipped) {
                current = blocks[block].iterator();
            }
        }
        return current.hasNext();
    }

    @Override
    public FlowSpec next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
