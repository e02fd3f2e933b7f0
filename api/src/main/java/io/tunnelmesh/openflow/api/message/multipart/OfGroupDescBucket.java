/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import io.tunnelmesh.openflow.api.OfUnsigned;
import io.tunnelmesh.openflow.api.action.OfAction;
import java.util.List;

/**
 * One bucket of a group description (OpenFlow 1.3.5 section 7.3.4.2, {@code ofp_bucket}, as carried by
 * {@link OfGroupDesc}): 16 bytes, then the actions; {@code len} counts them all.
 * <pre>
 *   +----------+-------------+-----------------+------------------+----------+
 *   | len (16) | weight (16) | watch_port (32) | watch_group (32) | pad (32) |
 *   +----------+-------------+-----------------+------------------+----------+
 *   | actions, each padded to 8 bytes ...                                    |
 *   +------------------------------------------------------------------------+
 * </pre>
 *
 * @param weight the bucket's share of traffic in a select group, 0 for other group types
 * @param watchPort the port whose liveness a fast-failover group watches, {@code OFPP_ANY} for none
 * @param watchGroup the group whose liveness a fast-failover group watches, {@code OFPG_ANY} for none
 * @param actions the bucket's actions
 */
public record OfGroupDescBucket(int weight, int watchPort, int watchGroup, List<OfAction> actions) {
    /** {@code OFPP_ANY} and {@code OFPG_ANY}: nothing watched. */
    public static final int ANY = 0xffffffff;

    /**
     * Checks the weight and copies the actions.
     *
     * @throws IllegalArgumentException if the weight does not fit 16 bits
     */
    public OfGroupDescBucket {
        OfUnsigned.check("weight", weight, 16);
        actions = List.copyOf(actions);
    }
}
