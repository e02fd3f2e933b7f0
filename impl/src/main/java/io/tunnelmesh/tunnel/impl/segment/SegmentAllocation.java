/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.segment;

import static java.util.Objects.requireNonNull;

import io.tunnelmesh.tunnel.api.Encapsulation;
import io.tunnelmesh.tunnel.impl.intent.IntentValidator.AllocatedSegment;

/**
 * A segment ID allocated to a network.
 *
 * @param network the network's name
 * @param encapsulation the network's encapsulation when the ID was allocated
 * @param segmentId the ID, unsigned
 */
public record SegmentAllocation(String network, Encapsulation encapsulation, long segmentId)
        implements AllocatedSegment {
    public SegmentAllocation {
        requireNonNull(network);
        requireNonNull(encapsulation);
    }
}
