/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfVersion;
import java.util.List;

/**
 * {@code OFPT_GROUP_MOD} of OpenFlow 1.3 (OpenFlow 1.3.5 section 7.3.4.2, {@code ofp_group_mod}): add, modify or
 * delete a group. The factories cover the usual cases, for example
 * {@code OfGroupMod.add(7, OfGroupType.ALL, OfBucket.of(OfActionOutput.to(1)), OfBucket.of(OfActionOutput.to(2)))}.
 * <pre>
 *   +----------------------+--------------+-----------+---------+----------------+
 *   | ofp_header (8 bytes) | command (16) | type (8)  | pad (8) | group_id (32)  |
 *   +----------------------+--------------+-----------+---------+----------------+
 *   | ofp_bucket ..., up to the message length                                   |
 *   +----------------------------------------------------------------------------+
 * </pre>
 *
 * @param xid the transaction id
 * @param command the command
 * @param type the group type
 * @param groupId the group, up to {@link #MAX}, or {@link #ALL} for deletes
 * @param buckets the buckets
 */
public record OfGroupMod(int xid, OfGroupModCommand command, OfGroupType type, int groupId, List<OfBucket> buckets)
        implements OfMessage {
    /** {@code OFPG_MAX}: the last group number a controller may use. */
    public static final int MAX = 0xffffff00;
    /** {@code OFPG_ALL}: every group, for deletes. */
    public static final int ALL = 0xfffffffc;
    /** {@code OFPG_ANY}: no group, as a wildcard. */
    public static final int ANY = 0xffffffff;

    /**
     * Copies the buckets.
     */
    public OfGroupMod {
        buckets = List.copyOf(buckets);
    }

    /**
     * An {@code OFPGC_ADD} with transaction id 0.
     *
     * @param groupId the new group
     * @param type its type
     * @param buckets its buckets
     * @return the message
     */
    public static OfGroupMod add(final int groupId, final OfGroupType type, final OfBucket... buckets) {
        return new OfGroupMod(0, OfGroupModCommand.ADD, type, groupId, List.of(buckets));
    }

    /**
     * An {@code OFPGC_MODIFY} with transaction id 0.
     *
     * @param groupId the group
     * @param type its new type
     * @param buckets its new buckets
     * @return the message
     */
    public static OfGroupMod modify(final int groupId, final OfGroupType type, final OfBucket... buckets) {
        return new OfGroupMod(0, OfGroupModCommand.MODIFY, type, groupId, List.of(buckets));
    }

    /**
     * An {@code OFPGC_DELETE} with transaction id 0, as Open vSwitch writes it: type {@code OFPGT_ALL}, no buckets.
     *
     * @param groupId the group, or {@link #ALL}
     * @return the message
     */
    public static OfGroupMod delete(final int groupId) {
        return new OfGroupMod(0, OfGroupModCommand.DELETE, OfGroupType.ALL, groupId, List.of());
    }

    /**
     * The same message with another transaction id.
     *
     * @param newXid the transaction id
     * @return the message
     */
    public OfGroupMod withXid(final int newXid) {
        return new OfGroupMod(newXid, command, type, groupId, buckets);
    }

    @Override
    public OfVersion version() {
        return OfVersion.OF13;
    }
}
