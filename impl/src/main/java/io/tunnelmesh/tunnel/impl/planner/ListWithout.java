/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable view of a shared array without one of its elements: every carrier of a network without transport
 * zones reaches every other member, so the N carriers' peer lists are one array of the members, each without itself,
 * made in O(1) each instead of N lists of N - 1 names.
 *
 * @param <E> the element type
 */
final class ListWithout<E> extends AbstractList<E> implements RandomAccess {
    private final E[] all;
    private final int skipped;

    /**
     * The elements of {@code all} but the one at {@code skipped}.
     *
     * @param all the shared elements, never changed afterwards
     * @param skipped the index left out
     */
    ListWithout(final E[] all, final int skipped) {
        if (skipped < 0 || skipped >= all.length) {
            throw new IndexOutOfBoundsException(skipped);
        }
        this.all = all;
        this.skipped = skipped;
    }

    /**
     * The shared array, for views of other arrays aligned with it.
     *
     * @return the array, not to be changed
     */
    E[] shared() {
        return all;
    }

    /**
     * The index left out.
     *
     * @return the index in {@link #shared()}
     */
    int skipped() {
        return skipped;
    }

    @Override
    public E get(final int index) {
        if (index < 0 || index >= all.length - 1) {
            throw new IndexOutOfBoundsException(index);
        }
        return all[index < skipped ? index : index + 1];
    }

    @Override
    public int size() {
        return all.length - 1;
    }
}
