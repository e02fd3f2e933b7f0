/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmInPort;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FlowListTest {
    private static List<FlowSpec> block(final int from, final int to) {
        return IntStream.range(from, to).mapToObj(port -> new FlowSpec(0, 100, 1, OfMatch.of(OxmInPort.of(port)),
            List.of())).toList();
    }

    @Test
    void equalsAndHashCodeAreThoseOfItsFlowsInOrder() {
        final var one = block(1, 4);
        final var two = block(4, 6);
        final var list = new FlowList(List.of(one, List.of(), two));
        final var copy = new ArrayList<>(block(1, 6));
        assertEquals(copy, list);
        assertEquals(list, copy);
        assertEquals(copy.hashCode(), list.hashCode());
        assertEquals(List.of(4, 5), list.subList(3, 5).stream().map(flow -> ((OxmInPort) flow.match().fields()
            .get(0)).port()).toList());
        // other blocks, same flows
        assertEquals(list, new FlowList(List.of(block(1, 2), block(2, 6))));
        assertNotEquals(list, new FlowList(List.of(one, block(4, 5))));
        assertNotEquals(copy, new FlowList(List.of(List.of())));
    }

    @Test
    void blocksSharedByIdentityAreSkippedAndTheRestCompared() {
        final var one = block(1, 4);
        final var list = new FlowList(List.of(one, block(4, 6), block(6, 8)));
        assertEquals(list, new FlowList(List.of(one, block(4, 6), block(6, 8))));
        assertNotEquals(list, new FlowList(List.of(one, block(4, 6), block(7, 9))));
        assertNotEquals(list, new FlowList(List.of(one, block(5, 7), block(6, 8))));
        assertEquals(new FlowList(List.of(one)), new FlowList(List.of(one)));
    }
}
