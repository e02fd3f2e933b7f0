/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.action.OfAction;
import java.util.List;

/**
 * A group bucket (OpenFlow 1.3.5 section 7.3.4.2, {@code ofp_bucket}): the actions a group executes, with the weight a
 * select group shares traffic by and the port and group whose liveness a fast-failover group watches.
 * <pre>
 *   +----------+-------------+-----------------+------------------+----------+
 *   | len (16) | weight (16) | watch_port (32) | watch_group (32) | pad (32) |
 *   +----------+-------------+-----------------+------------------+----------+
 *   | actions, each padded to 8 bytes, up to len                             |
 *   +------------------------------------------------------------------------+
 * </pre>
 * {@code len} counts the whole bucket, these 16 bytes included.
 *
 * @param weight the relative share of traffic for select groups, 0 for the other types
 * @param watchPort the port whose liveness a fast-failover bucket depends on, or {@link #WATCH_NONE}
 * @param watchGroup the group whose liveness a fast-failover bucket depends on, or {@link #WATCH_NONE}
 * @param actions the actions, in order
 */
public record OfBucket(int weight, int watchPort, int watchGroup, List<OfAction> actions) {
    /** {@code OFPP_ANY} and {@code OFPG_ANY}: the bucket watches nothing, as Open vSwitch writes it. */
    public static final int WATCH_NONE = 0xffffffff;

    /**
     * Checks the weight and copies the actions.
     *
     * @throws IllegalArgumentException if the weight does not fit in 16 bits
     */
    public OfBucket {
        OfUnsigned.check("weight", weight, 16);
        actions = List.copyOf(actions);
    }

    /**
     * A bucket of an all or indirect group: no weight, watches nothing.
     *
     * @param actions the actions, in order
     * @return the bucket
     */
    public static OfBucket of(final OfAction... actions) {
        return new OfBucket(0, WATCH_NONE, WATCH_NONE, List.of(actions));
    }

    /**
     * A bucket of a select group.
     *
     * @param weight the relative share of traffic
     * @param actions the actions, in order
     * @return the bucket
     */
    public static OfBucket weighted(final int weight, final OfAction... actions) {
        return new OfBucket(weight, WATCH_NONE, WATCH_NONE, List.of(actions));
    }

    /**
     * A bucket of a fast-failover group, live while the port is up.
     *
     * @param port the port to watch
     * @param actions the actions, in order
     * @return the bucket
     */
    public static OfBucket watchingPort(final int port, final OfAction... actions) {
        return new OfBucket(0, port, WATCH_NONE, List.of(actions));
    }

    /**
     * A bucket of a fast-failover group, live while the group is live.
     *
     * @param group the group to watch
     * @param actions the actions, in order
     * @return the bucket
     */
    public static OfBucket watchingGroup(final int group, final OfAction... actions) {
        return new OfBucket(0, WATCH_NONE, group, List.of(actions));
    }
}
