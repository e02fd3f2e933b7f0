/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.reconciler;

import io.tunnelmesh.openflow.api.instruction.OfInstruction;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.message.multipart.OfFlowStats;
import io.tunnelmesh.tunnel.impl.planner.FlowList;
import io.tunnelmesh.tunnel.impl.planner.FlowSpec;
import io.tunnelmesh.tunnel.impl.planner.NodePlan;
import io.tunnelmesh.tunnel.impl.planner.OverlayPipeline;
import io.tunnelmesh.tunnel.impl.planner.SharedBlocks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares planned flows with the flows a switch reports ({@code OFPMP_FLOW}). Pure.
 *
 * <p>The comparison is on what OpenFlow makes an entry's identity (table, priority, match) and what it does
 * (cookie, timeouts, instructions), modulo what a switch may legitimately change in its report: the order of match
 * fields (Open vSwitch reports them in its own canonical order) and the order of instructions (OpenFlow 1.3.5
 * section 5.9 fixes their execution order by type, and each type appears at most once). Flows whose cookie lacks
 * TunnelMesh's mark belong to someone else and are never touched.
 */
public final class FlowDiff {
    private FlowDiff() {
        // Hidden on purpose
    }

    /**
     * What the switch needs, from what it reports.
     *
     * @param planned the flows the switch must hold
     * @param reported the flows the switch reports, ours and others'
     * @return the changes, empty when the switch holds exactly the plan
     */
    public static FlowChanges between(final List<FlowSpec> planned, final List<OfFlowStats> reported) {
        final var held = new HashMap<Key, FlowSpec>();
        final var expiring = new HashSet<Key>();
        for (var flow : reported) {
            if (isOurs(flow.cookie())) {
                final var key = new Key(flow.tableId(), flow.priority(), flow.match());
                held.put(key, new FlowSpec(flow.tableId(), flow.priority(), flow.cookie(), flow.match(),
                    flow.instructions()));
                if (flow.idleTimeout() != 0 || flow.hardTimeout() != 0) {
                    // ours never expire: someone changed it, replace it
                    expiring.add(key);
                }
            }
        }
        return diff(planned, held, expiring).clearingWhole(planned);
    }

    /**
     * What the switch needs, from what it was last brought to: no reading back, for the steady state in which the
     * switch is known to hold {@code applied} (a bundle committed, or a barrier answered, with nothing refused).
     *
     * @param applied the flows the switch holds
     * @param planned the flows the switch must hold
     * @return the changes, empty when nothing changed
     */
    public static FlowChanges since(final List<FlowSpec> applied, final List<FlowSpec> planned) {
        if (applied == planned) {
            return FlowChanges.NONE;
        }
        final var changes = applied instanceof FlowList from && planned instanceof FlowList to
            ? sinceBlocks(from, to) : betweenPlans(planned, applied);
        return changes.clearingWhole(planned);
    }

    /**
     * What a switch needs, flows and groups, from the plan it was last brought to ({@link #since(List, List)},
     * {@link GroupDiff#since}).
     *
     * @param applied the plan the switch holds
     * @param planned the plan the switch must hold
     * @return the changes, empty when nothing changed
     */
    public static FlowChanges since(final NodePlan applied, final NodePlan planned) {
        if (applied == planned) {
            return FlowChanges.NONE;
        }
        return since(applied.flows(), planned.flows()).withGroups(GroupDiff.since(applied.groups(),
            planned.groups()));
    }

    /**
     * The part of a full comparison's changes that a known change of plan does not explain: what someone else
     * changed on the switch. Flows are compared by table, priority and match, as the switch identifies them, groups
     * by id.
     *
     * @param found what a full comparison changed
     * @param planned what the plan changed since the switch was last known to hold it
     * @return the changes {@code planned} does not contain
     */
    public static FlowChanges beyond(final FlowChanges found, final FlowChanges planned) {
        if (planned.isEmpty()) {
            return found;
        }
        final var added = planned.additions().stream().map(FlowDiff::identity).collect(Collectors.toSet());
        final var deleted = planned.deletions().stream().map(FlowDiff::identity).collect(Collectors.toSet());
        return new FlowChanges(
            found.additions().stream().filter(flow -> !added.contains(identity(flow))).toList(),
            found.deletions().stream().filter(flow -> !deleted.contains(identity(flow))).toList(),
            GroupDiff.beyond(found.groups(), planned.groups()));
    }

