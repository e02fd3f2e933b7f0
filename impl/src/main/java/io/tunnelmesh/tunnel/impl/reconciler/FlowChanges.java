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
import java.util.ArrayList;
import java.util.List;
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
     * The flow-mods that make the change: strict deletes first, each guarded by the cookie the switch reported so
     * that an entry someone replaced meanwhile is left alone, then the adds.
     *
     * @param xids where each flow-mod's transaction id comes from
     * @return the flow-mods
     */
    public List<OfFlowMod> toFlowMods(final IntSupplier xids) {
        final var mods = new ArrayList<OfFlowMod>(deletions.size() + additions.size());
        for (var flow : deletions) {
            mods.add(OfFlowMod.builder().xid(xids.getAsInt()).command(OfFlowModCommand.DELETE_STRICT)
                .table(flow.table()).priority(flow.priority()).cookie(flow.cookie(), -1L).match(flow.match())
                .build());
        }
        additions.forEach(flow -> mods.add(flow.toAdd(xids.getAsInt())));
        return mods;
    }
}
