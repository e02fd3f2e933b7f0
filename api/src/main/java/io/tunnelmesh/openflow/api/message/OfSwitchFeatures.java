/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message;

import io.tunnelmesh.openflow.api.OfVersion;

/**
 * What a switch says of itself in its FEATURES_REPLY, in any version: {@link OfFeaturesReply} (OpenFlow 1.3) and
 * {@link io.tunnelmesh.openflow.api.message.v10.Of10FeaturesReply} (OpenFlow 1.0, which adds its ports and supported
 * actions). The connection handshake ends with one of them.
 */
public interface OfSwitchFeatures {
    /**
     * The version of the reply, the connection's negotiated version.
     *
     * @return the version
     */
    OfVersion version();

    /**
     * The transaction id of the reply.
     *
     * @return the xid
     */
    int xid();

    /**
     * The switch's datapath id ({@code datapath_id}).
     *
     * @return 64 bits, unsigned
     */
    long datapathId();

    /**
     * Packets the switch can buffer at once ({@code n_buffers}).
     *
     * @return 32 bits, unsigned
     */
    int buffers();

    /**
     * Flow tables the switch has ({@code n_tables}).
     *
     * @return 0 to 255
     */
    int tables();

    /**
     * The {@code OFPC_*} capability bits (their meaning differs slightly between versions).
     *
     * @return the bits
     */
    int capabilities();
}
