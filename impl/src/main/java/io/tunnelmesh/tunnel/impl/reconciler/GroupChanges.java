/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.reconciler;

import io.tunnelmesh.tunnel.impl.planner.GroupSpec;
import java.util.List;

/**
 * What a switch's groups need to become the plan's: groups to add (the switch has no group with their id), groups to
 * modify (it has one, with another type or other buckets) and groups of ours the plan no longer has. Sent in that
 * order around the flow changes: adds and modifies first, so that every flow finds the groups it forwards to, deletes
 * last, since deleting a group also deletes the flows that forward to it (OpenFlow 1.3.5 section 6.5).
 *
 * @param additions the planned groups the switch lacks
 * @param modifications the planned groups the switch holds otherwise
 * @param deletions the groups under our mark the switch holds and the plan does not
 */
public record GroupChanges(List<GroupSpec> additions, List<GroupSpec> modifications, List<GroupSpec> deletions) {
    /** Nothing to do. */
    public static final GroupChanges NONE = new GroupChanges(List.of(), List.of(), List.of());

    public GroupChanges {
        additions = List.copyOf(additions);
        modifications = List.copyOf(modifications);
        deletions = List.copyOf(deletions);
    }

    /**
     * Whether the switch already holds the plan's groups.
     *
     * @return true when there is nothing to send
     */
    public boolean isEmpty() {
        return additions.isEmpty() && modifications.isEmpty() && deletions.isEmpty();
    }

    /**
     * How many group-mods go before the flow changes.
     *
     * @return additions plus modifications
     */
    public int before() {
        return additions.size() + modifications.size();
    }

    /**
     * How many group-mods make the change.
     *
     * @return additions, modifications and deletions
     */
    public int size() {
        return before() + deletions.size();
    }
}
