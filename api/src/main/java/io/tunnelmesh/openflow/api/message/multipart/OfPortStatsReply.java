/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

import java.util.List;

/**
 * The {@code OFPMP_PORT_STATS} reply (OpenFlow 1.3.5 section 7.3.5.6): an array of {@code ofp_port_stats}, one per port
 * asked for (112 bytes each).
 * <pre>
 *   | ofp_port_stats | ofp_port_stats | ... |
 * </pre>
 *
 * @param ports the entries, in wire order
 */
public record OfPortStatsReply(List<OfPortStats> ports) implements OfMultipartReplyBody {
    /**
     * Copies the entries.
     */
    public OfPortStatsReply {
        ports = List.copyOf(ports);
    }

    /**
     * A reply of the given entries.
     *
     * @param ports the entries
     * @return the reply
     */
    public static OfPortStatsReply of(final OfPortStats... ports) {
        return new OfPortStatsReply(List.of(ports));
    }

    @Override
    public OfMultipartType type() {
        return OfMultipartType.PORT_STATS;
    }
}
