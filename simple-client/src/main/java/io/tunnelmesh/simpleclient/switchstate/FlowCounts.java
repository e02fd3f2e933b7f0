/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import java.util.HashMap;
import java.util.Map;

/**
 * How many flow entries a switch's tables hold, in all and by cookie mark (the top 16 bits of the cookie, how a
 * controller marks its own flows), kept on every change so that counting costs nothing however many flows there are
 * (the {@code flows <cookie> <mask>} a benchmark polls on every switch).
 */
final class FlowCounts {
    private final Map<Integer, int[]> byMark = new HashMap<>();
    private int total;

    /**
     * Counts an entry in or out.
     *
     * @param cookie its cookie
     * @param delta 1 for an entry in, -1 for one out
     */
    void add(final long cookie, final int delta) {
        total += delta;
        final Integer mark = mark(cookie);
        final int[] count = byMark.get(mark);
        if (count == null) {
            byMark.put(mark, new int[] {delta});
        } else if ((count[0] += delta) == 0) {
            byMark.remove(mark);
        }
    }

    /**
     * How many entries carry a mark.
     *
     * @param mark the top 16 bits of their cookies
     * @return the count
     */
    int count(final int mark) {
        final int[] count = byMark.get(mark);
        return count == null ? 0 : count[0];
    }

    /**
     * How many entries there are.
     *
     * @return the count
     */
    int total() {
        return total;
    }

    static int mark(final long cookie) {
        return (int) (cookie >>> 48);
    }
}
