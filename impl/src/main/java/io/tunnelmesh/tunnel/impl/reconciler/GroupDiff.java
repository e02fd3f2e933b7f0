/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.reconciler;

import io.tunnelmesh.openflow.api.message.multipart.OfGroupDesc;
import io.tunnelmesh.tunnel.impl.planner.GroupSpec;
import io.tunnelmesh.tunnel.impl.planner.OverlayPipeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Compares planned groups with the groups a switch reports ({@code OFPMP_GROUP_DESC}, OpenFlow 1.3.5 section
 * 7.3.5.12), or with the groups it was last brought to. Pure. A group is identified by its id; the same type and
 * the same buckets in the same order (an ALL group runs them in order) are the same group. Groups whose id lacks
 * TunnelMesh's mark ({@link OverlayPipeline#GROUP_MARK}) belong to someone else and are never touched.
 */
public final class GroupDiff {
    private GroupDiff() {
        // Hidden on purpose
    }

    /**
     * What the switch needs, from what it reports.
     *
     * @param planned the groups the switch must hold
     * @param reported the groups the switch reports, ours and others'
     * @return the changes, empty when the switch holds exactly the planned groups
     */
    public static GroupChanges between(final List<GroupSpec> planned, final List<OfGroupDesc> reported) {
        final var held = new ArrayList<GroupSpec>();
        for (var group : reported) {
            if (OverlayPipeline.isOurGroup(group.groupId())) {
                held.add(new GroupSpec(group.groupId(), group.groupType(), group.buckets()));
            }
        }
        return diff(planned, held);
    }

    /**
     * What the switch needs, from what it was last brought to: the groups of two plans, compared by identity first
     * (the incremental planner keeps a group's instance while it does not change), then by value.
     *
     * @param applied the groups the switch holds
     * @param planned the groups the switch must hold
     * @return the changes, empty when nothing changed
     */
    public static GroupChanges since(final List<GroupSpec> applied, final List<GroupSpec> planned) {
        if (applied == planned || applied.isEmpty() && planned.isEmpty()) {
            return GroupChanges.NONE;
        }
        return diff(planned, applied);
    }

    private static GroupChanges diff(final List<GroupSpec> planned, final List<GroupSpec> held) {
        final var byId = HashMap.<Integer, GroupSpec>newHashMap(held.size());
        held.forEach(group -> byId.put(group.groupId(), group));
        final var additions = new ArrayList<GroupSpec>();
        final var modifications = new ArrayList<GroupSpec>();
        for (var group : planned) {
            final var current = byId.remove(group.groupId());
            if (current == null) {
                additions.add(group);
            } else if (current != group && !current.equals(group)) {
                modifications.add(group);
            }
        }
        if (additions.isEmpty() && modifications.isEmpty() && byId.isEmpty()) {
            return GroupChanges.NONE;
        }
        return new GroupChanges(additions, modifications, sorted(byId));
    }

    private static List<GroupSpec> sorted(final Map<Integer, GroupSpec> groups) {
        final var list = new ArrayList<>(groups.values());
        list.sort(Comparator.comparingInt(GroupSpec::groupId));
        return list;
    }

    /**
     * The part of a full comparison's group changes that a known change of plan does not explain, by group id.
     *
     * @param found what a full comparison changed
     * @param planned what the plan changed since the switch was last known to hold it
     * @return the changes {@code planned} does not contain
     */
    static GroupChanges beyond(final GroupChanges found, final GroupChanges planned) {
        if (planned.isEmpty()) {
            return found;
        }
        final var written = new HashSet<Integer>();
        planned.additions().forEach(group -> written.add(group.groupId()));
        planned.modifications().forEach(group -> written.add(group.groupId()));
        final var removed = new HashSet<Integer>();
        planned.deletions().forEach(group -> removed.add(group.groupId()));
        final var result = new GroupChanges(
            found.additions().stream().filter(group -> !written.contains(group.groupId())).toList(),
            found.modifications().stream().filter(group -> !written.contains(group.groupId())).toList(),
            found.deletions().stream().filter(group -> !removed.contains(group.groupId())).toList());
        return result.isEmpty() ? GroupChanges.NONE : result;
    }
}
