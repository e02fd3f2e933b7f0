/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The {@code OFPMP_TABLE} request (OpenFlow 1.3.5 section 7.3.5.4):
 * asks for the statistics of every flow table. Its body is empty.
 */
public record OfTableStatsRequest() implements OfMultipartRequestBody {
    /** The only value. */
    public static final OfTableStatsRequest INSTANCE = new OfTableStatsRequest();

    @Override
    public OfMultipartType type() {
        return OfMultipartType.TABLE;
    }
}