    private static Key identity(final FlowSpec flow) {
        return new Key(flow.table(), flow.priority(), flow.match());
    }

    /**
     * {@link #since} for two plans of the incremental planner, whose blocks are shared by identity while they do not
     * change and whose keys are unique in each list: a block in both holds the same flows, so only the blocks that
     * one list has and the other has not are compared, the flows of {@code after}'s blocks not in {@code before}
     * against those of {@code before}'s not in {@code after}, each in its list's order.
     *
     * <p>Two plans of one node usually have parts that pair up one by one: the same instance, two blocks, or two
     * views of a network's shared peer blocks whose arrays know how they differ ({@link SharedBlocks.View
     * #changesSince}). Then the diff costs the parts plus the changed blocks: a join costs each other node O(1).
     * Otherwise one pass walks both lists of block references side by side, stepping over a block inserted into or
     * removed from either; a block set aside on both sides (it moved) is no change.
     */
    private static FlowChanges sinceBlocks(final FlowList applied, final FlowList planned) {
        final var removedBlocks = new ArrayList<List<FlowSpec>>();
        final var addedBlocks = new ArrayList<List<FlowSpec>>();
        if (!byParts(applied.parts(), planned.parts(), removedBlocks, addedBlocks)) {
            removedBlocks.clear();
            addedBlocks.clear();
            walk(applied.blocks(), planned.blocks(), removedBlocks, addedBlocks);
        }
        // a block on both sides moved: neither removed nor added
        final Set<List<FlowSpec>> moved = identitySet(removedBlocks);
        moved.retainAll(identitySet(addedBlocks));
        final var held = new ArrayList<FlowSpec>();
        for (var block : removedBlocks) {
            if (!moved.contains(block)) {
                held.addAll(block);
            }
        }
        final var added = new ArrayList<FlowSpec>();
        for (var block : addedBlocks) {
            if (!moved.contains(block)) {
                added.addAll(block);
            }
        }
        return betweenPlans(added, held);
    }

