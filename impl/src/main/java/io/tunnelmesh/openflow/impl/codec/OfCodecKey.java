/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.impl.codec;

import io.tunnelmesh.openflow.api.OfVersion;

/**
 * The key a message codec is registered and looked up under: the protocol version and the message type in that
 * version (OpenFlow 1.3.5 section 7.1.1, {@code ofp_header.version} and {@code ofp_header.type}).
 *
 * @param version the protocol version
 * @param type the message type, 0 to 255
 */
public record OfCodecKey(OfVersion version, int type) {
    @Override
    public String toString() {
        return "(" + version + ", type " + type + ")";
    }
}
