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
import io.tunnelmesh.tunnel.impl.planner.OverlayPipeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
    /** Up to how many changed blocks {@code sinceBlocks} looks each up by a pass rather than through a set. */
    private static final int FEW_BLOCKS = 16;

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
        return diff(planned, held, expiring);
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
        if (applied instanceof FlowList from && planned instanceof FlowList to) {
            return sinceBlocks(from, to);
        }
        final var held = new HashMap<Key, FlowSpec>();
        for (var flow : applied) {
            held.put(new Key(flow.table(), flow.priority(), flow.match()), flow);
        }
        return diff(planned, held, Set.of());
    }

    /**
     * {@link #since} for two plans of the incremental planner, whose blocks are shared by identity while they do not
     * change and whose keys are unique in each list: a block in both holds the same flows, so only the blocks that
     * one list has and the other has not are compared. The blocks both lists hold at the same places at their start
     * and end (all but a few when one node joins or one port changes) are skipped by identity; each of the others is
     * looked up in the other list, by identity too, so a node's diff costs a few passes over its N block references
     * rather than hashing them.
     */
    /**
     * The part of a full comparison's changes that a known change of plan does not explain: what someone else
     * changed on the switch. Flows are compared by table, priority and match, as the switch identifies them.
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
            found.deletions().stream().filter(flow -> !deleted.contains(identity(flow))).toList());
    }

    private static Key identity(final FlowSpec flow) {
        return new Key(flow.table(), flow.priority(), flow.match());
    }

    private static FlowChanges sinceBlocks(final FlowList applied, final FlowList planned) {
        final var before = applied.blocks();
        final var after = planned.blocks();
        int head = 0;
        while (head < before.size() && head < after.size() && before.get(head) == after.get(head)) {
            head++;
        }
        int tail = 0;
        while (tail < before.size() - head && tail < after.size() - head
                && before.get(before.size() - 1 - tail) == after.get(after.size() - 1 - tail)) {
            tail++;
        }
        final var removedBlocks = before.subList(head, before.size() - tail);
        final var addedBlocks = after.subList(head, after.size() - tail);
        // a few changed blocks are looked up by a pass over the other list; many (a replan that changed most of the
        // node's blocks) through identity sets, so that the cost stays linear in the blocks either way
        final boolean few = removedBlocks.size() + addedBlocks.size() <= FEW_BLOCKS;
        final Predicate<List<FlowSpec>> inAfter = few ? block -> containsInstance(after, block)
            : identitySet(after)::contains;
        final Predicate<List<FlowSpec>> inBefore = few ? block -> containsInstance(before, block)
            : identitySet(before)::contains;
        final var held = new HashMap<Key, FlowSpec>();
        for (var block : removedBlocks) {
            if (!inAfter.test(block)) {
                block.forEach(flow -> held.put(new Key(flow.table(), flow.priority(), flow.match()), flow));
            }
        }
        final var added = new ArrayList<FlowSpec>();
        for (var block : addedBlocks) {
            if (!inBefore.test(block)) {
                added.addAll(block);
            }
        }
        return diff(added, held, Set.of());
    }

    private static boolean containsInstance(final List<List<FlowSpec>> blocks, final List<FlowSpec> block) {
        for (var candidate : blocks) {
            if (candidate == block) {
                return true;
            }
        }
        return false;
    }

    private static Set<List<FlowSpec>> identitySet(final List<List<FlowSpec>> blocks) {
        final Set<List<FlowSpec>> set = Collections.newSetFromMap(new IdentityHashMap<>(2 * blocks.size()));
        set.addAll(blocks);
        return set;
    }

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
        // a stable order: by table, then priority
        deletions.sort((one, other) -> one.table() != other.table()
            ? Integer.compare(one.table(), other.table()) : Integer.compare(other.priority(), one.priority()));
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
