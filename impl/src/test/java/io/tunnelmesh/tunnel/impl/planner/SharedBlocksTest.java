/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SharedBlocksTest {
    private static int nextPort = 1;

    /** A block of {@code size} flows no other block has; an empty one is the shared {@code List.of()}. */
    private static List<FlowSpec> block(final int size) {
        final int from = nextPort;
        nextPort += size;
        return IntStream.range(from, from + size).mapToObj(port -> new FlowSpec(0, 100, 1,
            OfMatch.of(OxmInPort.of(port)), List.of())).toList();
    }

    @SuppressWarnings("unchecked")
    private static SharedBlocks shared(final List<List<FlowSpec>> blocks, final SharedBlocks previous) {
        return new SharedBlocks(blocks.toArray(List[]::new), previous);
    }

    /** A view is the flows of every block but one, in order, whatever empty blocks lie around. */
    @Test
    void aViewIsTheFlowsOfEveryBlockButOne() {
        final var blocks = List.of(block(2), List.<FlowSpec>of(), block(3), List.<FlowSpec>of(), block(1),
            List.<FlowSpec>of());
        final var shared = shared(blocks, null);
        for (int skipped = 0; skipped < blocks.size(); skipped++) {
            final var expected = new ArrayList<FlowSpec>();
            for (int i = 0; i < blocks.size(); i++) {
                if (i != skipped) {
                    expected.addAll(blocks.get(i));
                }
            }
            final var view = shared.without(skipped, null);
            assertEquals(expected, view);
            assertEquals(expected, new ArrayList<>(view));
            final var byGet = new ArrayList<FlowSpec>();
            for (int i = 0; i < view.size(); i++) {
                byGet.add(view.get(i));
            }
            assertEquals(expected, byGet);
            final var byForEach = new ArrayList<FlowSpec>();
            view.forEach(byForEach::add);
            assertEquals(expected, byForEach);
            assertEquals(expected, new FlowList(List.of(block(1), view)).subList(1, 1 + expected.size()));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> shared.without(6, null));
        assertThrows(IndexOutOfBoundsException.class, () -> shared.without(0, null).get(4));
        final var view = shared.without(2, null);
        assertSame(view, shared.without(2, view));
        assertFalse(view == shared.without(1, view));
    }

    /**
     * Random inserts, removals, replacements and moves between two arrays, and any two skipped blocks: the changes a
     * view finds are the blocks one view has and the other lacks, by identity, in order.
     */
    @Property(tries = 500)
    void changesAreTheBlocksOneViewHasAndTheOtherLacks(@ForAll final long seed) {
        final var random = new Random(seed);
        final var before = new ArrayList<List<FlowSpec>>();
        final int size = 1 + random.nextInt(12);
        for (int i = 0; i < size; i++) {
            before.add(random.nextInt(5) == 0 ? List.of() : block(1 + random.nextInt(3)));
        }
        final var after = new ArrayList<>(before);
        final int edits = random.nextInt(4);
        for (int edit = 0; edit < edits; edit++) {
            final int at = random.nextInt(after.size());
            switch (random.nextInt(4)) {
                case 0 -> after.add(random.nextInt(after.size() + 1), block(1 + random.nextInt(3)));
                case 1 -> {
                    if (after.size() > 1) {
                        after.remove(at);
                    }
                }
                case 2 -> after.set(at, random.nextInt(4) == 0 ? List.of() : block(1 + random.nextInt(3)));
                default -> after.add(random.nextInt(after.size()), after.remove(at));
            }
        }
        final var old = shared(before, null);
        final var now = shared(after, old);
        final var unrelated = shared(after, null);
        for (int oldSkipped = 0; oldSkipped < before.size(); oldSkipped++) {
            for (int nowSkipped = 0; nowSkipped < after.size(); nowSkipped++) {
                final var oldView = old.without(oldSkipped, null);
                final var nowView = now.without(nowSkipped, null);
                final var oldBlocks = without(before, oldSkipped);
                final var nowBlocks = without(after, nowSkipped);
                final var removed = new ArrayList<List<FlowSpec>>();
                final var added = new ArrayList<List<FlowSpec>>();
                assertTrue(nowView.changesSince(oldView, removed::add, added::add));
                final var where = "seed " + seed + ", skipped " + oldSkipped + " then " + nowSkipped;
                assertSameBlocks(lacking(oldBlocks, nowBlocks), removed, where);
                assertSameBlocks(lacking(nowBlocks, oldBlocks), added, where);
                // one array's views between themselves
                removed.clear();
                added.clear();
                final int otherSkipped = random.nextInt(after.size());
                assertTrue(now.without(otherSkipped, null).changesSince(nowView, removed::add, added::add));
                assertSameBlocks(lacking(nowBlocks, without(after, otherSkipped)), removed, where);
                assertSameBlocks(lacking(without(after, otherSkipped), nowBlocks), added, where);
                assertFalse(unrelated.without(nowSkipped, null).changesSince(oldView, removed::add, added::add));
                assertFalse(oldView.changesSince(nowView, removed::add, added::add));
            }
        }
    }

    private static List<List<FlowSpec>> without(final List<List<FlowSpec>> blocks, final int skipped) {
        final var kept = new ArrayList<>(blocks);
        kept.remove(skipped);
        return kept;
    }

    /** The non-empty blocks of {@code one} that {@code other} lacks by identity, in order. */
    private static List<List<FlowSpec>> lacking(final List<List<FlowSpec>> one, final List<List<FlowSpec>> other) {
        final Set<List<FlowSpec>> others = Collections.newSetFromMap(new IdentityHashMap<>());
        others.addAll(other);
        return one.stream().filter(block -> !block.isEmpty() && !others.contains(block)).toList();
    }

    private static void assertSameBlocks(final List<List<FlowSpec>> expected, final List<List<FlowSpec>> actual,
            final String where) {
        assertEquals(expected.size(), actual.size(), where + ": " + expected + " vs " + actual);
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.get(i), where + ": block " + i);
        }
    }
}
