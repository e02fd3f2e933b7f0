/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupModCommand;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The switch's groups and the group-mods that change them (OpenFlow 1.3.5 sections 5.6 and 7.3.4.2), answering as
 * Open vSwitch answers: {@code OFPGMFC_GROUP_EXISTS} for an add of an existing group, {@code OFPGMFC_UNKNOWN_GROUP}
 * for a modify of a missing one, nothing for a delete of a missing one, {@code OFPGMFC_INVALID_GROUP} for a group
 * number beyond {@code OFPG_MAX}, an indirect group without exactly one bucket or a fast-failover bucket watching
 * nothing. Deleting a group deletes the flows that forward to it (reason {@code OFPRR_GROUP_DELETE}). A bucket may
 * name a group that does not exist (yet), as Open vSwitch allows; executing it does nothing.
 */
final class GroupTable {
    private final Map<Integer, GroupEntry> groups;

    GroupTable() {
        this(new TreeMap<>(Integer::compareUnsigned));
    }

    private GroupTable(final Map<Integer, GroupEntry> groups) {
        this.groups = groups;
    }

    GroupTable copy() {
        final var copy = new TreeMap<Integer, GroupEntry>(Integer::compareUnsigned);
        copy.putAll(groups);
        return new GroupTable(copy);
    }

    boolean contains(final int groupId) {
        return groups.containsKey(groupId);
    }

    @Nullable GroupEntry get(final int groupId) {
        return groups.get(groupId);
    }

    Collection<GroupEntry> entries() {
        return Collections.unmodifiableCollection(groups.values());
    }

    /**
     * Checks what can be checked without the switch's state.
     *
     * @param mod the group-mod
     * @throws RequestRefusedException {@code OFPGMFC_BAD_COMMAND}, {@code OFPGMFC_BAD_TYPE},
     *     {@code OFPGMFC_INVALID_GROUP} and what {@link ActionChecks} refuses in the buckets
     */
    static void check(final OfGroupMod mod) throws RequestRefusedException {
        if (!mod.command().isKnown()) {
            throw new RequestRefusedException(OfErrorCode.OFPGMFC_BAD_COMMAND, mod.command().toString());
        }
        if (mod.command().equals(OfGroupModCommand.DELETE)) {
            return;
        }
        if (Integer.compareUnsigned(mod.groupId(), OfGroupMod.MAX) > 0) {
            throw new RequestRefusedException(OfErrorCode.OFPGMFC_INVALID_GROUP, "group "
                + Integer.toUnsignedString(mod.groupId()) + " is beyond OFPG_MAX");
        }
        if (!mod.type().isKnown()) {
            throw new RequestRefusedException(OfErrorCode.OFPGMFC_BAD_TYPE, mod.type().toString());
        }
        if (mod.type().equals(OfGroupType.INDIRECT) && mod.buckets().size() != 1) {
            throw new RequestRefusedException(OfErrorCode.OFPGMFC_INVALID_GROUP, "an indirect group has one bucket, "
                + "not " + mod.buckets().size());
        }
        for (OfBucket bucket : mod.buckets()) {
            if (mod.type().equals(OfGroupType.FF) && bucket.watchPort() == OfBucket.WATCH_NONE
                    && bucket.watchGroup() == OfBucket.WATCH_NONE) {
                throw new RequestRefusedException(OfErrorCode.OFPGMFC_INVALID_GROUP, "a fast-failover bucket must "
                    + "watch a port or a group");
            }
            ActionChecks.check(bucket.actions(), null, ActionChecks.Context.BUCKET);
        }
    }

    /**
     * Applies a group-mod.
     *
     * @param mod the group-mod
     * @param flows the flow tables, whose flows forwarding to a deleted group go with it
     * @param now the time
     * @return the flow-removed messages of deleted flows that asked for them
     * @throws RequestRefusedException what {@link #check} refuses, {@code OFPGMFC_GROUP_EXISTS},
     *     {@code OFPGMFC_UNKNOWN_GROUP}; then nothing changed
     */
    List<OfFlowRemoved> apply(final OfGroupMod mod, final FlowTables flows, final Instant now)
            throws RequestRefusedException {
        check(mod);
        final int groupId = mod.groupId();
        if (mod.command().equals(OfGroupModCommand.ADD)) {
            if (groups.containsKey(groupId)) {
                throw new RequestRefusedException(OfErrorCode.OFPGMFC_GROUP_EXISTS, "group "
                    + Integer.toUnsignedString(groupId));
            }
            groups.put(groupId, new GroupEntry(groupId, mod.type(), mod.buckets(), now));
            return List.of();
        }
        if (mod.command().equals(OfGroupModCommand.MODIFY)) {
            final GroupEntry old = groups.get(groupId);
            if (old == null) {
                throw new RequestRefusedException(OfErrorCode.OFPGMFC_UNKNOWN_GROUP, "group "
                    + Integer.toUnsignedString(groupId));
            }
            groups.put(groupId, old.modified(mod.type(), mod.buckets()));
            return List.of();
        }
        final List<Integer> deleted = groupId == OfGroupMod.ALL ? new ArrayList<>(groups.keySet())
            : groups.containsKey(groupId) ? List.of(groupId) : List.of();
        deleted.forEach(groups::remove);
        return flows.removeWhere(entry -> deleted.stream().anyMatch(entry.checkedInstructions()::usesGroup),
            FlowRemovedReason.GROUP_DELETE, now);
    }

    /**
     * How many flows forward to a group.
     */
    static int refCount(final FlowTables flows, final int groupId) {
        return (int) flows.entries().filter(entry -> entry.checkedInstructions().usesGroup(groupId)).count();
    }
}
