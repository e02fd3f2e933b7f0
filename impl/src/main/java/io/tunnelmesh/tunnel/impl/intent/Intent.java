/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The whole configuration tree {@code /tunnelmesh:tunnelmesh} as immutable values, defaults applied.
 *
 * @param segmentRanges the segment ranges, in datastore order
 * @param nodes the nodes by name
 * @param networks the networks by name
 */
public record Intent(List<SegmentRange> segmentRanges, Map<String, NodeIntent> nodes,
        Map<String, NetworkIntent> networks) {
    /** The intent of an empty (or absent) tree. */
    public static final Intent EMPTY = new Intent(List.of(), Map.of(), Map.of());

    public Intent {
        segmentRanges = List.copyOf(segmentRanges);
        nodes = Map.copyOf(requireNonNull(nodes));
        networks = Map.copyOf(requireNonNull(networks));
    }
}
