/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.segment;

import java.util.Map;

/**
 * What the segment allocator wants the datastore to hold.
 *
 * @param allocations the allocations to keep, by network name
 * @param networks every network's segment and status, by network name
 */
public record SegmentPlan(Map<String, SegmentAllocation> allocations, Map<String, NetworkSegment> networks) {
    public SegmentPlan {
        allocations = Map.copyOf(allocations);
        networks = Map.copyOf(networks);
    }
}
