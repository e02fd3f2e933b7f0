/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.reconciler;

import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowModCommand;
import io.tunnelmesh.tunnel.impl.planner.FlowSpec;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntSupplier;

/**
 * What a switch's flows need to become the plan: planned flows to add (an add replaces an entry with the same table,
 * priority and match, OpenFlow 1.3.5 section 6.4) and flows of ours the plan no longer has.
 *
 * @param additions the planned flows that are missing or differ
 * @param deletions the flows under our cookie that the switch holds (as it reported them, or as we last sent them)
 *                  and the plan does not
 */
public record FlowChanges(List<FlowSpec> additions, List<FlowSpec> deletions) {
    /** Nothing to do. */
    public static final FlowChanges NONE = new FlowChanges(List.of(), List.of());

    public FlowChanges {
        additions = List.copyOf(additions);
        deletions = List.copyOf(deletions);
    }

    /**
     * Whether the switch already holds the plan.
     *
     * @return true when there is nothing to send
     */
    public boolean isEmpty() {
        return additions.isEmpty() && deletions.isEmpty();
    }

    /**
     * How many flow-mods make the change.
     *
     * @return deletions plus additions
     */
    public int size() {
        return deletions.size() + additions.size();
    }

    /**
     * One flow-mod of the change: strict deletes first, each guarded by the cookie the switch reported so that an
     * entry someone replaced meanwhile is left alone, then the adds.
     *
     * @param index which, from 0 to {@link #size()} - 1
     * @param xid its transaction id
     * @return the flow-mod
     */
    public OfFlowMod flowMod(final int index, final int xid) {
        if (index < deletions.size()) {
            final var flow = deletions.get(index);
            return OfFlowMod.builder().xid(xid).command(OfFlowModCommand.DELETE_STRICT).table(flow.table())
                .priority(flow.priority()).cookie(flow.cookie(), -1L).match(flow.match()).build();
        }
        return additions.get(index - deletions.size()).toAdd(xid);
    }

    /**
     * The flow-mods that make the change ({@link #flowMod}), in order.
     *
     * @param xids where each flow-mod's transaction id comes from
     * @return the flow-mods
     */
    public List<OfFlowMod> toFlowMods(final IntSupplier xids) {
        final var mods = new ArrayList<OfFlowMod>(size());
        for (int i = 0; i < size(); i++) {
            mods.add(flowMod(i, xids.getAsInt()));
        }
        return mods;
    }

    /**
     * The flow-mods that make the change as a view, the one at index {@code i} with xid {@code firstXid + i}: each is
     * built when asked for, so that a change of ten thousand flows holds no flow-mod while it waits to be sent.
     *
     * @param firstXid the first flow-mod's transaction id
     * @return the flow-mods
     */
    public List<OfFlowMod> flowMods(final int firstXid) {
        return new FlowModView(this, firstXid);
    }

    /** {@link #flowMods}: built on each {@code get}. */
    private static final class FlowModView extends AbstractList<OfFlowMod> implements RandomAccess {
        private final FlowChanges changes;
        private final int firstXid;

        FlowModView(final FlowChanges changes, final int firstXid) {
            this.changes = changes;
            this.firstXid = firstXid;
        }

        @Override
        public OfFlowMod get(final int index) {
            Objects.checkIndex(index, size());
            return changes.flowMod(index, firstXid + index);
        }

        @Override
        public int size() {
            return changes.size();
        }
    }
}
