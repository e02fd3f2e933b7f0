/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.planner;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.openflow.api.message.OfBucket;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfGroupModCommand;
import io.tunnelmesh.openflow.api.message.OfGroupType;
import java.util.List;

/**
 * One group a switch must hold (OpenFlow 1.3.5 section 5.6). A group is identified by its id alone; the reconciler
 * compares type and buckets under it. TunnelMesh's groups carry {@link OverlayPipeline#GROUP_MARK} in the top byte
 * of their id, as its flows carry the cookie mark.
 *
 * @param groupId the group id, with TunnelMesh's mark in its top byte
 * @param type the group type
 * @param buckets the buckets, in order
 */
public record GroupSpec(int groupId, OfGroupType type, List<OfBucket> buckets) {
    public GroupSpec {
        requireNonNull(type);
        buckets = List.copyOf(buckets);
    }

    /**
     * This group as an {@code OFPGC_ADD}, which fails if the switch has a group with this id already.
     *
     * @param xid the transaction id
     * @return the group-mod
     */
    public OfGroupMod toAdd(final int xid) {
        return new OfGroupMod(xid, OfGroupModCommand.ADD, type, groupId, buckets);
    }

    /**
     * This group as an {@code OFPGC_MODIFY}: the switch's group with this id gets this type and these buckets.
     *
     * @param xid the transaction id
     * @return the group-mod
     */
    public OfGroupMod toModify(final int xid) {
        return new OfGroupMod(xid, OfGroupModCommand.MODIFY, type, groupId, buckets);
    }

    /**
     * This group's {@code OFPGC_DELETE}, which also removes every flow that forwards to it (section 6.5).
     *
     * @param xid the transaction id
     * @return the group-mod
     */
    public OfGroupMod toDelete(final int xid) {
        return new OfGroupMod(xid, OfGroupModCommand.DELETE, OfGroupType.ALL, groupId, List.of());
    }
}
