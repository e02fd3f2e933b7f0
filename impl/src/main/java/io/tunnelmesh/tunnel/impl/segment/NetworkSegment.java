/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.segment;

import static java.util.Objects.requireNonNull;

import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.tunnelmesh.yang.tunnelmesh.rev261202.Status;

/**
 * The segment a network uses and its status, as published in its operational state.
 *
 * @param network the network's name
 * @param segmentId the segment ID in use (unsigned), or null when the network has none
 * @param status the network's status
 * @param reason why the network is not active, or null when it is
 */
public record NetworkSegment(String network, @Nullable Long segmentId, Status status, @Nullable String reason) {
    public NetworkSegment {
        requireNonNull(network);
        requireNonNull(status);
    }
}
