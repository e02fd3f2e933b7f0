/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The {@code OFPMP_PORT_STATS} request (OpenFlow 1.3.5 section 7.3.5.6, {@code ofp_port_stats_request}): asks for
 * the counters of one port or of every port.
 * <pre>
 *   | port_no (32) | pad (32) |
 * </pre>
 *
 * @param portNo the port, or {@value #ANY} ({@code OFPP_ANY}) for every port
 */
public record OfPortStatsRequest(int portNo) implements OfMultipartRequestBody {
    /** {@code OFPP_ANY}: every port. */
    public static final int ANY = 0xffffffff;

    @Override
    public OfMultipartType type() {
        return OfMultipartType.PORT_STATS;
    }
}