    /** The changed blocks part by part, when the parts pair up; false when they do not. */
    private static boolean byParts(final List<List<FlowSpec>> before, final List<List<FlowSpec>> after,
            final List<List<FlowSpec>> removedBlocks, final List<List<FlowSpec>> addedBlocks) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            final var old = before.get(i);
            final var now = after.get(i);
            if (old == now) {
                continue;
            }
            final boolean oldView = old instanceof SharedBlocks.View;
            final boolean nowView = now instanceof SharedBlocks.View;
            if (oldView != nowView) {
                return false;
            }
            if (!oldView) {
                removedBlocks.add(old);
                addedBlocks.add(now);
            } else if (!((SharedBlocks.View) now).changesSince((SharedBlocks.View) old, removedBlocks::add,
                    addedBlocks::add)) {
                return false;
            }
        }
        return true;
    }

    /** The changed blocks by one walk over both lists of blocks. */
    private static void walk(final List<List<FlowSpec>> before, final List<List<FlowSpec>> after,
            final List<List<FlowSpec>> removedBlocks, final List<List<FlowSpec>> addedBlocks) {
        int from = 0;
        int to = 0;
        while (from < before.size() && to < after.size()) {
            final var old = before.get(from);
            final var now = after.get(to);
            if (old == now) {
                from++;
                to++;
            } else if (to + 1 < after.size() && after.get(to + 1) == old) {
                addedBlocks.add(now);
                to++;
            } else if (from + 1 < before.size() && before.get(from + 1) == now) {
                removedBlocks.add(old);
                from++;
            } else {
                removedBlocks.add(old);
                addedBlocks.add(now);
                from++;
                to++;
            }
        }
        removedBlocks.addAll(before.subList(from, before.size()));
        addedBlocks.addAll(after.subList(to, after.size()));
    }

    /**
     * The changes from {@code held} to {@code planned}, both from the planner: keys are unique on each side, and
     * matches and instructions come in the planner's one order, so that list equality decides. Only a planned flow
     * whose table and priority some held flow has is looked up by its key: a node that gains ten thousand flows
     * next to a few dozen it keeps pays a binary search each, not a hashed key.
     */
    private static FlowChanges betweenPlans(final List<FlowSpec> planned, final List<FlowSpec> held) {
        if (held.isEmpty()) {
            return planned.isEmpty() ? FlowChanges.NONE : new FlowChanges(planned, List.of());
        }
        final var byKey = HashMap.<FlowSpec.Key, FlowSpec>newHashMap(held.size());
        final var slots = new int[held.size()];
        for (int i = 0; i < slots.length; i++) {
            final var flow = held.get(i);
            byKey.put(flow.key(), flow);
            slots[i] = slot(flow);
        }
        Arrays.sort(slots);
        final var additions = new ArrayList<FlowSpec>();
        for (var flow : planned) {
            final var current = Arrays.binarySearch(slots, slot(flow)) < 0 ? null : byKey.remove(flow.key());
            if (current == null || current.cookie() != flow.cookie()
                    || !current.instructions().equals(flow.instructions())) {
                additions.add(flow);
            }
        }
        final var deletions = new ArrayList<>(byKey.values());
        sortForDeletion(deletions);
        return additions.isEmpty() && deletions.isEmpty() ? FlowChanges.NONE : new FlowChanges(additions, deletions);
    }

    /** Table and priority in one int: 8 bits and 16. */
    private static int slot(final FlowSpec flow) {
        return flow.table() << 16 | flow.priority();
    }

    /** A stable order for deletions: by table, then by priority, highest first. */
    private static void sortForDeletion(final List<FlowSpec> deletions) {
        deletions.sort((one, other) -> one.table() != other.table()
            ? Integer.compare(one.table(), other.table()) : Integer.compare(other.priority(), one.priority()));
    }

    private static Set<List<FlowSpec>> identitySet(final List<List<FlowSpec>> blocks) {
        final Set<List<FlowSpec>> set = Collections.newSetFromMap(new IdentityHashMap<>(2 * blocks.size()));
        set.addAll(blocks);
        return set;
    }

    /**
     * The changes from {@code held} to {@code planned}; {@code planned} flows replace held ones whose key is in
     * {@code replace}. A switch's report may order instructions otherwise than the plan, so they are compared as
     * sets when their lists differ.
     */
    private static FlowChanges diff(final List<FlowSpec> planned, final Map<Key, FlowSpec> held,
            final Set<Key> replace) {
        final var additions = new ArrayList<FlowSpec>();
        final var wanted = new HashSet<Key>();
        for (var flow : planned) {
            final var key = new Key(flow.table(), flow.priority(), flow.match());
            wanted.add(key);
            final var current = held.get(key);
            if (current == null || replace.contains(key) || !same(flow, current)) {
                additions.add(flow);
            }
        }
        final var deletions = new ArrayList<FlowSpec>();
        held.forEach((key, flow) -> {
            if (!wanted.contains(key)) {
                deletions.add(flow);
            }
        });
        sortForDeletion(deletions);
        return additions.isEmpty() && deletions.isEmpty() ? FlowChanges.NONE : new FlowChanges(additions, deletions);
    }

    /**
     * Whether a cookie carries TunnelMesh's mark.
     *
     * @param cookie a flow's cookie
     * @return true for our flows
     */
    public static boolean isOurs(final long cookie) {
        return (cookie & OverlayPipeline.COOKIE_MARK_MASK) == OverlayPipeline.COOKIE_MARK;
    }

    private static boolean same(final FlowSpec planned, final FlowSpec held) {
        return planned.cookie() == held.cookie() && (planned.instructions().equals(held.instructions())
            || Set.copyOf(planned.instructions()).equals(Set.<OfInstruction>copyOf(held.instructions())));
    }

    /** An entry's identity with the match as a set of fields. */
    private record Key(int table, int priority, Set<OxmField> fields) {
        Key(final int table, final int priority, final OfMatch match) {
            this(table, priority, Set.copyOf(match.fields()));
        }
    }
}
