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
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.tunnel.impl.planner.FlowSpec;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.IntSupplier;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a switch's flows and groups need to become the plan: planned flows to add (an add replaces an entry with the
 * same table, priority and match, OpenFlow 1.3.5 section 6.4), flows of ours the plan no longer has, and the
 * {@link GroupChanges}. As messages ({@link #messages}): group adds and modifies, then the flow-mods, then group
 * deletes, so that no flow ever forwards to a group the switch lacks and no group delete takes a planned flow along.
 *
 * <p>Deleted flows whose cookie no planned flow has ({@link #cleared}, such as every flow of a network that is gone:
 * its flows all carry the network's cookie) go in one non-strict delete per cookie, whatever their number (a network
 * of 1,000 nodes leaves 11,000 flows on each), the others in one strict delete each; {@link #deletions} lists them
 * all either way.
 */
public final class FlowChanges {
    /** Nothing to do. */
    public static final FlowChanges NONE = new FlowChanges(List.of(), List.of(), GroupChanges.NONE);

    private final List<FlowSpec> additions;
    /** The strict deletes first, then the flows of the cleared cookies. */
    private final List<FlowSpec> deletions;
    private final GroupChanges groups;
    private final List<Long> cleared;
    /** How many of {@link #deletions} are deleted one by one (the first ones). */
    private final int strict;

    /**
     * Changes.
     *
     * @param additions the planned flows that are missing or differ
     * @param deletions the flows under our cookie that the switch holds (as it reported them, or as we last sent them)
     *                  and the plan does not
     * @param groups what the groups need
     * @param cleared cookies of which the plan has no flow and {@code deletions} every flow the switch holds: deleted
     *                with one non-strict delete each
     */
    public FlowChanges(final List<FlowSpec> additions, final List<FlowSpec> deletions, final GroupChanges groups,
            final List<Long> cleared) {
        this.additions = List.copyOf(additions);
        this.groups = Objects.requireNonNull(groups);
        this.cleared = List.copyOf(cleared);
        if (this.cleared.isEmpty()) {
            this.deletions = List.copyOf(deletions);
            strict = this.deletions.size();
        } else {
            final var one = new ArrayList<FlowSpec>(deletions.size());
            final var whole = new ArrayList<FlowSpec>(deletions.size());
            final var cookies = Set.copyOf(this.cleared);
            deletions.forEach(flow -> (cookies.contains(flow.cookie()) ? whole : one).add(flow));
            strict = one.size();
            one.addAll(whole);
            this.deletions = List.copyOf(one);
        }
    }

    /**
     * Changes, with no cookie cleared whole.
     *
     * @param additions the planned flows that are missing or differ
     * @param deletions the flows of ours the plan does not have
     * @param groups what the groups need
     */
    public FlowChanges(final List<FlowSpec> additions, final List<FlowSpec> deletions, final GroupChanges groups) {
        this(additions, deletions, groups, List.of());
    }

    /**
     * Flow changes alone.
     *
     * @param additions the planned flows that are missing or differ
     * @param deletions the flows of ours the plan does not have
     */
    public FlowChanges(final List<FlowSpec> additions, final List<FlowSpec> deletions) {
        this(additions, deletions, GroupChanges.NONE);
    }

    /**
     * The planned flows that are missing or differ.
     *
     * @return them, in the order sent
     */
    public List<FlowSpec> additions() {
        return additions;
    }

    /**
     * The flows of ours the plan does not have, those deleted one by one first.
     *
     * @return them
     */
    public List<FlowSpec> deletions() {
        return deletions;
    }

    /**
     * What the groups need.
     *
     * @return the group changes
     */
    public GroupChanges groups() {
        return groups;
    }

    /**
     * The cookies whose flows all go, with one delete each.
     *
     * @return the cookies
     */
    public List<Long> cleared() {
        return cleared;
    }

    /**
     * These flow changes with group changes.
     *
     * @param changes the group changes
     * @return the changes, {@link #NONE} when both are empty
     */
    public FlowChanges withGroups(final GroupChanges changes) {
        if (changes.isEmpty() && groups.isEmpty()) {
            return this;
        }
        final var result = new FlowChanges(additions, deletions, changes, cleared);
        return result.isEmpty() ? NONE : result;
    }

    /**
     * These changes with the deletions of every cookie that no planned flow has made one delete per cookie.
     *
     * @param planned the flows the switch must hold
     * @return the changes, this when no cookie is cleared whole
     */
    public FlowChanges clearingWhole(final List<FlowSpec> planned) {
        if (deletions.isEmpty()) {
            return this;
        }
        final var cookies = new HashSet<Long>();
        deletions.forEach(flow -> cookies.add(flow.cookie()));
        // usually one cookie (a network gone, or a port of it): a plan keeps a cookie as long as it has one of its
        // flows, which the walk finds soon
        for (var flow : planned) {
            if (cookies.remove(flow.cookie()) && cookies.isEmpty()) {
                return this;
            }
        }
        return cookies.isEmpty() ? this
            : new FlowChanges(additions, deletions, groups, cookies.stream().sorted().toList());
    }

    /**
     * Whether the switch already holds the plan.
     *
     * @return true when there is nothing to send
     */
    public boolean isEmpty() {
        return additions.isEmpty() && deletions.isEmpty() && groups.isEmpty();
    }

    /**
     * How many flow-mods the flow changes take.
     *
     * @return deletions plus additions
     */
    public int flowModCount() {
        return cleared.size() + strict + additions.size();
    }

    /**
     * How many messages make the change.
     *
     * @return group-mods plus flow-mods
     */
    public int size() {
        return flowModCount() + groups.size();
    }

    /**
     * One message of the change: group adds, then group modifies, then the flow-mods ({@link #flowMod}), then group
     * deletes.
     *
     * @param index which, from 0 to {@link #size()} - 1
     * @param xid its transaction id
     * @return the group-mod or flow-mod
     */
    public OfMessage message(final int index, final int xid) {
        final int before = groups.before();
        if (index < groups.additions().size()) {
            return groups.additions().get(index).toAdd(xid);
        }
        if (index < before) {
            return groups.modifications().get(index - groups.additions().size()).toModify(xid);
        }
        final int flows = before + flowModCount();
        if (index < flows) {
            return flowMod(index - before, xid);
        }
        return groups.deletions().get(index - flows).toDelete(xid);
    }

    /**
     * One flow-mod of the flow changes: a non-strict delete per cleared cookie (every table, any match, exactly that
     * cookie), then strict deletes, each guarded by the cookie the switch reported so that an entry someone replaced
     * meanwhile is left alone, then the adds.
     *
     * @param index which, from 0 to {@link #flowModCount()} - 1
     * @param xid its transaction id
     * @return the flow-mod
     */
    public OfFlowMod flowMod(final int index, final int xid) {
        if (index < cleared.size()) {
            return OfFlowMod.builder().xid(xid).command(OfFlowModCommand.DELETE).table(OfFlowMod.ALL_TABLES)
                .cookie(cleared.get(index), -1L).build();
        }
        final int deleted = index - cleared.size();
        if (deleted < strict) {
            final var flow = deletions.get(deleted);
            return OfFlowMod.builder().xid(xid).command(OfFlowModCommand.DELETE_STRICT).table(flow.table())
                .priority(flow.priority()).cookie(flow.cookie(), -1L).match(flow.match()).build();
        }
        return additions.get(deleted - strict).toAdd(xid);
    }

    /**
     * The messages that make the change ({@link #message}), in order.
     *
     * @param xids where each message's transaction id comes from
     * @return the group-mods and flow-mods
     */
    public List<OfMessage> toMessages(final IntSupplier xids) {
        final var mods = new ArrayList<OfMessage>(size());
        for (int i = 0; i < size(); i++) {
            mods.add(message(i, xids.getAsInt()));
        }
        return mods;
    }

    /**
     * The messages that make the change as a view, the one at index {@code i} with xid {@code firstXid + i}: each is
     * built when asked for, so that a change of ten thousand flows holds no flow-mod while it waits to be sent.
     *
     * @param firstXid the first message's transaction id
     * @return the group-mods and flow-mods
     */
    public List<OfMessage> messages(final int firstXid) {
        return new MessageView(this, firstXid);
    }

    /** {@link #messages}: built on each {@code get}. */
    private static final class MessageView extends AbstractList<OfMessage> implements RandomAccess {
        private final FlowChanges changes;
        private final int firstXid;

        MessageView(final FlowChanges changes, final int firstXid) {
            this.changes = changes;
            this.firstXid = firstXid;
        }

        @Override
        public OfMessage get(final int index) {
            Objects.checkIndex(index, size());
            return changes.message(index, firstXid + index);
        }

        @Override
        public int size() {
            return changes.size();
        }
    }

    @Override
    public boolean equals(final @Nullable Object obj) {
        return obj == this || obj instanceof FlowChanges other && additions.equals(other.additions)
            && deletions.equals(other.deletions) && groups.equals(other.groups) && cleared.equals(other.cleared);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additions, deletions, groups, cleared);
    }

    @Override
    public String toString() {
        return "FlowChanges[additions=" + additions.size() + ", deletions=" + deletions.size() + ", cleared="
            + cleared + ", groups=" + groups + "]";
    }
}
